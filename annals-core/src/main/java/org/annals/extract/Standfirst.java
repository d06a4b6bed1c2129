package org.annals.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The standfirst of an article whose container holds its text but not its header: the summary set
 * between the headline and the text, which {@link BodyExtractor} puts first.
 */
final class Standfirst {
  private Standfirst() {}

  /** The most text the standfirst's blocks may hold. */
  private static final int LEAD_TEXT = 1200;

  /**
   * The most text, in characters, that may part a standfirst's two blocks: past that (a byline, a
   * picture's caption, a box of subscription offers) the header is over and the search stops.
   */
  private static final int LEAD_GAP = 300;

  /** Class, id and component names of a standfirst ({@code class="article-dek"}). */
  private static final Pattern LEAD_NAME =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:standfirst|dek|deck|subhead|subhed|subheadline|subheading|sub-head"
              + "|sub-headline|sub-heading|subtitle|sub-title|strapline|summary|lede|lead|intro"
              + "|excerpt|abstract)(?:$|[-_\\s])");

  /**
   * The standfirst: the block or two between the headline and the article's text when the container
   * does not hold them (a summary set in the article's header, often the sentence that says what
   * happened). Only prose counts (not a byline, a date, a link or boilerplate) unless the markup
   * names the block a standfirst ({@code class="dek"}, Guardian's {@code
   * data-gu-name="standfirst"}), which may lack its full stop; and only when there are at most two
   * such blocks: a river of teasers is not a standfirst. The search ends once {@link #LEAD_GAP}
   * characters of other text follow a standfirst. The headline is {@code headlineElement} when the
   * metadata pass found it in {@code root}, else the {@code <h1>} that reads as {@code headline}.
   */
  static List<String> find(
      Element root,
      List<Element> parts,
      TreeStats stats,
      String headline,
      Element headlineElement,
      int prose) {
    Element first = parts.get(0);
    Element anchor = within(headlineElement, root) ? headlineElement : byText(root, headline);
    if (anchor == null) {
      return List.of();
    }
    Set<Element> aboveHeadline = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = anchor; p != null; p = p.parent()) {
      aboveHeadline.add(p);
    }
    for (Element part : parts) {
      if (aboveHeadline.contains(part)) {
        return List.of();
      }
    }
    Elements all = root.getAllElements();
    int from = all.indexOf(anchor);
    int to = all.indexOf(first);
    if (from < 0 || to < 0 || from > to) {
      return List.of();
    }
    Set<Element> above = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = first.parent(); p != null; p = p.parent()) {
      above.add(p);
    }
    List<Element> candidates = new ArrayList<>();
    List<Boolean> named = new ArrayList<>();
    int text = 0;
    int gap = 0;
    int skipUntil = from + anchor.getAllElements().size();
    for (int i = skipUntil; i < to; i++) {
      Element e = all.get(i);
      if (i < skipUntil || above.contains(e) || !BodyExtractor.isBlock(e) || stats.excluded(e)) {
        continue;
      }
      boolean isNamed = namedLead(e, stats);
      boolean isLeaf = stats.text(e) > 0 && leaf(e, stats);
      if (stats.prose(e) == 0 && !isNamed || !isLeaf) {
        gap += isLeaf ? stats.text(e) : 0;
        if (!candidates.isEmpty() && gap > LEAD_GAP) {
          break;
        }
        continue;
      }
      gap = 0;
      if (candidates.size() == 2) {
        return List.of();
      }
      candidates.add(e);
      named.add(isNamed);
      text += stats.text(e);
      skipUntil = i + e.getAllElements().size();
    }
    if (candidates.isEmpty() || text > LEAD_TEXT) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      List<Blocks.Block> blocks =
          new BlockEmitter(stats, prose, headline).emit(List.of(candidates.get(i)));
      out.addAll(Blocks.lead(blocks, named.get(i)));
    }
    return out;
  }

  /** True when {@code e} is {@code root} or inside it. */
  private static boolean within(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  /**
   * The {@code <h1>} reading {@code headline}, else the page's only {@code <h1>} unless it holds
   * the site's name; null when there is neither.
   */
  private static Element byText(Element root, String headline) {
    String h = headline == null ? null : Text.squash(headline);
    Elements h1s = root.getElementsByTag("h1");
    for (Element e : h1s) {
      if (h != null && Text.squash(e.text()).equalsIgnoreCase(h)) {
        return e;
      }
    }
    return h1s.size() == 1 && !isSiteTitle(h1s.get(0)) ? h1s.get(0) : null;
  }

  /** Class and id names of a site's own title or logo, which some themes set in an {@code <h1>}. */
  private static final Pattern SITE_TITLE =
      Pattern.compile("(?i)(?:^|[-_\\s])(?:site|logo|brand|branding|masthead|blog)(?:$|[-_\\s])");

  /** True for an {@code <h1>} that holds the site's name (its class, or a wrapper's, says so). */
  private static boolean isSiteTitle(Element h1) {
    Element a = h1;
    for (int up = 0; up < 3 && a != null; up++, a = a.parent()) {
      if (SITE_TITLE.matcher(a.className() + " " + a.id()).find()
          || a.nameIs("header") && up > 0 && a.parent() != null && a.parent().nameIs("body")) {
        return true;
      }
    }
    return false;
  }

  /** True when no block element inside {@code e} holds text of its own. */
  private static boolean leaf(Element e, TreeStats stats) {
    for (Element c : e.children()) {
      if (BodyExtractor.isBlock(c) && stats.text(c) > 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code e}, or a wrapper around it and nothing else (up to three levels), is named a
   * standfirst.
   */
  private static boolean namedLead(Element e, TreeStats stats) {
    int text = stats.text(e);
    Element a = e;
    for (int up = 0; up < 4 && a != null && stats.text(a) == text; up++, a = a.parent()) {
      String key =
          a.className()
              + " "
              + a.id()
              + " "
              + a.attr("data-gu-name")
              + " "
              + a.attr("data-component");
      if (LEAD_NAME.matcher(key).find() || "description".equals(a.attr("itemprop"))) {
        return true;
      }
    }
    return false;
  }
}
