package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Boilerplate removal of our own design, in five steps over the jsoup tree (all iterative, so a
 * page nested 100,000 deep cannot overflow the stack):
 *
 * <ol>
 *   <li><b>Measure</b> ({@link TreeStats}): the text of every block element is a unit; a unit is
 *       <i>prose</i> when it is long enough, mostly not link text and reads like sentences. Counts
 *       are summed up the tree.
 *   <li><b>Exclude</b>: navigation, asides, footers and elements whose class or id names
 *       boilerplate (share, related, comments, newsletter…) lose their prose, smallest first,
 *       unless they hold half of what remains (then they are layout wrappers; a comment section
 *       without the {@code <h1>} is left out whatever it holds).
 *   <li><b>Container</b>: every element is scored {@code prose − λ·(other text)}; the best is the
 *       article's container. Moving up to a parent pays only when it adds more prose than clutter,
 *       and never out of an {@code <article>} that has no sibling article; an ancestor whose class
 *       names the article body ({@code article-body}, {@code entry-content}) is taken when it
 *       scores no worse, however far up it is.
 *   <li><b>Emit</b> ({@link BlockEmitter}, {@link Blocks}): the container is cut into blocks,
 *       boilerplate subtrees skipped, and each block judged in the context of its neighbours.
 *   <li><b>Standfirst</b> ({@link Standfirst}): when the container does not hold the headline, the
 *       summary between the headline and the container comes first.
 * </ol>
 */
final class BodyExtractor {
  private static final int CLIMB = 6;
  private static final int MIN_ARTICLE = 300;

  /**
   * Containers tried in turn when the best one keeps no text (a disclaimer paragraph that outweighs
   * an article of short lines): each failed one is taken out and the search runs again.
   */
  private static final int ATTEMPTS = 3;

  /**
   * The least text, in characters, a container tried after the best one must keep to count: less is
   * a caption or a repeated title, and the page's JSON-LD body, if any, is the better fallback.
   */
  private static final int MIN_LATER_ATTEMPT = 200;

