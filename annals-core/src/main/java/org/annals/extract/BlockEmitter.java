package org.annals.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the article's container and cuts it into {@link Blocks.Block}s: one per block element's own
 * text, a double {@code <br>} also ending a block. Skips dropped elements, boilerplate subtrees
 * that hold little of the container's prose, link lists and the headline itself.
 */
final class BlockEmitter {
  private final TreeStats stats;
  private final int containerProse;
  private final String headline;
  private final List<Blocks.Block> out = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder current = new StringBuilder();
  private final Map<Element, Integer> lists = new IdentityHashMap<>();
  private final Map<Element, Integer> parents = new IdentityHashMap<>();
  private int linkChars;
  private int linkDepth;
  private boolean afterBreak;

  /** The table of figures being walked (its rows become one block each), or null. */
  private Element dataTable;

  BlockEmitter(TreeStats stats, int containerProse, String headline) {
    this.stats = stats;
    this.containerProse = containerProse;
    this.headline = headline == null ? null : Text.squash(headline);
  }

  /** The blocks of {@code roots}, in order. */
  List<Blocks.Block> emit(List<Element> roots) {
    for (Element root : roots) {
      emit(root);
    }
    return out;
  }

  private void emit(Element container) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              append(t.text());
            } else if (node instanceof Element e) {
              return enter(e);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              leave(e);
            }
            return FilterResult.CONTINUE;
          }
        },
        container);
    flush();
  }

  private NodeFilter.FilterResult enter(Element e) {
    if (skip(e)) {
      return NodeFilter.FilterResult.SKIP_ENTIRELY;
    }
    if (dataTable != null) {
      enterDataTable(e);
      return NodeFilter.FilterResult.CONTINUE;
    }
    if (e.nameIs("table") && isDataTable(e)) {
      flush();
      dataTable = e;
      return NodeFilter.FilterResult.CONTINUE;
    }
    if (e.nameIs("br")) {
      if (afterBreak) {
        flush();
      } else {
        current.append(' ');
        afterBreak = true;
      }
    } else if (BodyExtractor.isBlock(e)) {
      flush();
      open.push(e);
    } else if (e.nameIs("a")) {
      linkDepth++;
    }
    return NodeFilter.FilterResult.CONTINUE;
  }

  /**
   * Inside a table of figures a row is one block, its cells parted by " | " ("Ohio State | 115 | 14
   * | .891"), not a block per cell, whatever blocks the cells hold.
   */
  private void enterDataTable(Element e) {
    if (e.nameIs("tr")) {
      flush();
      open.push(e);
    } else if (e.nameIs("td") || e.nameIs("th")) {
      if (!current.toString().isBlank()) {
        current.append(" | ");
      }
    } else if (e.nameIs("br")) {
      current.append(' ');
    } else if (e.nameIs("a")) {
      linkDepth++;
    }
  }

  private void leave(Element e) {
    if (dataTable != null) {
      if (e == dataTable) {
        flush();
        dataTable = null;
      } else if (e.nameIs("tr")) {
        flush();
        open.poll();
      } else if (e.nameIs("a")) {
        linkDepth--;
      }
      return;
    }
    if (BodyExtractor.isBlock(e)) {
      flush();
      open.poll();
    } else if (e.nameIs("a")) {
      linkDepth--;
    }
  }

  private void append(String s) {
    current.append(s);
    if (!s.isBlank()) {
      afterBreak = false;
      if (linkDepth > 0) {
        linkChars += s.strip().length();
      }
    }
  }

  /** True for a subtree to leave out. */
  private boolean skip(Element e) {
    if (BodyExtractor.isDropped(e)) {
      return true;
    }
    if (BodyExtractor.neverProse(e) && !inline(e)) {
      return stats.prose(e) < 0.3 * containerProse;
    }
    if ((e.nameIs("ul") || e.nameIs("ol")) && stats.prose(e) == 0 && linkHeavy(e)) {
      return true;
    }
    return (e.nameIs("h1") || e.nameIs("h2") || e.nameIs("h3"))
        && headline != null
        && Text.squash(e.text()).equalsIgnoreCase(headline);
  }

  /**
   * An inline element inside running text (a link styled as a pop-up, a span for a tag): its class
   * says how it looks, not that it is boilerplate, so its words stay in the sentence.
   */
  private static boolean inline(Element e) {
    if (BodyExtractor.isBlock(e)) {
      return false;
    }
    for (Element c : e.children()) {
      if (BodyExtractor.isBlock(c)) {
        return false;
      }
    }
    Element parent = e.parent();
    return parent != null && !Text.squash(parent.ownText()).isEmpty();
  }

  /** The fewest cells a table of figures has. */
  private static final int DATA_CELLS = 6;

  /** The longest text of a cell that holds a figure or a label rather than prose. */
  private static final int FIGURE_CELL = 40;

  /**
   * A table of figures (a specification sheet, a league table, poll results): six or more cells,
   * nine in ten of them short, no table inside. A table that lays out a page or a text has long
   * cells and is read block by block as before.
   */
  private static boolean isDataTable(Element table) {
    int cells = 0;
    int shortCells = 0;
    for (Element c : table.select("td, th")) {
      if (c.selectFirst("table") != null) {
        return false;
      }
      cells++;
      shortCells += c.text().length() <= FIGURE_CELL ? 1 : 0;
    }
    return cells >= DATA_CELLS && shortCells * 10 >= cells * 9;
  }

  private static boolean linkHeavy(Element list) {
    int links = 0;
    for (Element a : list.select("a")) {
      links += a.text().length();
    }
    return links > 0.5 * Math.max(1, list.text().length());
  }

  private void flush() {
    String p = Text.squash(current.toString());
    if (!p.isEmpty()) {
      Element owner = open.peek();
      out.add(
          new Blocks.Block(
              p,
              kind(owner),
              Math.min(linkChars, p.length()),
              list(owner),
              parent(owner),
              owner != null && stats.teaser(owner)));
    }
    current.setLength(0);
    linkChars = 0;
    afterBreak = false;
  }

  /**
   * The number of the element that holds a block's element, in order of first sight; -1 for text
   * outside any element. Paragraphs with one number are siblings.
   */
  private int parent(Element owner) {
    if (owner == null || owner.parent() == null) {
      return -1;
    }
    return parents.computeIfAbsent(owner.parent(), k -> parents.size());
  }

  /** The number of the list an item block belongs to, in order of first sight; -1 otherwise. */
  private int list(Element owner) {
    if (owner == null || !owner.nameIs("li") || owner.parent() == null) {
      return -1;
    }
    return lists.computeIfAbsent(owner.parent(), k -> lists.size());
  }

  private static Blocks.Kind kind(Element owner) {
    if (owner == null) {
      return Blocks.Kind.OTHER;
    }
    return switch (owner.normalName()) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> Blocks.Kind.HEADING;
      case "li", "dt", "dd" -> Blocks.Kind.ITEM;
      case "td", "th", "tr" -> Blocks.Kind.CELL;
      case "blockquote" -> Blocks.Kind.QUOTE;
      case "pre" -> Blocks.Kind.PRE;
      case "p" -> Blocks.Kind.PARAGRAPH;
      default -> Blocks.Kind.OTHER;
    };
  }
}
