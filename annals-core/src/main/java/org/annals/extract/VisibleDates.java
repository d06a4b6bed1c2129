package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.Timestamp;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The dates a reader sees around the headline: in the byline and dateline, in {@code <time>}
 * elements and in elements whose class names a date, with the label written before them
 * ("Published", "Veröffentlicht am", "Updated", "Stand:"). One iterative walk over the body in
 * document order; navigation, comments, sidebars, footers and related-story boxes are skipped; the
 * text read is bounded, so a huge page costs no more than a small one.
 */
final class VisibleDates {
  /** What the page says a date is. */
  enum Kind {
    PUBLISHED,
    MODIFIED,
    PLAIN
  }

  /**
   * A date seen on the page.
   *
   * @param offset characters from the end of the headline (negative: before its start)
   * @param marked inside a {@code <time>} or an element whose class or id names a date or byline
   */
  record Hit(Timestamp stamp, Kind kind, int offset, boolean marked) {}

  static final int BEFORE = 1_500;
  static final int AFTER = 12_000;
  private static final int MAX_TEXT = 150_000;
  private static final int MAX_HITS = 60;

  private static final Set<String> SKIPPED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "select",
          "option",
          "nav",
          "footer",
          "figcaption",
          "iframe",
          "form",
          "button",
          "textarea",
          "math",
          "head");
  private static final Set<String> SKIPPED_WORDS =
      Set.of(
          "comment",
          "comments",
          "kommentare",
          "kommentar",
          "related",
          "sidebar",
          "widget",
          "footer",
          "menu",
          "nav",
          "navbar",
          "navigation",
          "archive",
          "archives",
          "calendar",
          "share",
          "sharing",
          "social",
          "newsletter",
          "cookie",
          "cookies",
          "recommended",
          "recommendations",
          "popular",
          "trending",
          "promo",
          "advert",
          "advertisement",
          "outbrain",
          "taboola",
          "respond",
          "reply",
          "replies",
          "disqus",
          "teasers",
          "breaking",
          "sitemap",
          "subnav",
          "submenu",
          "dropdown",
          "megamenu",
          "caption",
          "credit",
          "credits");
  private static final List<String> DATEISH =
      List.of(
          "date",
          "time",
          "datum",
          "zeit",
          "fecha",
          "data",
          "publi",
          "posted",
          "byline",
          "dateline",
          "meta",
          "stamp",
          "author",
          "info",
          "created",
          "updated",
          "modified",
          "erschienen",
          "head");

  /**
   * What may stand between a label and its date: punctuation, "am"/"on"/"le", a weekday and comma.
   */
  private static final String CONNECTOR =
      "[^\\p{L}\\d]{0,4}(?:(?:am|on|le|el|em|il|at|um|den|the|in|op|w|v|в)\\s*[:.]?\\s+)?(?:\\p{L}{2,12}\\.?,\\s*)?[^\\p{L}\\d]{0,3}$";

  private static final Pattern MODIFIED_LABEL =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:updated?|last\\s+(?:modified|edited|changed)|modified|revised|aktualisiert|stand|zuletzt|ge[äa]ndert"
              + "|mis\\s+[àa]\\s+jour|actualizad[oa]|actualización|atualizad[oa]|aggiornat[oa]|обновлено|обновлен"
              + "|bijgewerkt|güncelleme|güncellendi|zaktualizowano|aktualizace|frissítve)"
              + CONNECTOR);
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(?:published|posted|first\\s+published|veröffentlicht|erstellt|erschienen|publiziert|publié|publie"
              + "|publicado|publicada|pubblicato|опубликовано|gepubliceerd|yayınlanma|yayımlanma|opublikowano"
              + "|publikováno|datum|date|fecha|data|released|issued|fecha\\s+de\\s+publicación)"
              + CONNECTOR);

  /** German and Dutch put the participle after the date: "am 3. Dezember 2011 veröffentlicht". */
  private static final Pattern PUBLISHED_AFTER =
      Pattern.compile(
          "(?iu)[^.|]{0,25}?(?<![\\p{L}])(?:veröffentlicht|publiziert|erschienen|gepostet|gepubliceerd)");

  private VisibleDates() {}

  /** The dates around {@code headline} (null: from the start of {@code body}), in page order. */
  static List<Hit> find(Element body, Element headline, DateGrammar.Order order) {
    if (body == null) {
      return List.of();
    }
    Walk w = new Walk(headline);
    NodeTraversor.filter(w, body);
    return w.hits(order);
  }

  /** Reads the text of the body in order, noting where the headline is and what is marked. */
  private static final class Walk implements NodeFilter {
    private final Element headline;
    private final StringBuilder text = new StringBuilder();
    private final List<int[]> marks = new ArrayList<>();
    private final List<Object[]> timeHits = new ArrayList<>();
    private int headStart = -1;
    private int headEnd = -1;
    private Element markRoot;
    private int markStart;
    private int base;

    private final Set<Element> aboveHeadline =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    Walk(Element headline) {
      this.headline = headline;
      for (Element p = headline; p != null; p = p.parent()) {
        if (!aboveHeadline.add(p) || aboveHeadline.size() > 500) {
          break;
        }
      }
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        append(t.getWholeText());
        return limit();
      }
      if (!(node instanceof Element e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e == headline) {
        headStart = pos();
        return FilterResult.CONTINUE;
      }
      if (SKIPPED_TAGS.contains(e.normalName()) || skippedZone(e) && !aboveHeadline.contains(e)) {
        return FilterResult.SKIP_ENTIRELY;
      }
      if (e.isBlock()) {
        text.append('\n');
        trim();
      }
      noteTime(e);
      if (markRoot == null && marked(e)) {
        markRoot = e;
        markStart = pos();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == headline) {
        headEnd = pos();
      } else if (node == markRoot) {
        marks.add(new int[] {markStart, pos()});
        markRoot = null;
      }
      return limit();
    }

    private FilterResult limit() {
      int anchor = headline == null ? 0 : headEnd;
      boolean past = anchor >= 0 && pos() > anchor + AFTER;
      return past || text.length() > MAX_TEXT ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    /** The absolute position of the end of the text read so far. */
    private int pos() {
      return base + text.length();
    }

    /** Appends with runs of whitespace as one space: page markup is full of indentation. */
    private void append(String s) {
      boolean space = text.length() > 0 && text.charAt(text.length() - 1) <= ' ';
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (!space) {
            text.append(' ');
            space = true;
          }
        } else {
          text.append(c);
          space = false;
        }
      }
      if (!space) {
        text.append(' ');
      }
      trim();
    }

    /** Before the headline only the last {@link #BEFORE} characters matter: drops the rest. */
    private void trim() {
      if (headStart < 0 && headline != null && text.length() > 4 * BEFORE) {
        int drop = text.length() - BEFORE;
        text.delete(0, drop);
        base += drop;
      }
    }

    private void noteTime(Element e) {
      String value = null;
      if (e.normalName().equals("time") && e.hasAttr("datetime")) {
        value = e.attr("datetime");
      } else if (e.hasAttr("itemprop")
          && e.attr("itemprop").toLowerCase(Locale.ROOT).startsWith("date")) {
        value = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
      } else if (e.normalName().equals("abbr")
          && e.hasAttr("title")
          && e.className().contains("publish")) {
        value = e.attr("title");
      }
      if (value != null && !value.isBlank() && value.length() < 200 && timeHits.size() < MAX_HITS) {
        timeHits.add(new Object[] {value, kindOf(e), pos()});
      }
    }

    private static Kind kindOf(Element e) {
      String s = (e.className() + " " + e.attr("itemprop") + " " + e.id()).toLowerCase(Locale.ROOT);
      if (s.contains("modif") || s.contains("update") || s.contains("changed")) {
        return Kind.MODIFIED;
      }
      if (s.contains("publish")
          || s.contains("created")
          || e.hasAttr("pubdate")
          || s.contains("posted")) {
        return Kind.PUBLISHED;
      }
      return Kind.PLAIN;
    }

    private static boolean marked(Element e) {
      if (e.normalName().equals("time")) {
        return true;
      }
      String s = names(e);
      if (s.isEmpty()) {
        return false;
      }
      for (String w : DATEISH) {
        if (s.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Class, id and itemprop in lower case, or "" when the element has none (the common case, kept
     * cheap).
     */
    private static String names(Element e) {
      if (e.attributesSize() == 0) {
        return "";
      }
      String s = e.attr("class") + " " + e.attr("id") + " " + e.attr("itemprop");
      return s.length() > 3 && s.length() < 400 ? s.toLowerCase(Locale.ROOT) : "";
    }

    private static boolean skippedZone(Element e) {
      String s = names(e);
      if (s.isEmpty()
          || e.normalName().equals("body")
          || e.normalName().equals("html")
          || marked(e)) {
        return false;
      }
      int start = -1;
      for (int i = 0; i <= s.length(); i++) {
        boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          if (SKIPPED_WORDS.contains(s.substring(start, i))) {
            return true;
          }
          start = -1;
        }
      }
      return e.attr("role").equals("navigation") || e.attr("role").equals("complementary");
    }

    List<Hit> hits(DateGrammar.Order order) {
      int end = headEnd >= 0 ? headEnd : (headStart >= 0 ? headStart : 0);
      int start = headStart >= 0 ? headStart : end;
      List<Hit> out = new ArrayList<>();
      for (Object[] t : timeHits) {
        int at = (Integer) t[2];
        DateGrammar.parse((String) t[0], order)
            .ifPresent(s -> out.add(new Hit(s, (Kind) t[1], relative(at, start, end), true)));
      }
      int from = Math.max(base, start - BEFORE);
      int to = Math.min(pos(), end + AFTER);
      if (from >= to) {
        return out;
      }
      String window = text.substring(from - base, to - base);
      for (DateGrammar.Found f : DateGrammar.findAll(window, order, MAX_HITS)) {
        int at = from + f.start();
        String before = window.substring(Math.max(0, f.start() - 40), f.start());
        String after = window.substring(f.end(), Math.min(window.length(), f.end() + 40));
        Kind kind = label(before);
        if (kind == Kind.PLAIN && PUBLISHED_AFTER.matcher(after).lookingAt()) {
          kind = Kind.PUBLISHED;
        }
        out.add(new Hit(f.stamp(), kind, relative(at, start, end), inMark(at)));
      }
      out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
      return out;
    }

    private static int relative(int at, int start, int end) {
      return at >= end ? at - end : (at >= start ? 0 : at - start);
    }

    private boolean inMark(int at) {
      for (int[] m : marks) {
        if (at >= m[0] && at < m[1]) {
          return true;
        }
      }
      return markRoot != null && at >= markStart;
    }

    private static Kind label(String before) {
      String b = before.replace('\n', ' ');
      int cut = Math.max(b.lastIndexOf('|'), b.lastIndexOf('·'));
      String near = cut >= 0 && cut < b.length() - 2 ? b.substring(cut + 1) : b;
      if (MODIFIED_LABEL.matcher(near).find()) {
        return Kind.MODIFIED;
      }
      if (PUBLISHED_LABEL.matcher(near).find()) {
        return Kind.PUBLISHED;
      }
      return Kind.PLAIN;
    }
  }
}
