package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.annals.internal.Urls;
import org.annals.model.Warning;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's metadata, by precedence: JSON-LD NewsArticle, then OpenGraph / {@code article:*} /
 * Dublin Core / other {@code <meta>}, then {@code <time>} elements, then byline and dateline text,
 * then a date in the URL. The headline is chosen by {@link Headlines}, the dates by {@link
 * PageDates}, the authors by {@link Bylines} and cleaned by {@link Authors}.
 */
final class HtmlMetadata {
  private final Document doc;
  private final Draft d;
  private final MetaTags meta;
  private final JsonLd ld;
  private final SiteNames site;

  private HtmlMetadata(Document doc, String pageUrl, Draft d) {
    this.doc = doc;
    this.d = d;
    this.meta = MetaTags.read(doc);
    this.ld = JsonLd.read(doc);
    this.site = SiteNames.of(meta, ld, pageUrl);
    if (ld.unreadable() > 0) {
      d.warn(
          Warning.of(
              "bad-json-ld",
              ld.unreadable()
                  + " JSON-LD block(s) could not be parsed; only their dates were read, by pattern"));
    }
  }

  /**
   * What the metadata pass found besides the draft's fields.
   *
   * @param statedBody the {@code articleBody} the JSON-LD states, for a page whose markup gives
   *     none
   * @param headline the element showing the chosen headline, or null when none shows it
   * @param summary the page's own summary of the article (its description), the last resort for a
   *     page whose markup and JSON-LD give no body
   */
  record Found(Optional<String> statedBody, Element headline, Optional<String> summary) {
    Found {
      Objects.requireNonNull(statedBody, "statedBody");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * Fills url, publisher, section, language, headline, authors and dates of {@code d}; returns the
   * JSON-LD's {@code articleBody} and the headline's element.
   */
  static Found read(Document doc, String pageUrl, Draft d) {
    HtmlMetadata m = new HtmlMetadata(doc, pageUrl, d);
    m.url(pageUrl);
    d.publisher = m.site.display().orElse(null);
    m.section();
    m.language();
    Headlines.Choice h = Headlines.choose(doc, m.meta, m.ld, m.site);
    d.headline = h.text();
    m.authors(h.element());
    m.dates(h.element());
    return new Found(m.ld.text("articleBody"), h.element(), m.summary());
  }

  /**
   * The longest of the descriptions the page states (JSON-LD, {@code <meta name=description>},
   * OpenGraph, Twitter, Dublin Core), preferring one that is not cut short with an ellipsis; only
   * on a page that says it is an article (a JSON-LD article, {@code og:type=article}), since a home
   * page's or a forum's description is the site's tagline.
   */
  private Optional<String> summary() {
    boolean article =
        ld.hasArticle()
            || meta.first("og:type").filter(t -> t.strip().equalsIgnoreCase("article")).isPresent();
    if (!article) {
      return Optional.empty();
    }
    List<String> all = new ArrayList<>();
    ld.text("description").ifPresent(all::add);
    for (String key :
        List.of("description", "og:description", "twitter:description", "dc.description")) {
      all.addAll(meta.all(key));
    }
    String best = null;
    for (String candidate : all) {
      String t = Text.squash(candidate);
      if (best == null
          || cut(best) && !cut(t)
          || cut(best) == cut(t) && t.length() > best.length()) {
        best = t;
      }
    }
    return Optional.ofNullable(best).filter(t -> !t.isEmpty());
  }

  private static boolean cut(String t) {
    return t.endsWith("…") || t.endsWith("...");
  }

  private void url(String pageUrl) {
    String canonical = doc.select("link[rel~=(?i)^canonical$][href]").attr("abs:href");
    Optional<String> u =
        Optional.of(canonical)
            .filter(s -> s.startsWith("http"))
            .or(
                () ->
                    meta.first("og:url")
                        .flatMap(v -> Urls.resolve(pageUrl, v))
                        .filter(s -> s.startsWith("http")))
            .or(
                () ->
                    ld.text("url")
                        .flatMap(v -> Urls.resolve(pageUrl, v))
                        .filter(s -> s.startsWith("http")));
    d.url = u.orElse(pageUrl);
  }

  private void section() {
    d.section =
        ld.text("articleSection")
            .or(
                () ->
                    meta.first(
                        "article:section",
                        "section",
                        "parsely-section",
                        "article.section",
                        "category",
                        "cxenseparse:recs:articlesection"))
            .map(Text::squash)
            .filter(s -> !s.isEmpty() && s.length() < 100)
            .orElse(null);
  }

  private void language() {
    Element html = doc.selectFirst("html");
    String htmlLang =
        html == null ? "" : html.attr("lang").isBlank() ? html.attr("xml:lang") : html.attr("lang");
    d.language =
        Languages.normalise(htmlLang)
            .or(
                () ->
                    meta.first(
                            "content-language",
                            "dc.language",
                            "dcterms.language",
                            "language",
                            "lang")
                        .flatMap(Languages::normalise))
            .or(() -> meta.first("og:locale").flatMap(Languages::normalise))
            .or(() -> ld.text("inLanguage").flatMap(Languages::normalise))
            .orElse(null);
  }

  private static final List<String> AUTHOR_META =
      List.of(
          "dc.creator",
          "dcterms.creator",
          "author",
          "article:author",
          "sailthru.author",
          "parsely-author",
          "byl",
          "citation_author",
          "twitter:data1",
          "cxenseparse:author",
          "article.author");

  /**
   * The first source whose cleaned names are not empty: JSON-LD, then meta, then the visible
   * byline.
   */
  private void authors(Element headline) {
    String siteName = site.display().orElse(null);
    List<java.util.function.Supplier<List<String>>> sources = new ArrayList<>();
    sources.add(() -> ld.people("author"));
    sources.add(() -> ld.people("creator"));
    for (String k : AUTHOR_META) {
      sources.add(
          () ->
              meta.all(k).stream()
                  .filter(v -> !v.startsWith("http") && !v.startsWith("@"))
                  .limit(10)
                  .toList());
    }
    List<String> bylines = new ArrayList<>();
    sources.add(
        () -> {
          bylines.addAll(Bylines.candidates(doc, headline));
          return bylines.isEmpty() ? List.of() : List.of(bylines.get(0));
        });
    for (int i = 1; i < 8; i++) {
      int k = i;
      sources.add(() -> bylines.size() > k ? List.of(bylines.get(k)) : List.of());
    }
    List<String> agencies = List.of();
    for (java.util.function.Supplier<List<String>> source : sources) {
      List<String> names = new ArrayList<>();
      for (String r : source.get()) {
        for (String name : Authors.clean(r, siteName)) {
          if (Authors.organisation(name) ? !site.isSite(name) : !site.isExactly(name)) {
            names.add(name);
          }
        }
      }
      if (!names.isEmpty() && names.stream().anyMatch(n -> !Authors.organisation(n))) {
        d.authors.addAll(names);
        return;
      }
      if (agencies.isEmpty()) {
        agencies = names;
      }
    }
    d.authors.addAll(agencies);
  }

  private void dates(Element headline) {
    DateGrammar.Order order = order(d.language);
    Element body = doc.body();
    List<VisibleDates.Hit> seen = VisibleDates.find(body, headline, order);
    PageDates.Stamps s = new PageDates(meta, ld, d.url, seen, order).stamps();
    d.published = s.published();
    d.modified = s.modified();
  }

  /**
   * Slashed dates month first in US English (and when the language is unknown), day first
   * elsewhere.
   */
  static DateGrammar.Order order(String language) {
    if (language == null) {
      return DateGrammar.Order.MONTH_FIRST;
    }
    String l = language.toLowerCase(Locale.ROOT);
    if (l.equals("en") || l.equals("en-us") || l.startsWith("en-us-")) {
      return DateGrammar.Order.MONTH_FIRST;
    }
    return DateGrammar.Order.DAY_FIRST;
  }
}
