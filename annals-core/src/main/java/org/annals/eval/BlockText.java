package org.annals.eval;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an element with one paragraph per block element, separated by blank lines. */
final class BlockText {
  private static final String BREAK = "\n\n";

  private BlockText() {}

  /** The text under {@code root}: block elements end paragraphs, whitespace squashed. */
  static String of(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              sb.append(t.text());
            } else if (node instanceof Element e) {
              sb.append(e.nameIs("br") ? " " : isBlock(e) ? BREAK : "");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && isBlock(e)) {
              sb.append(BREAK);
            }
          }
        },
        root);
    List<String> paragraphs = new ArrayList<>();
    for (String p : sb.toString().split(BREAK)) {
      String s = SegmentScore.normalise(p);
      if (!s.isEmpty()) {
        paragraphs.add(s);
      }
    }
    return String.join(BREAK, paragraphs);
  }

  private static boolean isBlock(Element e) {
    return e.isBlock() && !e.nameIs("br");
  }
}
