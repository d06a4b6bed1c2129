package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The headline a reader sees: the {@code <h1>} that agrees with the declared titles (JSON-LD {@code
 * headline}, {@code og:title}, {@code twitter:title}, {@code <title>}), without a kicker the page
 * puts before it ("Opinion", "Politics |") when a declared title lacks it, and without a format
 * marker after it ("(video)", "[Watch]"). A page whose single headline-like {@code <h1>} agrees
 * with nothing still shows that {@code <h1>}; a page without one gets the first declared title
 * without the site name that {@code <title>} appends or prepends.
 */
final class Headlines {
  private static final Pattern MARKER =
      Pattern.compile(
          "(?iu)\\s*[\\[(](?:\\+?video|videos|watch|photos?|gallery|pics|audio|podcast|listen|live|updated?|map|poll)"
              + "[\\])]\\s*$");
  private static final Pattern BRANDING =
      Pattern.compile(
          "logo|brand|site-?title|site-?name|sitename|masthead|blog-?title|blogname|site-header");

  /** A section label some pages append to the headline ("… | Editorial"). */
  private static final Pattern SECTION_SUFFIX =
      Pattern.compile(
          "(?iu)\\s+[|–—]\\s+(?:editorial|opinion|column|commentary|analysis|review|video|podcast|photos|live|exclusive"
              + "|kommentar|meinung|leitartikel|éditorial|tribune|opinión|editoriale)$");

  private static final Pattern LEADING_JUNK = Pattern.compile("^[\\s|:–—·•»-]+");
  private static final int MAX_HEADINGS = 20;

  /** The chosen headline and the element showing it (null when no element shows it). */
  record Choice(String text, Element element) {}

  private Headlines() {}

  static Choice choose(Document doc, MetaTags meta, JsonLd ld, SiteNames site) {
    List<String> declared = declared(doc, meta, ld, site);
    List<Element> headings = headings(doc);
    Element matched = null;
    double best = 0;
    for (Element h : headings) {
      if (sitesOwn(h)) {
        continue;
      }
      String t = plain(h.text());
      double bonus = h.normalName().equals("h1") ? 0.1 : 0;
      for (String d : declared) {
        double s = Math.max(similarity(t, d), similarity(t, site.firstSegment(d))) + bonus;
        if (s > best + 1e-9) {
          best = s;
          matched = h;
        }
      }
    }
    if (matched != null && best >= 0.8) {
      return new Choice(refine(matched, plain(matched.text()), declared), matched);
    }
    for (Element h : headings) {
      String t = plain(h.text());
      if (h.normalName().equals("h1")
          && headlineLike(t, site)
          && !branding(h)
          && !namesTheSite(t, doc.title())) {
        return new Choice(unmarked(t), h);
      }
    }
    if (declared.isEmpty()) {
      return new Choice(null, null);
    }
    for (String d : declared) {
      String first = site.firstSegment(d);
      Element shown = showing(doc, first);
      if (shown != null && !first.equals(d) && norm(first).split(" ").length >= 3) {
        return new Choice(plain(shown.text()), shown);
      }
    }
    String d = unmarked(declared.get(0));
    return new Choice(d, showing(doc, d));
  }

  private static List<String> declared(Document doc, MetaTags meta, JsonLd ld, SiteNames site) {
    List<String> out = new ArrayList<>();
    List<Optional<String>> raw =
        List.of(
            ld.hasArticle() ? ld.text("headline") : Optional.empty(),
            meta.first("og:title"),
            meta.first("twitter:title"),
            meta.first("dc.title", "dcterms.title"),
            meta.first("parsely-title", "sailthru.title"),
            ld.hasArticle() ? ld.text("name") : Optional.empty(),
            Optional.of(doc.title()));
    for (Optional<String> r : raw) {
      r.map(Headlines::clean)
          .map(site::strip)
          .map(Headlines::shortened)
          .filter(s -> !s.isEmpty())
          .filter(s -> !site.isSite(s))
          .ifPresent(out::add);
    }
    return out;
  }

  private static String clean(String s) {
    String t = s.indexOf('&') >= 0 && s.indexOf(';') > 0 ? Parser.unescapeEntities(s, false) : s;
    return plain(t);
  }

  /**
   * A runaway title (an unclosed {@code <title>} swallows the page) cut to its first 300 characters
   * at a word.
   */
  private static String shortened(String s) {
    if (s.length() <= 400) {
      return s;
    }
    int cut = s.lastIndexOf(' ', 300);
    return s.substring(0, cut > 0 ? cut : 300).strip();
  }

  /** Whitespace squashed, soft hyphens dropped. */
  private static String plain(String s) {
    return Text.squash(s.indexOf('\u00ad') >= 0 ? s.replace("\u00ad", "") : s);
  }

  /**
   * Class and id names of a site's own title: a theme that sets the blog's name in an {@code <h1>}
   * on every page ({@code class="site-title"}), whose words the page's {@code <title>} also holds.
   * Narrower than {@link #BRANDING}: an article's header is often called its masthead.
   */
  private static final Pattern SITE_OWN =
      Pattern.compile("site-?title|site-?name|sitename|logo|site-?branding|blog-?title|blogname");

  /** True for a heading that names the site, by its class or id or those of two wrappers. */
  private static boolean sitesOwn(Element h) {
    return namedWithin(h, SITE_OWN);
  }

  /** A heading that shows the site's name or logo rather than the article's headline. */
  private static boolean branding(Element h) {
    return namedWithin(h, BRANDING);
  }

