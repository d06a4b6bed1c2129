package org.annals.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

/**
 * Boilerplate removal of our own design, in three passes over the jsoup tree (all iterative, so a
 * page nested 100,000 deep cannot overflow the stack):
 *
 * <ol>
 *   <li><b>Units.</b> The text of every block element (its own text and inline children) is a unit.
 *       A unit is <i>prose</i> when it is long enough, mostly not link text, reads like sentences,
 *       and sits outside navigation, asides, footers and elements whose class or id names
 *       boilerplate (share, related, comments, newsletter…).
 *   <li><b>Container.</b> Every element is scored {@code prose − λ·(other text)} over its
 *       subtree; the best-scoring element is the article's container. Moving up to a parent pays
 *       only when the parent adds more prose than it adds clutter.
 *   <li><b>Emission.</b> The container is walked in order; boilerplate subtrees (captions,
 *       share bars, link lists, bylines, the headline) are skipped unless they hold much of the
 *       prose; each remaining block becomes one paragraph.
 * </ol>
 */
final class BodyExtractor {
  private static final double CLUTTER_WEIGHT = 0.45;
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2",
          "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
          "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "form", "fieldset", "address",
          "center", "details", "summary", "body", "hr", "caption", "menu", "dialog");
  private static final Set<String> DROP =
      Set.of(
          "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed",
          "button", "input", "select", "textarea", "option", "label", "video", "audio", "picture",
          "img", "source", "map", "head", "title", "meta", "link");
  private static final Set<String> NEVER_PROSE_TAGS =
      Set.of("nav", "aside", "footer", "figcaption", "menu", "form", "address", "caption", "dialog");
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:comments?|disqus|share|sharing|shares|social|sociable|related|recommended"
              + "|recommendations?|recirc|more-?stories|outbrain|taboola|newsletter|subscribe|subscription"
              + "|signup|sign-up|promo|promotion|promoted|advert|advertisement|ads?|adslot|adunit|ad-slot"
              + "|sponsor(?:ed)?|cookie|cookies|consent|gdpr|banner|breadcrumbs?|footer|masthead|menu"
              + "|nav|navbar|navigation|sidebar|widget|popup|modal|overlay|paywall|tags?|tag-list|byline"
              + "|author|authors|dateline|timestamp|caption|credit|credits|toolbar|pagination|pager"
              + "|visually-hidden|sr-only|screen-reader-text|meta|most-popular|popular|trending"
              + "|read-more|readmore|also-read|see-also|print|email|jump|skip-link|rail|teaser)(?:$|[-_\\s])");
  private static final Pattern SENTENCE = Pattern.compile("[.!?…。！？»\"”’)]\\s*$|[.!?。]\\s");

  /** Text counts of one element's subtree. */
  private static final class Stats {
    int text;
    int prose;
  }

  private BodyExtractor() {}

  /** The article's paragraphs in {@code root} (usually the body), without boilerplate. */
  static List<String> paragraphs(Element root, String headline) {
    Map<Element, Stats> stats = measure(root);
    exclude(root, stats);
    Element container = container(root, stats);
    if (container == null) {
      return List.of();
    }
    return Blocks.keep(new Emitter(stats, stats.get(container).prose, headline).emit(container));
  }

  /** Pass 1: every element's total text and prose text, summed up the tree. */
  private static Map<Element, Stats> measure(Element root) {
    Map<Element, Stats> stats = new IdentityHashMap<>();
    Deque<Unit> open = new ArrayDeque<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              if (isDropped(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              stats.put(e, new Stats());
              if (isBlock(e) || open.isEmpty()) {
                open.push(new Unit(e));
              } else if (e.nameIs("a")) {
                open.peek().linkDepth++;
              }
            } else if (node instanceof TextNode t && !open.isEmpty()) {
              open.peek().add(t.text());
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              close(e, open, stats);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return stats;
  }

  private static void close(Element e, Deque<Unit> open, Map<Element, Stats> stats) {
    Stats s = stats.get(e);
    if (!open.isEmpty() && open.peek().owner == e) {
      Unit u = open.pop();
      s.text += u.length();
      s.prose += u.isProse() ? u.length() : 0;
    } else if (e.nameIs("a") && !open.isEmpty()) {
      open.peek().linkDepth--;
    }
    Element parent = e.parent();
    Stats p = parent == null ? null : stats.get(parent);
    if (p != null) {
      p.text += s.text;
      p.prose += s.prose;
    }
  }

  /**
   * Pass 1b: navigation, asides, footers and elements whose class or id names boilerplate hold no
   * prose, unless they hold half the page's prose (a layout wrapper such as {@code
   * class="layout-with-sidebar"} around the whole article): their prose is taken off their
   * ancestors and counted as clutter.
   */
  private static void exclude(Element root, Map<Element, Stats> stats) {
    Stats all = stats.get(root);
    if (all == null || all.prose == 0) {
      return;
    }
    int limit = all.prose / 2;
    int[] inside = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || !stats.containsKey(e)) {
              return FilterResult.CONTINUE;
            }
            Stats s = stats.get(e);
            if (inside[0] > 0) {
              s.prose = 0;
            } else if (neverProse(e) && s.prose < limit) {
              for (Element p = e.parent(); p != null && stats.containsKey(p); p = p.parent()) {
                stats.get(p).prose -= s.prose;
              }
              s.prose = 0;
              inside[0] = depth + 1;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (inside[0] == depth + 1 && node instanceof Element) {
              inside[0] = 0;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
  }

  /** Pass 2: the element with the best prose-minus-clutter score. */
  private static Element container(Element root, Map<Element, Stats> stats) {
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Stats> e : stats.entrySet()) {
      Stats s = e.getValue();
      if (s.prose == 0) {
        continue;
      }
      double score = s.prose - CLUTTER_WEIGHT * (s.text - s.prose);
      if (score > bestScore || score == bestScore && best != null && isAncestor(best, e.getKey())) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best;
  }

  private static boolean isAncestor(Element a, Element b) {
    for (Element p = b.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName()) || e.nameIs("br");
  }

  static boolean isDropped(Element e) {
    return DROP.contains(e.normalName()) || e.hasAttr("hidden") || hiddenStyle(e);
  }

  private static boolean hiddenStyle(Element e) {
    String style = e.attr("style");
    return !style.isEmpty() && style.replace(" ", "").toLowerCase(java.util.Locale.ROOT).matches(".*(display:none|visibility:hidden).*");
  }

  static boolean isBoilerplate(Element e) {
    String key = e.className() + " " + e.id();
    return key.length() > 1 && BOILERPLATE.matcher(key).find()
        || "complementary".equals(e.attr("role")) || "navigation".equals(e.attr("role"));
  }

  private static boolean neverProse(Element e) {
    return NEVER_PROSE_TAGS.contains(e.normalName()) || isBoilerplate(e);
  }

  /** The running text of one block element. */
  private static final class Unit {
    final Element owner;
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;

    Unit(Element owner) {
      this.owner = owner;
    }

    void add(String s) {
      text.append(s);
      if (linkDepth > 0) {
        linkChars += s.strip().length();
      }
    }

    int length() {
      return text.toString().strip().length();
    }

    boolean isProse() {
      String s = text.toString().strip();
      int n = s.length();
      if (n < 25 || linkChars > 0.4 * n) {
        return false;
      }
      return n >= 100 || SENTENCE.matcher(s).find() && s.indexOf(' ') > 0;
    }
  }

  /** Pass 3: walks the container and cuts it into blocks, skipping boilerplate subtrees. */
  private static final class Emitter {
    private final Map<Element, Stats> stats;
    private final int containerProse;
    private final String headline;
    private final List<Blocks.Block> out = new ArrayList<>();
    private final Deque<Element> open = new ArrayDeque<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;

    Emitter(Map<Element, Stats> stats, int containerProse, String headline) {
      this.stats = stats;
      this.containerProse = containerProse;
      this.headline = headline == null ? null : Text.squash(headline);
    }

    List<Blocks.Block> emit(Element container) {
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode t) {
                append(t.text());
              } else if (node instanceof Element e) {
                if (skip(e)) {
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (isBlock(e)) {
                  flush();
                  open.push(e);
                } else if (e.nameIs("a")) {
                  linkDepth++;
                }
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element e) {
                if (isBlock(e)) {
                  flush();
                  open.poll();
                } else if (e.nameIs("a")) {
                  linkDepth--;
                }
              }
              return FilterResult.CONTINUE;
            }
          },
          container);
      flush();
      return out;
    }

    private void append(String s) {
      current.append(s);
      if (linkDepth > 0) {
        linkChars += s.strip().length();
      }
    }

    /** True for a subtree that is boilerplate and holds little of the container's prose. */
    private boolean skip(Element e) {
      if (isDropped(e)) {
        return true;
      }
      Stats s = stats.get(e);
      int prose = s == null ? 0 : s.prose;
      if (NEVER_PROSE_TAGS.contains(e.normalName()) || isBoilerplate(e)) {
        return prose < 0.3 * containerProse;
      }
      if ((e.nameIs("ul") || e.nameIs("ol")) && s != null && prose == 0 && linkHeavy(e)) {
        return true;
      }
      return e.nameIs("h1") && headline != null && Text.squash(e.text()).equalsIgnoreCase(headline);
    }

    private boolean linkHeavy(Element list) {
      int links = 0;
      for (Element a : list.select("a")) {
        links += a.text().length();
      }
      return links > 0.5 * Math.max(1, list.text().length());
    }

    private void flush() {
      String p = Text.squash(current.toString());
      if (!p.isEmpty()) {
        out.add(new Blocks.Block(p, kind(open.peek()), Math.min(linkChars, p.length())));
      }
      current.setLength(0);
      linkChars = 0;
    }

    private static Blocks.Kind kind(Element owner) {
      if (owner == null) {
        return Blocks.Kind.OTHER;
      }
      return switch (owner.normalName()) {
        case "h1", "h2", "h3", "h4", "h5", "h6" -> Blocks.Kind.HEADING;
        case "li", "dt", "dd" -> Blocks.Kind.ITEM;
        case "blockquote" -> Blocks.Kind.QUOTE;
        case "pre" -> Blocks.Kind.PRE;
        case "p" -> Blocks.Kind.PARAGRAPH;
        default -> Blocks.Kind.OTHER;
      };
    }
  }
}
