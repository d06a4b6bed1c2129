package org.annals.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.RelatedLink;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's related-stories blocks ("Related", "More stories", "Read also", "See also"): each link
 * whose text reads like a headline, at most {@value #MAX} per page.
 */
final class RelatedLinks {
  static final int MAX = 20;
  private static final Pattern RELATED =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:related|more-?stories|more-?news|recommended|also-?read|read-?also"
              + "|see-?also|further-?reading|more-?from|related-?articles|related-?content|read-?more)(?:$|[-_\\s])");

  private RelatedLinks() {}

  static List<RelatedLink> find(Document page) {
    List<RelatedLink> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Element block : page.select("[class], [id]")) {
      if (!RELATED.matcher(block.className() + " " + block.id()).find()
          || hasRelatedAncestor(block)) {
        continue;
      }
      for (Element a : block.select("a[href]")) {
        String text = Text.squash(a.text());
        String href = a.attr("abs:href");
        if (text.split(" ").length >= 4 && text.length() <= 200 && seen.add(text)) {
          out.add(new RelatedLink(text, href.isEmpty() ? null : href));
          if (out.size() == MAX) {
            return out;
          }
        }
      }
    }
    return out;
  }

  private static boolean hasRelatedAncestor(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (RELATED.matcher(p.className() + " " + p.id()).find()) {
        return true;
      }
    }
    return false;
  }
}