  /**
   * True when the class or id of {@code h} or of its two nearest wrappers matches {@code names}.
   */
  private static boolean namedWithin(Element h, Pattern names) {
    Element x = h;
    for (int i = 0; i < 3 && x != null; i++, x = x.parent()) {
      if (names.matcher((x.className() + " " + x.id()).toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return false;
  }

  private static List<Element> headings(Document doc) {
    List<Element> out = select(doc, "h1, [itemprop=headline]:not(meta)");
    if (out.isEmpty()) {
      out = select(doc, "h2[class*=title]:not([class*=subtitle]), h2[class*=headline]");
    }
    return out;
  }

  private static List<Element> select(Document doc, String query) {
    List<Element> out = new ArrayList<>();
    for (Element h : doc.select(query)) {
      String t = h.text();
      if (!t.isBlank() && t.length() < 400) {
        out.add(h);
      }
      if (out.size() >= MAX_HEADINGS) {
        break;
      }
    }
    return out;
  }

  /**
   * The matched heading without a kicker that a declared title does not have, when the page sets
   * the kicker apart (its own element at the start of the heading, or a "|" after it).
   */
  private static String refine(Element el, String heading, List<String> declared) {
    String h = unmarked(heading);
    String nh = norm(h);
    for (String d : declared) {
      String nd = norm(unmarked(d));
      if (nd.isEmpty() || nh.equals(nd) || !nh.endsWith(nd)) {
        continue;
      }
      String kicker = nh.substring(0, nh.length() - nd.length()).strip();
      int words = kicker.split(" ").length;
      if (!kicker.isEmpty() && words <= 4 && setApart(el, h, kicker, words)) {
        return dropWords(h, words);
      }
    }
    return h;
  }

  private static boolean setApart(Element heading0, String heading, String kicker, int words) {
    Element el = heading0;
    while (el.childrenSize() == 1 && el.child(0).text().length() == el.text().length()) {
      el = el.child(0);
    }
    Element first = el.childrenSize() > 0 ? el.child(0) : null;
    if (first != null && norm(first.text()).equals(kicker) && el.childNode(0) == first
        || first != null
            && el.childNodeSize() > 0
            && el.childNode(0).outerHtml().isBlank()
            && norm(first.text()).equals(kicker)) {
      return true;
    }
    String[] parts = heading.split(" ");
    int seen = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (!norm(parts[i]).isEmpty()) {
        seen++;
      }
      if (seen == words) {
        return parts[i].endsWith("|") || parts[i + 1].equals("|");
      }
    }
    return false;
  }

  private static String dropWords(String h, int words) {
    String[] parts = h.split(" ");
    int dropped = 0;
    int i = 0;
    while (i < parts.length && dropped < words) {
      if (!norm(parts[i]).isEmpty()) {
        dropped++;
      }
      i++;
    }
    String rest = String.join(" ", java.util.Arrays.asList(parts).subList(i, parts.length));
    rest = LEADING_JUNK.matcher(rest).replaceFirst("");
    return rest.isEmpty() ? h : rest;
  }

  private static String unmarked(String t) {
    String u = SECTION_SUFFIX.matcher(MARKER.matcher(t).replaceFirst("")).replaceFirst("");
    return u.isEmpty() ? t : u;
  }

  /**
   * A heading that {@code <title>} puts before or after the real headline ("Blog Name: Post
   * title").
   */
  private static boolean namesTheSite(String heading, String title) {
    String h = norm(heading);
    String t = norm(title);
    return !h.isEmpty()
        && 2 * h.length() < t.length()
        && (t.startsWith(h + " ") || t.endsWith(" " + h));
  }

  private static boolean headlineLike(String t, SiteNames site) {
    if (t.length() > 200
        || t.length() < 4
        || site.isSite(t)
        || t.toLowerCase(Locale.ROOT).contains("logo")) {
      return false;
    }
    boolean cjk = t.codePoints().anyMatch(c -> Character.isIdeographic(c));
    return cjk || t.split(" ").length >= 2;
  }

  private static Element showing(Document doc, String headline) {
    String n = norm(headline);
    for (Element h : doc.select("h1, h2, h3, [itemprop=headline]:not(meta)")) {
      if (norm(h.text()).equals(n)) {
        return h;
      }
    }
    Element body = doc.body();
    if (body == null || n.isEmpty()) {
      return null;
    }
    Element[] found = new Element[1];
    int[] seen = new int[1];
    NodeTraversor.filter(
        (node, depth) -> {
          if (node instanceof Element e && e.childNodeSize() > 0 && e.childNodeSize() < 6) {
            String own = e.ownText();
            if (own.length() >= headline.length() * 0.8
                && own.length() <= headline.length() * 1.3 + 10
                && norm(own).equals(n)) {
              found[0] = e;
            }
          }
          return found[0] != null || seen[0]++ > 20_000
              ? NodeFilter.FilterResult.STOP
              : NodeFilter.FilterResult.CONTINUE;
        },
        body);
    return found[0];
  }

  /** How far two titles agree: 1 when equal after normalising, else word overlap of the shorter. */
  static double similarity(String a, String b) {
    String x = norm(a);
    String y = norm(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    if (x.equals(y)) {
      return 1.0;
    }
    double r = (double) Math.min(x.length(), y.length()) / Math.max(x.length(), y.length());
    if (r >= 0.4 && (x.contains(y) || y.contains(x))) {
      return 0.8 + 0.19 * r;
    }
    List<String> wa = List.of(x.split(" "));
    List<String> wb = List.of(y.split(" "));
    long common = wa.stream().filter(wb::contains).count();
    return 0.9 * common / Math.max(wa.size(), wb.size());
  }

  /**
   * Lower case, letters and digits only, one space between words; quotes and dashes unified away.
   */
  static String norm(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
        space = false;
      } else if (c != '\'' && c != '’' && c != '‘' && c != '\u00ad') {
        space = true;
      }
    }
    return b.toString();
  }
}
