package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * The byline a page shows when its metadata names no author: microdata {@code itemprop=author},
 * {@code rel=author} links, links to author pages, elements whose class names a byline or author,
 * then a short line that starts with "By", "Von", "Por"… Bylines of comments, related stories and
 * author boxes of other articles are skipped.
 */
final class Bylines {
  private static final String[] SELECTORS = {
    "[itemprop~=(^|\\s)author(\\s|$)] [itemprop=name]", "[itemprop~=(^|\\s)author(\\s|$)]", "[rel=author]",
    "[class~=(?i)^(byline|by-line|byline__name|byline-name|author-name|authorname|article-author|post-author"
        + "|entry-author|author|autor|autorin|writer|posted-by|meta-author|story-byline|c-byline|td-post-author-name)$]",
    "a[href*=/author/], a[href*=/authors/], a[href*=/autor/], a[href*=/autoren/], a[href*=/auteur/]",
    "[class*=byline], [id*=byline], [class*=author-name], [class*=author_name], [class*=authorname],"
        + " [class*=author__name], [class*=author-info-name], [class*=post-author], [class*=article-author],"
        + " [class*=authname], [class*=__authors], [class*=-authors], [data-testid*=author]",
    "[class*=author]:not([class*=bio]):not([class*=box]):not([class*=avatar]):not([class*=img]):not([class*=image])"
        + ":not([class*=photo]):not([class*=desc]):not([class*=about])",
  };
  private static final Pattern BY_LINE = Pattern.compile(
          "(?iu)^(?:by|von|por|par|di|door|av|от|autor(?:in)?:|text:|(?:ein\\s+|blog\\s+)?(?:artikel|beitrag)\\s+von)\\s+\\p{Lu}");
  private static final Pattern BY_WORD =
      Pattern.compile("(?iu)(?:by|von|por|par|di|door|av|от|autor(?:in)?:|text:|(?:ein\\s+|blog\\s+)?(?:artikel|beitrag)\\s+von)(?![\\p{L}])");
  private static final Pattern ELSEWHERE =
      Pattern.compile(
          "(?i)^(?:comment|comments|commentlist|related|recommend|sidebar|footer|teaser|more|popular|trending|widget"
              + "|newsletter|author-box|author-bio|about-author)(?:[-_].*)?$");
  private static final Pattern STATE = Pattern.compile("(?i)^(?:comments?-(?:open|closed|count)|has-comments?|no-comments?)$");
  private static final int MAX_LENGTH = 200;

  private Bylines() {}

  /** The first byline text found, or empty. */
  static Optional<String> find(Document doc, Element headline) {
    List<String> all = candidates(doc, headline);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** The byline texts found, the likeliest first: the first of each kind of marking, then a "By …" line. */
  static List<String> candidates(Document doc, Element headline) {
    List<String> out = new ArrayList<>();
    Element root = doc.body();
    if (root == null) {
      return out;
    }
    for (String selector : SELECTORS) {
      Elements found = root.select(selector);
      int n = 0;
      for (Element e : found) {
        if (n++ > 30) {
          break;
        }
        String t = spaced(e);
        if (t.length() >= 3 && t.length() <= MAX_LENGTH && !elsewhere(e) && !out.contains(t)) {
          out.add(t);
          break;
        }
      }
    }
    byLine(root).filter(t -> !out.contains(t)).ifPresent(out::add);
    return out;
  }

  private static Optional<String> byLine(Element root) {
    int n = 0;
    for (Element e : root.select("p, span, div, li, address, strong, em")) {
      if (n++ > 3000) {
        break;
      }
      String own = Text.squash(e.ownText());
      if (own.length() >= 3 && own.length() <= 100 && BY_WORD.matcher(own).lookingAt()) {
        String t = Text.squash(e.text());
        if (t.length() <= 150 && BY_LINE.matcher(t).lookingAt() && !elsewhere(e)) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /** The text of {@code e} with a space between its text nodes ("Lucas Nolan" and "22 Dec 2016" stay apart). */
  private static String spaced(Element e) {
    StringBuilder b = new StringBuilder();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t && b.length() <= MAX_LENGTH * 2) {
        b.append(t.getWholeText()).append(' ');
      }
    }, e);
    return Text.squash(b.toString());
  }

  /** True when {@code e} sits in a comment, related-story or sidebar block (looks 8 levels up). */
  private static boolean elsewhere(Element e) {
    Element x = e;
    for (int i = 0; i < 8 && x != null; i++) {
      String tag = x.normalName();
      if (tag.equals("body")) {
        return false;
      }
      if (tag.equals("footer") && x.closest("article") == null || tag.equals("aside") || tag.equals("nav")) {
        return true;
      }
      for (String token : (x.className() + " " + x.id()).split("\\s+")) {
        if (!token.isEmpty() && ELSEWHERE.matcher(token).matches() && !STATE.matcher(token).matches()) {
          return true;
        }
      }
      x = x.parent();
    }
    return false;
  }
}
