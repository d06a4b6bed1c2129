package org.annals.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.internal.Urls;
import org.annals.model.Timestamp;
import org.annals.model.Warning;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An HTML page's metadata, by precedence: JSON-LD NewsArticle, then OpenGraph / {@code article:*}
 * / Dublin Core / other {@code <meta>}, then {@code <time>} elements, then byline and dateline
 * text, then a date in the URL.
 */
final class HtmlMetadata {
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d\\d)[/-]?([01]\\d)[/-]?([0-3]\\d)(?:/|[-_]|\\.html?|$)");
  private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+(?:[|–—·•:»]|-{1,2}|::)\\s+");

  private final Document doc;
  private final Map<String, String> meta = new HashMap<>();
  private final JsonNode ld;
  private final Draft d;

  private HtmlMetadata(Document doc, Draft d) {
    this.doc = doc;
    this.d = d;
    for (Element m : doc.select("meta[content]")) {
      for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
        String k = m.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!k.isEmpty() && !m.attr("content").isBlank()) {
          meta.putIfAbsent(k, m.attr("content").strip());
        }
      }
    }
    int[] bad = {0};
    this.ld = JsonLd.article(doc, bad).orElse(null);
    if (bad[0] > 0) {
      d.warn(Warning.of("bad-json-ld", bad[0] + " JSON-LD block(s) could not be read; their metadata was ignored"));
    }
  }

  /** Fills url, publisher, section, language, headline, authors and dates of {@code d}. */
  static void read(Document doc, String pageUrl, Draft d) {
    HtmlMetadata m = new HtmlMetadata(doc, d);
    m.url(pageUrl);
    m.publisher();
    m.section();
    m.language();
    m.headline();
    m.authors();
    m.dates();
  }

  /** The articleBody of the page's JSON-LD, when given. */
  static Optional<String> ldBody(Document doc) {
    return JsonLd.article(doc, new int[1]).flatMap(n -> JsonLd.text(n, "articleBody"));
  }

  private Optional<String> meta(String... keys) {
    for (String k : keys) {
      String v = meta.get(k);
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }

  private Optional<String> ld(String field) {
    return ld == null ? Optional.empty() : JsonLd.text(ld, field);
  }

  private void url(String pageUrl) {
    String canonical = doc.select("link[rel~=(?i)^canonical$][href]").attr("abs:href");
    Optional<String> u =
        Optional.of(canonical).filter(s -> s.startsWith("http"))
            .or(() -> meta("og:url").flatMap(v -> Urls.resolve(pageUrl, v)))
            .or(() -> ld("url").flatMap(v -> Urls.resolve(pageUrl, v)));
    d.url = u.orElse(pageUrl);
  }

  private void publisher() {
    Optional<String> p = Optional.empty();
    if (ld != null && ld.has("publisher")) {
      List<String> names = JsonLd.names(ld, "publisher");
      p = names.isEmpty() ? Optional.empty() : Optional.of(names.get(0));
    }
    d.publisher =
        p.or(() -> meta("og:site_name", "application-name", "dc.publisher", "publisher", "cxenseparse:site"))
            .map(Text::squash)
            .orElse(null);
  }

  private void section() {
    d.section =
        ld("articleSection")
            .or(() -> meta("article:section", "section", "parsely-section", "article.section", "dc.subject", "category"))
            .map(Text::squash)
            .orElse(null);
  }

  private void language() {
    String htmlLang = doc.select("html[lang]").attr("lang");
    d.language =
        Languages.normalise(htmlLang)
            .or(() -> meta("content-language", "dc.language", "language").flatMap(Languages::normalise))
            .or(() -> meta("og:locale").flatMap(Languages::normalise))
            .or(() -> ld("inLanguage").flatMap(Languages::normalise))
            .orElse(null);
  }

  private void headline() {
    List<String> declared = new ArrayList<>();
    ld("headline").ifPresent(declared::add);
    meta("og:title", "twitter:title", "headline", "dc.title", "sailthru.title", "parsely-title").ifPresent(declared::add);
    String title = Text.squash(doc.title());
    if (!title.isEmpty()) {
      declared.add(title);
    }
    for (Element h1 : doc.select("h1")) {
      String h = Text.squash(h1.text());
      if (h.length() >= 10 && declared.stream().anyMatch(t -> similar(h, t))) {
        d.headline = h;
        return;
      }
    }
    d.headline = declared.isEmpty() ? firstH1() : stripSiteName(Text.squash(declared.get(0)));
  }

  private String firstH1() {
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : Text.squash(h1.text());
  }

  /** A title without the site name its page appends or prepends ("Headline | Site"). */
  private String stripSiteName(String t) {
    String[] parts = TITLE_SEPARATORS.split(t);
    if (parts.length < 2) {
      return t;
    }
    String best = parts[0];
    for (String p : parts) {
      if (p.length() > best.length()) {
        best = p;
      }
    }
    return best.length() >= 0.4 * t.length() ? best : t;
  }

  private static boolean similar(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return y.contains(x) || x.contains(y) || overlap(x, y) >= 0.7;
  }

  private static double overlap(String a, String b) {
    List<String> wa = List.of(a.split("\\W+"));
    List<String> wb = List.of(b.split("\\W+"));
    long common = wa.stream().filter(wb::contains).count();
    return (double) common / Math.max(1, Math.min(wa.size(), wb.size()));
  }

  private void authors() {
    List<String> raw = new ArrayList<>();
    if (ld != null) {
      raw.addAll(JsonLd.names(ld, "author"));
      raw.addAll(JsonLd.names(ld, "creator"));
    }
    if (raw.isEmpty()) {
      meta("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl", "citation_author", "dcterms.creator")
          .filter(v -> !v.startsWith("http"))
          .ifPresent(raw::add);
    }
    if (raw.isEmpty()) {
      for (Element e : doc.select("[rel=author], [itemprop=author], .byline, .author, .author-name, .article-author, .byline__name")) {
        String t = Text.squash(e.text());
        if (!t.isEmpty() && t.length() < 120) {
          raw.add(t);
          break;
        }
      }
    }
    for (String r : raw) {
      d.authors.addAll(Authors.clean(r, d.publisher));
    }
  }

  private void dates() {
    d.published =
        stamp(ld("datePublished"))
            .or(() -> stamp(meta("article:published_time", "og:article:published_time", "datepublished",
                "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "dc.date.issued",
                "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "sailthru.date",
                "parsely-pub-date", "article.published", "og:published_time", "datecreated",
                "originalpublicationdate", "citation_publication_date", "prism.publicationdate",
                "cxenseparse:recs:publishtime")))
            .or(this::timeElement)
            .or(this::urlDate)
            .orElse(null);
    d.modified =
        stamp(ld("dateModified"))
            .or(() -> stamp(meta("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                "last-modified", "lastmod", "article.updated")))
            .orElse(null);
  }

  private Optional<Timestamp> stamp(Optional<String> value) {
    return value.flatMap(DateGrammar::parse);
  }

  private Optional<Timestamp> timeElement() {
    for (Element t : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
      Optional<Timestamp> s = DateGrammar.parse(t.attr("datetime"));
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }

  private Optional<Timestamp> urlDate() {
    if (d.url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(d.url);
    if (m.find()) {
      return DateGrammar.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
    return Optional.empty();
  }
}
