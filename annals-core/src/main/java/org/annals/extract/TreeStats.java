package org.annals.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text counts of every element of a page, in pre-order arrays: its total text and its prose (the
 * text of blocks that read like article paragraphs). Built in one iterative pass, so depth costs
 * nothing; boilerplate is then taken out by {@link #excludeBoilerplate}.
 */
final class TreeStats {
  private static final Pattern SENTENCE = Pattern.compile("[.!?…。！？»\"”’)]\\s*$|[.!?。]\\s");

  final List<Element> elements = new ArrayList<>();
  private final Map<Element, Integer> index = new IdentityHashMap<>();
  private static final double[] DECAY = {1, 1, 0.5, 1 / 6.0, 1 / 9.0, 1 / 12.0};

  private int[] end;
  private int[] parent;
  private int[] depth;
  private double[] local;
  private int[] unitOwner = new int[256];
  private int[] unitProse = new int[256];
  private int units;
  private int[] text;
  private int[] prose;
  private boolean[] teaser;
  private boolean[] out;

  private TreeStats() {}

  /** Measures the subtree of {@code root}. */
  static TreeStats of(Element root) {
    TreeStats t = new TreeStats();
    t.measure(root);
    return t;
  }

  int prose(Element e) {
    Integer i = index.get(e);
    return i == null || out[i] ? 0 : prose[i];
  }

  /**
   * Prose weighted by how near it sits: a paragraph counts fully for its own element and its
   * parent, half for its grandparent and little beyond, so a container of paragraphs outranks a
   * page region that merely holds many separate teasers.
   */
  double localProse(Element e) {
    Integer i = index.get(e);
    return i == null || out[i] ? 0 : local[i];
  }

  /** True for an element taken out as boilerplate, or inside one. */
  boolean excluded(Element e) {
    Integer i = index.get(e);
    return i != null && out[i];
  }

  /**
   * True for a block element that is a teaser's summary ({@link #isTeaser}), as measured; false for
   * an element not measured.
   */
  boolean teaser(Element e) {
    Integer i = index.get(e);
    return i != null && teaser[i];
  }

  int text(Element e) {
    Integer i = index.get(e);
    return i == null ? 0 : text[i];
  }

  int size() {
    return elements.size();
  }

  private void measure(Element root) {
    int cap = 1024;
    end = new int[cap];
    parent = new int[cap];
    depth = new int[cap];
    text = new int[cap];
    prose = new int[cap];
    teaser = new boolean[cap];
    Deque<Unit> units = new ArrayDeque<>();
    Deque<Integer> path = new ArrayDeque<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int d) {
            if (node instanceof Element e) {
              if (BodyExtractor.isDropped(e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              int i = add(e, d, path.isEmpty() ? -1 : path.peek());
              path.push(i);
              if (BodyExtractor.isBlock(e) || units.isEmpty()) {
                units.push(new Unit(i));
              } else if (e.nameIs("a")) {
                units.peek().linkDepth++;
              }
            } else if (node instanceof TextNode tn && !units.isEmpty()) {
              units.peek().add(tn.text());
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int d) {
            if (node instanceof Element e) {
              close(e, units, path);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    out = new boolean[elements.size()];
    decay();
  }

  /** Sums each prose unit into its owner and a few ancestors with falling weights. */
  private void decay() {
    local = new double[elements.size()];
    for (int u = 0; u < units; u++) {
      if (out[unitOwner[u]]) {
        continue;
      }
      int at = unitOwner[u];
      for (int k = 0; k < DECAY.length && at >= 0; k++, at = parent[at]) {
        local[at] += DECAY[k] * unitProse[u];
      }
    }
  }

  private int add(Element e, int d, int up) {
    int i = elements.size();
    if (i == end.length) {
      int cap = i * 2;
      end = Arrays.copyOf(end, cap);
      parent = Arrays.copyOf(parent, cap);
      depth = Arrays.copyOf(depth, cap);
      text = Arrays.copyOf(text, cap);
      prose = Arrays.copyOf(prose, cap);
      teaser = Arrays.copyOf(teaser, cap);
    }
    elements.add(e);
    index.put(e, i);
    depth[i] = d;
    parent[i] = up;
    return i;
  }

  /**
   * A teaser: a paragraph whose previous sibling is a title that is all link, as in a list of other
   * stories ("
   *
   * <h3><a>Headline</a></h3>
   *
   * <p>Summary…"), also when the paragraph sits in wrappers that hold nothing else. Article
   * subheadings are rarely links.
   */
  private static boolean isTeaser(Element e) {
    Element a = e;
    for (int up = 0; up <= TEASER_WRAPPERS && a != null; up++, a = onlyChildOf(a)) {
      if (afterLinkedTitle(a)) {
        return true;
      }
    }
    return false;
  }

  /** The parent of {@code e} when {@code e} is its only child element, else null. */
  private static Element onlyChildOf(Element e) {
    Element parent = e.parent();
    return parent != null && parent.childrenSize() == 1 ? parent : null;
  }

  /**
   * How many wrappers around a teaser's paragraph, each holding nothing else, may stand between it
   * and the title ({@code <h2><a>…</a></h2><div class=teaser><div><p>Summary…}).
   */
  private static final int TEASER_WRAPPERS = 3;

  /**
   * True when the element before {@code e} is a title that is all link to another page; an anchor
   * to a place in this page ({@code href="#results"}) makes a section heading, not a teaser.
   */
  private static boolean afterLinkedTitle(Element e) {
    Element title = e.previousElementSibling();
    if (title == null
        || !(isHeading(title) || title.childrenSize() == 1 && isHeading(title.child(0)))) {
      return false;
    }
    int all = title.text().length();
    if (all == 0 || all > 200) {
      return false;
    }
    int linked = 0;
    for (Element a : title.getElementsByTag("a")) {
      if (!a.attr("href").startsWith("#")) {
        linked += a.text().length();
      }
    }
    return linked >= 0.8 * all;
  }

  private static boolean isHeading(Element e) {
    return e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4") || e.nameIs("h5") || e.nameIs("h6");
  }

  private void addUnit(int owner, int p) {
    if (units == unitOwner.length) {
      unitOwner = Arrays.copyOf(unitOwner, units * 2);
      unitProse = Arrays.copyOf(unitProse, units * 2);
    }
    unitOwner[units] = owner;
    unitProse[units++] = p;
  }

  private void close(Element e, Deque<Unit> units, Deque<Integer> path) {
    int i = path.pop();
    end[i] = elements.size() - 1;
    if (!units.isEmpty() && units.peek().owner == i) {
      Unit u = units.pop();
      text[i] += u.length();
      teaser[i] = isTeaser(e);
      int p = teaser[i] ? 0 : u.prose();
      prose[i] += p;
      if (p > 0) {
        addUnit(i, p);
      }
    } else if (e.nameIs("a") && !units.isEmpty()) {
      units.peek().linkDepth--;
    }
    if (!path.isEmpty()) {
      text[path.peek()] += text[i];
      prose[path.peek()] += prose[i];
    }
  }

  /**
   * Takes boilerplate out: navigation, asides, footers and elements whose class or id names
   * boilerplate, smallest first, each unless it still holds half the page's remaining prose (then
   * it is a layout wrapper such as {@code class="layout-with-sidebar"} around the article). Their
   * prose is taken off their ancestors and counts as clutter.
   */
  void excludeBoilerplate() {
    int n = elements.size();
    if (n == 0) {
      return;
    }
    List<Integer> flagged = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (prose[i] > 0 && BodyExtractor.neverProse(elements.get(i))) {
        flagged.add(i);
      }
    }
    flagged.sort(
        (a, b) ->
            prose[a] != prose[b]
                ? Integer.compare(prose[a], prose[b])
                : Integer.compare(depth[b], depth[a]));
    Fenwick removed = new Fenwick(n);
    for (int i : flagged) {
      long current = prose[i] - removed.sum(i, end[i]);
      long page = prose[0] - removed.sum(0, end[0]);
      Element e = elements.get(i);
      if (current > 0
          && (current < page / 2.0
              || BodyExtractor.isComments(e)
              || BodyExtractor.isComplementary(e))) {
        removed.add(i, current);
        out[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      prose[i] -= (int) removed.sum(i, end[i]);
    }
    markInsideExcluded();
    decay();
  }

  /**
   * Takes {@code e} out as if it were boilerplate: its prose no longer counts for it or its
   * ancestors, so the next search for a container passes it by.
   */
  void exclude(Element e) {
    Integer i = index.get(e);
    if (i == null || out[i]) {
      return;
    }
    int gone = prose[i];
    for (int a = parent[i]; a >= 0; a = parent[a]) {
      prose[a] -= gone;
    }
    Arrays.fill(out, i, end[i] + 1, true);
    decay();
  }

  private void markInsideExcluded() {
    int until = -1;
    for (int i = 0; i < out.length; i++) {
      if (i <= until) {
        out[i] = true;
      } else if (out[i]) {
        until = end[i];
      }
    }
  }

  /** The text of one block element, with its link text counted. */
  private static final class Unit {
    final int owner;
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int linkDepth;

    Unit(int owner) {
      this.owner = owner;
    }

    void add(String s) {
      text.append(s);
      if (linkDepth > 0) {
        linkChars += s.strip().length();
      }
    }

    int length() {
      return weighted(text.toString().strip());
    }

    /** The unit's weighted length when it reads like prose, else 0. */
    int prose() {
      String s = text.toString().strip();
      int n = weighted(s);
      if (n < 25 || linkChars > 0.4 * s.length()) {
        return 0;
      }
      boolean sentence = SENTENCE.matcher(s).find() && (s.indexOf(' ') > 0 || n > s.length());
      return n >= 100 || sentence ? n : 0;
    }
  }

  /** Length with CJK characters counted three times: one carries about a word. */
  static int weighted(String s) {
    int n = s.length();
    int cjk = 0;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= '\u3040'
          && (ch <= '\u30ff'
              || ch >= '\u3400' && ch <= '\u9fff'
              || ch >= '\uac00' && ch <= '\ud7af'
              || ch >= '\uf900' && ch <= '\ufaff')) {
        cjk++;
      }
    }
    return n + 2 * cjk;
  }

  /** A Fenwick tree of longs over pre-order positions: point add, range sum, both O(log n). */
  private static final class Fenwick {
    private final long[] tree;

    Fenwick(int n) {
      tree = new long[n + 1];
    }

    void add(int i, long v) {
      for (int x = i + 1; x < tree.length; x += x & -x) {
        tree[x] += v;
      }
    }

    long sum(int from, int to) {
      return prefix(to + 1) - prefix(from);
    }

    private long prefix(int n) {
      long s = 0;
      for (int x = n; x > 0; x -= x & -x) {
        s += tree[x];
      }
      return s;
    }
  }
}
