package org.annals.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The bylines a page shows, for when its metadata names no author. In one walk over the body, the
 * first element of each kind of marking, likeliest first: a name inside microdata {@code
 * itemprop=author}; the {@code itemprop=author} element; a {@code rel=author} link; an element
 * whose class is exactly a byline class; a link to an author page; an element whose class or id
 * contains "byline" or an author-name class; any other "author" class that is not a bio, box or
 * picture; then a short line that starts with "By", "Von", "Por"… Bylines in comments, related
 * stories, sidebars, page footers and author boxes are skipped.
 */
final class Bylines {
  private static final int TIERS = 8;
  private static final int BY_LINE_TIER = 7;
  private static final int MAX_LENGTH = 200;
  private static final int MAX_TRIES = 30;
  private static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "head", "select");
  private static final Set<String> EXACT_CLASSES =
      Set.of(
          "byline",
          "by-line",
          "byline__name",
          "byline-name",
          "author-name",
          "authorname",
          "article-author",
          "post-author",
          "entry-author",
          "author",
          "autor",
          "autorin",
          "writer",
          "posted-by",
          "meta-author",
          "story-byline",
          "c-byline",
          "td-post-author-name");
  private static final List<String> AUTHOR_PAGES =
      List.of("/author/", "/authors/", "/autor/", "/autoren/", "/auteur/");
  private static final Pattern NAMED_CLASS =
      Pattern.compile(
          "byline|author-name|author_name|authorname|author__name|author-info-name|post-author|"
              + "article-author|authname|__authors|-authors");
  private static final Pattern NOT_A_BYLINE =
      Pattern.compile("bio|box|avatar|img|image|photo|desc|about");
  private static final Set<String> BY_LINE_TAGS =
      Set.of("p", "span", "div", "li", "address", "strong", "em");

  /**
   * The word "by" in the languages of the test sets, an alternation to put in a group whose flags
   * make it case-insensitive. Only the group: a {@code (?i)} over a whole pattern would make a
   * following {@code \p{Lu}} match lower case too.
   */
  static final String BY = "by|von|por|par|di|door|av";

  private static final String BY_OR_LABEL =
      BY + "|от|autor(?:in)?:|text:|(?:ein\\s+|blog\\s+)?(?:artikel|beitrag)\\s+von";
  private static final Pattern BY_WORD = Pattern.compile("(?iu:" + BY_OR_LABEL + ")(?![\\p{L}])");
  private static final Pattern BY_LINE = Pattern.compile("^(?iu:" + BY_OR_LABEL + ")\\s+\\p{Lu}");
  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "(?i)^(?:comment|comments|commentlist|related|recommend|sidebar|footer|teaser|more|popular|trending|widget"
              + "|newsletter|author-box|author-bio|about-author)(?:[-_].*)?$");
  private static final Pattern STATE =
      Pattern.compile("(?i)^(?:comments?-(?:open|closed|count)|has-comments?|no-comments?)$");

  private Bylines() {}

  /** The first byline text found, or empty. */
  static Optional<String> find(Document doc, Element headline) {
    List<String> all = candidates(doc, headline);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The byline texts found, the likeliest first (at most one per kind of marking). */
  static List<String> candidates(Document doc, Element headline) {
    Element root = doc.body();
    if (root == null) {
      return List.of();
    }
    Element h = headline != null ? headline : root.selectFirst("h1");
    Set<Element> aroundHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element x = h; x != null; x = x.parent()) {
      aroundHeadline.add(x);
    }
    Walk w = new Walk(aroundHeadline);
    NodeTraversor.filter(w, root);
    List<String> out = new ArrayList<>();
    for (String t : w.found) {
      if (t != null && !out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** One pass over the body, keeping the first good element of each tier. */
  private static final class Walk implements NodeFilter {
    final String[] found = new String[TIERS];
    final int[] tries = new int[TIERS];
    Element authorScope;
    final Set<Element> aroundHeadline;

    Walk(Set<Element> aroundHeadline) {
      this.aroundHeadline = aroundHeadline;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (SKIPPED.contains(e.normalName())) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.attributesSize() > 0) {
        markings(e);
      }
      if (found[BY_LINE_TIER] == null
          && tries[BY_LINE_TIER] < MAX_TRIES
          && BY_LINE_TAGS.contains(e.normalName())
          && startsWithBy(e)) {
        String t = Text.squash(e.text());
        if (t.length() <= 150 && BY_LINE.matcher(t).lookingAt()) {
          offer(BY_LINE_TIER, e, t);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == authorScope) {
        authorScope = null;
      }
      return FilterResult.CONTINUE;
    }

    private void markings(Element e) {
      String itemprop = e.hasAttr("itemprop") ? e.attr("itemprop").toLowerCase(Locale.ROOT) : "";
      boolean authorProp = !itemprop.isEmpty() && (" " + itemprop + " ").contains(" author ");
      if (authorScope != null && itemprop.equals("name")) {
        offer(0, e, null);
      }
      if (authorProp) {
        if (authorScope == null) {
          authorScope = e;
        }
        offer(1, e, null);
      }
      if (e.attr("rel").equalsIgnoreCase("author")) {
        offer(2, e, null);
      }
      if (e.normalName().equals("a")) {
        String href = e.attr("href");
        if (href.contains("/aut") && AUTHOR_PAGES.stream().anyMatch(href::contains)) {
          offer(4, e, null);
        }
      }
      String named =
          (e.attr("class") + " " + e.id() + " " + e.attr("data-testid")).toLowerCase(Locale.ROOT);
      if (!named.contains("auth")
          && !named.contains("byline")
          && !named.contains("writer")
          && !named.contains("autor")
          && !named.contains("by-line")
          && !named.contains("posted-by")) {
        return;
      }
      String cls = e.attr("class").strip().toLowerCase(Locale.ROOT);
      if (EXACT_CLASSES.contains(cls)) {
        offer(3, e, null);
      }
      if (NAMED_CLASS.matcher(named).find()
          || named.contains("author") && !cls.contains("author")) {
        offer(5, e, null);
      } else if (cls.contains("author") && !NOT_A_BYLINE.matcher(cls).find()) {
        offer(6, e, null);
      }
    }

    private void offer(int tier, Element e, String text) {
      if (found[tier] != null || tries[tier]++ >= MAX_TRIES) {
        return;
      }
      String t = text != null ? text : spaced(e);
      if (t.length() >= 3
          && t.length() <= MAX_LENGTH
          && !BodyExtractor.isHidden(e)
          && !elsewhere(e, aroundHeadline)
          && (tier != BY_LINE_TIER || !credit(e))) {
        found[tier] = t;
      }
    }
  }

  /** True when the element's own text begins with "By", "Von"… (its first non-blank text child). */
  private static boolean startsWithBy(Element e) {
    for (int i = 0; i < e.childNodeSize() && i < 4; i++) {
      Node c = e.childNode(i);
      if (c instanceof TextNode t) {
        String s = t.text().strip();
        if (!s.isEmpty()) {
          return s.length() <= 100 && BY_WORD.matcher(s).lookingAt();
        }
      } else if (c instanceof Element) {
        return false;
      }
    }
    return false;
  }

  /**
   * The text of {@code e} with a space between its text nodes ("Lucas Nolan" and "22 Dec 2016" stay
   * apart).
   */
  private static String spaced(Element e) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              b.append(t.getWholeText()).append(' ');
            }
            return b.length() > MAX_LENGTH * 2 ? FilterResult.STOP : FilterResult.CONTINUE;
          }
        },
        e);
    return Text.squash(b.toString());
  }

  private static final Set<String> PICTURES =
      Set.of("img", "picture", "figure", "video", "figcaption");

  /**
   * True for a photo credit: in a figure, or in the block right after a picture (looks 3 levels
   * up).
   */
  private static boolean credit(Element e) {
    Element x = e;
    for (int i = 0; i < 3 && x != null; i++) {
      Element before = x.previousElementSibling();
      while (before != null && SKIPPED.contains(before.normalName())) {
        before = before.previousElementSibling();
      }
      if (PICTURES.contains(x.normalName())
          || before != null && PICTURES.contains(before.normalName())) {
        return true;
      }
      x = x.parent();
    }
    return false;
  }

  /**
   * True when {@code e} sits in a comment, related-story or sidebar block (looks 8 levels up); a
   * block that holds the headline is the article's, whatever its name ({@code <div id="sidebar"
   * class="site-content">} in a theme that calls its main column so).
   */
  private static boolean elsewhere(Element e, Set<Element> aroundHeadline) {
    Element x = e;
    for (int i = 0; i < 8 && x != null; i++) {
      String tag = x.normalName();
      if (tag.equals("body")) {
        return false;
      }
      if (tag.equals("footer") && x.closest("article") == null
          || tag.equals("aside")
          || tag.equals("nav")) {
        return true;
      }
      if (aroundHeadline.contains(x)) {
        x = x.parent();
        continue;
      }
      for (String token : (x.className() + " " + x.id()).split("\\s+")) {
        if (!token.isEmpty()
            && ELSEWHERE.matcher(token).matches()
            && !STATE.matcher(token).matches()) {
          return true;
        }
      }
      x = x.parent();
    }
    return false;
  }
}