  private static final double CLUTTER_WEIGHT = 0.45;
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "figure",
          "figcaption",
          "form",
          "fieldset",
          "address",
          "center",
          "details",
          "summary",
          "body",
          "hr",
          "caption",
          "menu",
          "dialog");
  private static final Set<String> DROP =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "label",
          "video",
          "audio",
          "picture",
          "img",
          "source",
          "map",
          "head",
          "title",
          "meta",
          "link");
  static final Set<String> NEVER_PROSE_TAGS =
      Set.of(
          "nav", "aside", "footer", "figcaption", "menu", "form", "address", "caption", "dialog");
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:comments?|disqus|share|sharing|shares|social|sociable|related|recommended"
              + "|related(?:posts|articles|stories|content|links|news|items)"
              + "|recommendations?|recirc|more-?stories|outbrain|taboola|newsletter|subscribe|subscription"
              + "|signup|sign-up|promo|promotion|promoted|advert|advertisement|ads?|adslot|adunit|ad-slot"
              + "|sponsor(?:ed)?|cookie|cookies|consent|gdpr|banner|breadcrumbs?|footer|masthead|menu"
              + "|nav|navbar|navigation|sidebar|widget|popup|modal|overlay|tags?|tag-list|byline"
              + "|author|authors|dateline|timestamp|caption|credit|credits|toolbar|pagination|pager"
              + "|visually-hidden|sr-only|screen-reader-text|meta|most-popular|popular|trending"
              + "|read-more|readmore|also-read|see-also|print|email|jump|skip-link|rail"
              + "|twitter-tweet|instagram-media|tiktok-embed|fb-post)(?:$|[-_\\s])");

  /** Class and id names that say an element holds the article's body. */
  private static final Pattern BODY_NAME =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:article|story|entry|post|content|main|body)[-_]*"
              + "(?:body|content|text)(?:$|[-_\\s])");

  private static final Pattern HIDDEN_STYLE = Pattern.compile("display:none|visibility:hidden");

  /** Classes of the hidden remainder of a subscriber-only article. */
  private static final Pattern GATED =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:subscriber|subscribers|paywall|paywalled|premium|metered|gated)"
              + "(?:$|[-_\\s])");

  private BodyExtractor() {}

  /**
   * The article's paragraphs in {@code root} (usually the body), without boilerplate; {@code
   * headlineElement} is the element showing {@code headline} when the metadata pass found one in
   * {@code root}, else null.
   */
  static List<String> paragraphs(Element root, String headline, Element headlineElement) {
    TreeStats stats = TreeStats.of(root);
    stats.excludeBoilerplate();
    List<Element> parts = List.of();
    List<String> kept = List.of();
    int prose = 0;
    for (int attempt = 0; attempt < ATTEMPTS && kept.isEmpty(); attempt++) {
      if (attempt > 0) {
        parts.forEach(stats::exclude);
      }
      Element container = container(stats);
      if (container == null) {
        return List.of();
      }
      container = climb(container, stats);
      container = named(container, stats);
      Element one = oneArticle(container, stats, headline, headlineElement);
      parts = one != container ? List.of(one) : withSiblings(container, stats);
      prose = parts.stream().mapToInt(stats::prose).sum();
      kept = Blocks.keep(new BlockEmitter(stats, prose, headline).emit(parts));
      if (attempt > 0 && kept.stream().mapToInt(String::length).sum() < MIN_LATER_ATTEMPT) {
        kept = List.of();
      }
    }
    if (kept.isEmpty()) {
      return kept;
    }
    List<String> lead = Standfirst.find(root, parts, stats, headline, headlineElement, prose);
    if (lead.isEmpty()) {
      return kept;
    }
    List<String> out = new ArrayList<>();
    for (String l : lead) {
      if (!kept.contains(l)) {
        out.add(l);
      }
    }
    out.addAll(kept);
    return out;
  }

  /**
   * A container that holds several articles, each with its own {@code <h1>} (a page that preloads
   * the next stories below the first), is narrowed to the one holding the headline's element or
   * whose heading reads as the headline, else the first; the container itself when it holds one
   * such article or none (list items marked up as {@code <article>} with {@code <h2>}s stay
   * together).
   */
  private static Element oneArticle(
      Element container, TreeStats stats, String headline, Element headlineElement) {
    List<Element> articles = new ArrayList<>();
    for (Element a : container.getElementsByTag("article")) {
      if (a != container
          && stats.prose(a) >= MIN_ARTICLE
          && a.selectFirst("h1") != null
          && articles.stream().noneMatch(o -> isAncestor(o, a))) {
        articles.add(a);
      }
    }
    if (articles.size() < 2) {
      return container;
    }
    for (Element a : articles) {
      if (headlineElement != null && isAncestor(a, headlineElement)) {
        return a;
      }
    }
    if (headline != null) {
      String h = Text.squash(headline);
      for (Element a : articles) {
        for (Element t : a.select("h1, h2")) {
          if (Text.squash(t.text()).equalsIgnoreCase(h)) {
            return a;
          }
        }
      }
    }
    return articles.get(0);
  }

  /**
   * The outermost ancestor of the container whose markup names it the article's body ({@code
   * itemprop=articleBody}, a class or id such as {@code article-body}, {@code story__content},
   * {@code entry-content}) and that scores at least as well as the container, however far up it is:
   * an article split into many sections (a list of products, a slide show whose unclosed {@code
   * <div>}s nest each slide in the one before) or with its lead paragraph in a wrapper of its own
   * is taken whole. The container itself when there is none.
   */
  private static Element named(Element container, TreeStats stats) {
    int prose = stats.prose(container);
    double score = fullScore(container, stats);
    Element best = container;
    for (Element p = container.parent(); p != null; p = p.parent()) {
      if (namesBody(p)
          && !neverProse(p)
          && stats.prose(p) > prose
          && fullScore(p, stats) >= score) {
        best = p;
      }
    }
    return best;
  }

  private static boolean namesBody(Element e) {
    return "articleBody".equals(e.attr("itemprop")) || BODY_NAME.matcher(names(e)).find();
  }

  private static boolean isAncestor(Element a, Element b) {
    for (Element p = b.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * The container and those of its siblings that read like more of the same article (their own
   * score at least a fifth of the container's), in document order: articles split into sections or
   * interrupted by an ad slot are whole again.
   */
  private static List<Element> withSiblings(Element container, TreeStats stats) {
    Element parent = container.parent();
    if (parent == null) {
      return List.of(container);
    }
    double threshold = 0.2 * fullScore(container, stats);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == container
          || !neverProse(sibling)
              && stats.prose(sibling) > 0
              && fullScore(sibling, stats) >= threshold) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  /**
   * From the densest container up to the ancestors that add more prose than clutter: the article
   * whose paragraphs are wrapped one level deeper, or split by a figure, is taken whole.
   */
  private static Element climb(Element container, TreeStats stats) {
    Element best = container;
    double bestScore = fullScore(container, stats);
    int steps = 0;
    for (Element p = container.parent(); p != null && steps < CLIMB; p = p.parent(), steps++) {
      if (leavesLoneArticle(container, p)) {
        break;
      }
      double s = fullScore(p, stats);
      if (s > bestScore) {
        best = p;
        bestScore = s;
      }
    }
    return best;
  }

  /**
   * True when {@code p} is the parent of an {@code <article>} on the way up from the container and
   * that article has no {@code <article>} beside it: an article is a composition of its own, and
   * what lies around it (a live feed in the side column, a standfirst above, the next story's
   * teaser) is not its text. Among sibling articles (a feed of posts) the climb goes on, and {@link
   * #oneArticle} picks the headline's.
   */
  private static boolean leavesLoneArticle(Element container, Element p) {
    for (Element q = container; q != null && q != p; q = q.parent()) {
      if (q.normalName().equals("article") && q.parent() == p) {
        for (Element sib : p.children()) {
          if (sib != q && sib.normalName().equals("article")) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  private static double fullScore(Element e, TreeStats stats) {
    int prose = stats.prose(e);
    return prose - CLUTTER_WEIGHT * (stats.text(e) - prose);
  }

  private static double score(Element e, TreeStats stats) {
    int prose = stats.prose(e);
    return stats.localProse(e) - CLUTTER_WEIGHT * (stats.text(e) - prose);
  }

  /** The element with the best prose-minus-clutter score, or null when the page has no prose. */
  private static Element container(TreeStats stats) {
    Element best = null;
    double bestScore = 0;
    for (Element e : stats.elements) {
      int prose = stats.prose(e);
      if (prose == 0) {
        continue;
      }
      double score = score(e, stats);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName());
  }

  static boolean isDropped(Element e) {
    return DROP.contains(e.normalName()) || isHidden(e);
  }

  /**
   * Hidden by markup: the {@code hidden} attribute, an inline {@code display:none} or a utility
   * class that hides ({@link #hiddenByClass}); except the rest of a gated article, which sites ship
   * in the page and hide until the reader subscribes ({@code <div class="subscriber-only"
   * style="display:none">}): it is the article's text.
   */
  static boolean isHidden(Element e) {
    boolean hidden = e.hasAttr("hidden") || hiddenByClass(e);
    if (!hidden) {
      String style = e.attr("style");
      hidden =
          !style.isEmpty()
              && HIDDEN_STYLE.matcher(style.replace(" ", "").toLowerCase(Locale.ROOT)).find();
    }
    return hidden && !GATED.matcher(names(e)).find();
  }

  /** The utility classes of CSS frameworks that hide an element (Tailwind, Bootstrap, Bulma). */
  private static final Pattern HIDDEN_CLASS =
      Pattern.compile("(?:^|\\s)(?:hidden|d-none|is-hidden)(?:$|\\s)");

  /** A class that shows the element again from some screen width ({@code md:block}). */
  private static final Pattern SHOWN_AT =
      Pattern.compile(
          "(?:^|\\s)(?:[\\w-]+:(?:block|flex|grid|inline|inline-block|inline-flex|table|contents)"
              + "|d-\\w+-(?:block|flex|grid|inline|inline-block|table))(?:$|\\s)");

  /**
   * Hidden by a framework's utility class ({@code class="hidden"}, {@code d-none}) that no
   * responsive class undoes ({@code hidden md:block} shows on wide screens): a donation box's
   * variants, a second copy of a message for another audience.
   */
  private static boolean hiddenByClass(Element e) {
    String c = e.className();
    return !c.isEmpty()
        && (HIDDEN_CLASS.matcher(c).find() && !SHOWN_AT.matcher(c).find()
            || TOOLTIP.matcher(c).find());
  }

  /**
   * The body of a tooltip or popover, shown only while the pointer rests on the word it explains
   * ({@code <abbr>OSTA<span class="tooltip-content">Ottawa School Transportation
   * Authority</span></abbr>}): read inline, it runs into the sentence.
   */
  private static final Pattern TOOLTIP =
      Pattern.compile(
          "(?i)(?:^|\\s)(?:tooltip-?(?:content|text|inner|body)|popover-(?:content|body))(?:$|\\s)");

  /** Where a camel-case class name starts a new word ({@code imageCaption}). */
  private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  /**
   * The longer boilerplate words, looked for in camel-case names split into words ({@code
   * imageCaption}, {@code relatedStories}); the short ones ({@code ad}, {@code tag}, {@code nav})
   * would match too much there ({@code edTag}, {@code paragraphAd}).
   */
  private static final Pattern CAMEL_BOILERPLATE =
      Pattern.compile(
          "(?i)(?:^|[-_\\s])(?:captions?|credits?|related|recommended|comments?|share|sharing|social"
              + "|newsletter|subscribe|subscription|promo|promotion|advert|advertisement|sponsored"
              + "|breadcrumbs?|footer|sidebar|widget|popup|modal|byline|author|timestamp|toolbar"
              + "|pagination|trending|popular|readmore)(?:$|[-_\\s])");

  /**
   * An element's class and id, the names the patterns here are matched against. On a WordPress
   * post's element ({@code class="post type-post hentry category-politics tag-reu"}) the classes
   * that name the post's categories and tags are left out: they say what the post is about, not
   * that it is boilerplate ({@code tag-reu} is no tag list, {@code category-social-media} no share
   * bar).
   */
  private static String names(Element e) {
    String classes = e.className();
    if (WORDPRESS_POST.matcher(classes).find()) {
      classes = TAXONOMY_CLASS.matcher(classes).replaceAll(" ");
    }
    return classes + " " + e.id();
  }

  /** The classes WordPress gives a post's element ({@code post_class()}). */
  private static final Pattern WORDPRESS_POST =
      Pattern.compile("(?:^|\\s)(?:hentry|status-publish|type-post)(?:$|\\s)");

  private static final Pattern TAXONOMY_CLASS = Pattern.compile("(?:^|\\s)(?:tag|category)-\\S+");

  static boolean isBoilerplate(Element e) {
    String key = names(e);
    return key.length() > 1
            && (BOILERPLATE.matcher(key).find()
                || CAMEL_BOILERPLATE.matcher(CAMEL.matcher(key).replaceAll("-")).find())
        || "complementary".equals(e.attr("role"))
        || "navigation".equals(e.attr("role"));
  }

  private static final Pattern COMMENTS =
      Pattern.compile("(?i)(?:^|[-_\\s])(?:comments?|disqus)(?:$|[-_\\s])");

  /**
   * A section named for comments ({@code id=comment-box}, {@code class=disqus}) that holds no
   * {@code <h1>}: left out however much of the page it holds, unlike other boilerplate names, which
   * can be layout wrappers; a page wrapper named for its section ({@code tone-comment}) holds the
   * headline.
   */
  static boolean isComments(Element e) {
    return COMMENTS.matcher(names(e)).find() && e.selectFirst("h1") == null;
  }

  /**
   * An {@code <aside>} or an element marked {@code role=complementary} that holds no {@code <h1>}:
   * a sidebar by the markup's own account (a live news feed, a newsletter box), left out however
   * much of the page it holds.
   */
  static boolean isComplementary(Element e) {
    return (e.nameIs("aside") || "complementary".equalsIgnoreCase(e.attr("role")))
        && e.selectFirst("h1") == null;
  }

  static boolean neverProse(Element e) {
    return NEVER_PROSE_TAGS.contains(e.normalName()) || isBoilerplate(e);
  }
}
