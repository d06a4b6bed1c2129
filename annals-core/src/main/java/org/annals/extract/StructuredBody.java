package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The body a page states in its JSON-LD {@code articleBody}, as paragraphs: the fallback when the
 * page's HTML gives none (a page whose text is drawn by script, a photo story of captions). Never
 * preferred to the HTML's own body: many publishers put only a teaser there, or the captions and
 * product lists around the article as well.
 */
final class StructuredBody {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r\\u00a0]*\\n");
  private static final Pattern LINE = Pattern.compile("\\n");

  private StructuredBody() {}

  /**
   * The paragraphs of an {@code articleBody}: at blank lines when it has them, else at line breaks;
   * markup some sites leave in it (tags, character references) is read as HTML, its blocks as
   * paragraphs.
   */
  static List<String> paragraphs(String articleBody) {
    String text = withLineBreaks(articleBody);
    Pattern split = BLANK_LINE.matcher(text).find() ? BLANK_LINE : LINE;
    List<String> out = new ArrayList<>();
    for (String part : split.split(text)) {
      String p = Text.squash(part);
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** The text of {@code s} read as an HTML fragment, each block and {@code <br>} a line break. */
  private static String withLineBreaks(String s) {
    if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
      return s;
    }
    Element root = Jsoup.parseBodyFragment(s).body();
    StringBuilder b = new StringBuilder(s.length());
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              b.append(t.getWholeText());
            } else if (isBreaking(node)) {
              b.append("\n\n");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (isBreaking(node)) {
              b.append("\n\n");
            }
          }
        });
    return b.toString();
  }

  private static boolean isBreaking(Node node) {
    return node instanceof Element e && (e.nameIs("br") || BodyExtractor.isBlock(e));
  }
}
