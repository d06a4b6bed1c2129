package org.annals.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The second look at the container's blocks, in context, after the manner of jusText: each block is
 * first classed on its own (good prose, bad boilerplate, short, near-good), then short and
 * near-good blocks take the class of their neighbours — a short line between two paragraphs of
 * prose is part of the article, the same line among share buttons is not. Headings are kept when
 * prose follows them.
 */
final class Blocks {
  /** What a block is, by the element that holds its text. */
  enum Kind {
    HEADING,
    ITEM,
    CELL,
    QUOTE,
    PRE,
    PARAGRAPH,
    OTHER
  }

  /**
   * One block of the container: its text, kind, how much of it is link text, for a list item the
   * number of its list among the container's lists (-1 for any other block), the number of the
   * element that holds it (blocks with one {@code parent} are siblings; -1 when unknown), and
   * whether it is a teaser's summary under another story's linked title ({@link TreeStats#teaser}):
   * such a block is never long prose, so a row of teasers after the article cannot draw the
   * article's end down to them.
   */
  record Block(String text, Kind kind, int linkChars, int list, int parent, boolean teaser) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  private enum Cls {
    GOOD,
    BAD,
    SHORT,
    NEAR
  }

  private static final int GOOD_LENGTH = 80;
  private static final int SHORT_LENGTH = 30;
  private static final int UNLINKED_CLAUSE = 40;

  /** A heading that is this much link is a title: a subheading, or another page's. */
  private static final double LINKED_TITLE = 0.8;

  /**
   * The names of a site's legal pages: boilerplate as a line of their own or as "our …", news in
   * "the company changed its privacy policy".
   */
  private static final String POLICY_NAMES =
      "(?:cookies? (?:policy|settings)|terms of (?:use|service)|privacy (?:policy|notice))";

  private static final Pattern BOILERPLATE_PHRASE =
      Pattern.compile(
          "(?iu)^(?:advertisement|advertising|anzeige|werbung|publicité|publicidad|sponsored|ad)$"
              + "|^(?:share|share this|share on|tweet|email|print|comments?|reply|follow|subscribe|sign up|sign in|log in"
              + "|register|read more|read next|see it!?|see more|view deal|shop now|click here|skip to|more from|related"
              + "|most popular|trending|recommended|teilen|drucken|mehr zum thema|lesen sie auch|auch interessant"
              + "|weiterlesen|zum thema|newsletter|abonnieren|anmelden|veja também|leia também|leia mais|voir aussi"
              + "|lire aussi|à lire aussi|lee también|lea también|ver también|vea también|leggi anche|zie ook"
              + "|lees ook)\\b.{0,60}$"
              + "|^(?:©|\\(c\\)|copyright\\b|all rights reserved)"
              + "|^(?:exclusive)?(?:read more|see more|more|related|read also|also read|read next|next read this"
              + "|read this next|see also|watch|listen)\\s*:"
              + "|^(?:like this|filed under|posted in|tagged(?: with)?|categories|category|tags|topics)\\s*:"
              + "|\\b(?:all rights reserved|alle rechte vorbehalten|by using this site, you consent|we may receive compensation"
              + "|affiliate (?:links?|partnerships?|commission)|sign up for .{0,40}newsletters?"
              + "|subscribe to (?:our|the) .{0,40}newsletters?|can be reached at \\S+@|contact \\S+(?: \\S+){0,2} at \\S+@"
              + "|(?:follow|find) (?:him|her|them|us) on (?:twitter|x|instagram|facebook|threads|bluesky|linkedin)"
              + "|(?:our|your)\\b.{0,30}\\b"
              + POLICY_NAMES
              + "|(?:agree|consent) to .{0,40}\\b(?:terms|privacy)|this article (?:is|was) (?:more than|over)"
              + "|free articles? left|already a subscriber|unlimited access|enable javascript"
              + "|(?:was|is) this (?:article|page|story|post|information) (?:helpful|useful)"
              + "|did you find this (?:article|page|story|post) (?:helpful|useful)"
              + "|(?:war|ist) (?:der|dieser|die|diese) (?:artikel|beitrag|seite|text) (?:nützlich|hilfreich)"
              + "|we want to hear (?:what you think|from you)|(?:if you )?enjoyed (?:reading )?this (?:blog )?(?:post|article|story)"
              + "|click the button below to load|klicken sie auf den (?:unteren )?button"
              + "|(?:artikel|beitrag) teilen|gefällt (?:dir|ihnen) (?:dieser|diese|dieses|unser|unsere|der|die|das)\\b"
              + "|(?:did|do) you (?:enjoy|like) this (?:article|post|story)"
              + "|you must be logged in to|(?:log|sign) in to (?:comment|reply|post a comment|leave a comment|join the discussion)"
              + "|sie müssen sich (?:einloggen|anmelden)|sie müssen (?:eingeloggt|angemeldet) sein"
              + "|this content can also be viewed on the site it originates from|swipe to scroll horizontally"
              + "|enjoy more audio and podcasts on|this live blog has ended|you[’']re reading the .{0,40}newsletter"
              + "|consider becoming a sponsor|we hope you love (?:our|the) (?:products|recommendations)"
              + "|independently selects? (?:all )?(?:products|these products)|a version of this article appears in print"
              + "|comments on this (?:piece|article|story) are (?:pre-?)?moderated|in my bookmarks"
              + "|^\\W*follow (?:me|us|\\p{Lu}[\\p{L}.’' -]{0,60}) on (?:twitter|x|instagram|facebook|threads|bluesky|linkedin|tiktok|snapchat|youtube)"
              + "|unlock a world of benefits|follow your favou?rites to get|for more .{0,80} coverage, visit"
              + "|if you make a purchase (?:by clicking|through)|the opinions expressed (?:here|in this (?:article|piece|column)) are"
              + "|for informational purposes only|may be reached at \\S+@|^contact .{0,60}\\S+@"
              + "|(?:article|story) continues|continue reading|continues below|weiter nach der anzeige"
              + "|artikel wird unter der anzeige fortgesetzt|ad ?blocker|adblock|html5 video|video capable browser"
              + "|you can't access this content|save articles for later|add articles to your saved list|^loading\\W*$"
              + "|get (?:it|them) delivered|delivered (?:right )?to your inbox"
              + "|listen and subscribe|subscribe wherever you"
              + "|support (?:our|independent|quality) (?:journalism|newsroom|reporting)|contribut\\w* (?:of )?as little as"
              + "|keep (?:our|the) (?:news|journalism|stories|reporting) free|jetzt abonnieren|unterstützen sie (?:unseren|unabhängigen) journalismus"
              + "|unterstütze (?:unsere arbeit|unseren journalismus)|unterstützen sie unsere arbeit)\\b"
              + "|^\\W*(?:table of contents|contents|inhaltsverzeichnis|sommaire|índice|indice|inhoud)\\W*$"
              + "|^\\W*"
              + POLICY_NAMES
              + "\\W*$"
              + "|^(?:photo|image|picture|foto|bild|credit|source|quelle|fonte|fuente)\\s*:.{0,100}$"
              + "|\\b(?:credit|photo|image|foto|bild)\\s*:\\s*[^.]{1,80}\\.?$"
              + "|[|/]\\s*(?:©|\\(c\\)|foto:|photo:)\\s*[^.!?|]{1,80}$"
              + "|^[^.!?]{0,80}/\\s*(?:getty images|afp|ap|ap photo|reuters|shutterstock|istock(?:photo)?"
              + "|epa(?:-efe)?|dpa|picture[- ]alliance|imago(?: images)?|alamy|xinhua)\\W*$");

  /**
   * A sentence that tells the reader to sign up or click ("Sign up here.", "Not a member yet? Click
   * here to …"): only where a sentence (or a clause after a colon or dash) starts, so that
   * "thousands rushed to sign up for free coverage" and "recipients were urged to click here to
   * verify" stay.
   */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?iu)(?:^|[.!?…:–—-][\"”’')]*\\s+)[\"“'‘*]*(?:please\\s+)?(?:sign up (?:here|now|today)|sign up for (?:it|my|free"
              + "|our|the|notifications|alerts)|sign up to (?:get|receive)|subscribe (?:today|now)|click here to"
              + "|get alerts (?:on|about|for)|become a (?:member|subscriber|supporter)"
              + "|make a (?:donation|contribution))\\b");

  /**
   * The legal notices that no article sentence carries, looked for in longer blocks too (a site's
   * affiliate and user-agreement notice runs to 400 characters).
   */
  private static final Pattern LEGAL =
      Pattern.compile(
          "(?iu)\\b(?:we may (?:receive|earn|make) (?:compensation|a commission|money)"
              + "|(?:do|does) not own shares in any (?:of the )?securities mentioned|partner-links"
              + "|by using this site,? you"
              + " (?:consent|agree)|this material may not be published, broadcast, rewritten"
              + "|all rights reserved|alle rechte vorbehalten|tous droits réservés"
              + "|todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati"
              + "|alle rechten voorbehouden|wszelkie prawa zastrzeżone|sva prava zadržana"
              + "|все права защищены|всички права запазени)\\b");

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?iu:" + Bylines.BY + "|from|text|texto|fotos?|photos?)\\s*:?\\s+\\p{Lu}.{0,80}$");

  /**
   * A writer's note about themselves ("Jane Doe is a senior reporter for the Courier-Post…"): a
   * name of one to four capitalised words (not a pronoun: "She is a former reporter who…" is the
   * story's), then what kind of writer they are and where or what else ("at", "for", "and", a
   * comma).
   */
  private static final Pattern BIO =
      Pattern.compile(
          "^(?!(?:He|She|It|This|That|There|They|Who|Here)\\s)"
              + "(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}\\p{Lu}[\\p{L}’'-]+\\s+is\\s+(?:an?|the)\\s+(?:[\\p{L}-]+,?\\s+){0,4}"
              + "(?iu:writer|reporter|journalist|editor|correspondent|contributor|columnist|freelancer"
              + "|intern)(?:\\s+(?:at|for|with|and|in|on|based|who|whose|covering)\\b|,)");

  private static final int BIO_LENGTH = 400;

  /**
   * How much text must follow a heading after the article's last long paragraph for the heading and
   * its text to be kept (a closing section, not a newsletter box's one line).
   */
  private static final int SECTION_LENGTH = 160;

  /** A short sentence of two words or more ("Viel Glück!", "The best comes now:"). */
  private static final Pattern SHORT_SENTENCE = Pattern.compile("\\p{L}+(?:\\s+\\S+)+[.!?:]");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？:\"”’»)]$");

  /**
   * A letter, a digit, an underscore or a symbol such as ✅: a block with none ("* * *", "“„",
   * "[…]", "––––") is a rule or stray punctuation, not text. It still ends the walk along the
   * article's edges, as it did, but is never part of the output. A line of underscores ("___",
   * which wire stories set before a contributor's line) stays: the gold sets keep it as text.
   */
  private static final Pattern WORDS = Pattern.compile("[\\p{L}\\p{N}\\p{So}_]");

  private Blocks() {}

  /**
   * The blocks to keep, in order: between the first and the last good block everything that is not
   * plainly boilerplate; before and after them only a contiguous run of sentence-like blocks (a
   * lead-in, a closing line), so kickers, bylines, dates and trailing prompts fall away.
   */
  static List<String> keep(List<Block> blocks) {
    int n = blocks.size();
    Cls[] c = new Cls[n];
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      c[i] = classify(blocks.get(i));
    }
    linkedItemsOfProseLists(blocks, c);
    runsOfLinkedTitles(blocks, c);
    for (int i = 0; i < n; i++) {
      if (c[i] == Cls.GOOD) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    last = dropTrailingBios(blocks, c, first, last);
    last = dropAfterRelatedHeading(blocks, c, first, last);
    boolean[] keep = new boolean[n];
    if (first < 0) {
      promoteSentences(blocks, c);
      return keepGoodOnly(blocks, c);
    }
    for (int i = first; i <= last; i++) {
      keep[i] = c[i] != Cls.BAD;
    }
    extendEdge(blocks, c, keep, first - 1, -1);
    extendEdge(blocks, c, keep, last + 1, +1);
    dropChartLabels(blocks, keep);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (keep[i] && WORDS.matcher(blocks.get(i).text()).find()) {
        out.add(blocks.get(i).text());
      }
    }
    return out;
  }

  /**
   * Headings that are links, one right after another ("Keep reading": four headlines of other
   * stories set in the article), are other stories' titles. A linked heading with text under it is
   * a section of the article (an anchor to itself, a listed bar's name linking to its site).
   */
  private static void runsOfLinkedTitles(List<Block> blocks, Cls[] c) {
    for (int i = 0; i < c.length; i++) {
      if (linkedTitle(blocks.get(i))
          && (i > 0 && linkedTitle(blocks.get(i - 1))
              || i + 1 < c.length && linkedTitle(blocks.get(i + 1)))) {
        c[i] = Cls.BAD;
      }
    }
  }

  private static boolean linkedTitle(Block b) {
    return b.kind() == Kind.HEADING && b.linkDensity() > LINKED_TITLE;
  }

  /** The fewest items a list needs before its other items can vouch for a linked one. */
  private static final int PROSE_LIST = 3;

  /**
   * A list item left out only for its links ("<a>The UK must stay in the EU</a> to have influence
   * on the world stage", a changelog line naming the bug it fixed) is judged by its neighbours when
   * most items of its list are text rather than links: a list of points or changes, not of other
   * stories.
   */
  private static void linkedItemsOfProseLists(List<Block> blocks, Cls[] c) {
    Map<Integer, int[]> lists = new HashMap<>();
    for (int i = 0; i < c.length; i++) {
      Block b = blocks.get(i);
      if (b.list() >= 0) {
        int[] counts = lists.computeIfAbsent(b.list(), k -> new int[2]);
        counts[0]++;
        counts[1] += c[i] != Cls.BAD ? 1 : 0;
      }
    }
    for (int i = 0; i < c.length; i++) {
      Block b = blocks.get(i);
      if (c[i] == Cls.BAD && b.list() >= 0 && onlyForLinks(b)) {
        int[] counts = lists.get(b.list());
        if (counts[0] >= PROSE_LIST && counts[1] * 2 > counts[0]) {
          c[i] = Cls.NEAR;
        }
      }
    }
  }

  /** True when {@code b} is left out for its links alone, not for what it says. */
  private static boolean onlyForLinks(Block b) {
    String t = b.text();
    int len = TreeStats.weighted(t);
    return b.linkDensity() > 0.3 && len >= SHORT_LENGTH && !saysBoilerplate(t) && !isByline(t, len);
  }

  /** A prompt, a call to action or a legal line, by its words. */
  private static boolean saysBoilerplate(String t) {
    return t.length() < 300
            && (BOILERPLATE_PHRASE.matcher(t).find() || CALL_TO_ACTION.matcher(t).find())
        || t.length() < 600 && LEGAL.matcher(t).find();
  }

  /** A short line that is a byline or little more than a date. */
  private static boolean isByline(String t, int len) {
    return len < 120 && (BYLINE.matcher(t).matches() || mostlyDate(t));
  }

  /**
   * The writers' notes that close an article are not its text, nor is anything after them (a second
   * paragraph of the note, an e-mail address): when the last long paragraphs are such notes, they
   * and all that follows are boilerplate. A sentence of that shape followed by another long
   * paragraph (a story about a reporter) stays. Returns the new last good block.
   */
  private static int dropTrailingBios(List<Block> blocks, Cls[] c, int first, int last) {
    int newLast = last;
    while (newLast > first && isBio(blocks.get(newLast))) {
      newLast = cutFrom(c, newLast, first);
    }
    return newLast;
  }

  /**
   * Marks block {@code i} and all after it boilerplate; returns the last good block before {@code
   * i}, {@code first} at the least.
   */
  private static int cutFrom(Cls[] c, int i, int first) {
    Arrays.fill(c, i, c.length, Cls.BAD);
    int last = i - 1;
    while (last > first && c[last] != Cls.GOOD) {
      last--;
    }
    return last;
  }

  /** The shortest run of tiny blocks that is a chart's labels rather than text. */
  private static final int CHART_RUN = 6;

  private static final int LABEL_LENGTH = 16;

  /**
   * A run of six or more tiny blocks that are neither list items nor table cells ("$915",
   * "billion", "’17", "’18" …) is a chart drawn in HTML, its axis labels and values: not text.
   */
  private static void dropChartLabels(List<Block> blocks, boolean[] keep) {
    int start = -1;
    for (int i = 0; i <= blocks.size(); i++) {
      boolean label =
          i < blocks.size()
              && keep[i]
              && blocks.get(i).text().length() < LABEL_LENGTH
              && (blocks.get(i).kind() == Kind.PARAGRAPH || blocks.get(i).kind() == Kind.OTHER);
      if (label && start < 0) {
        start = i;
      } else if (!label && start >= 0) {
        if (i - start >= CHART_RUN) {
          Arrays.fill(keep, start, i, false);
        }
        start = -1;
      }
    }
  }

  /**
   * A heading that opens a box of other stories ("Editors' Recommendations", "Related articles",
   * "You may also like") after the first third of the article's text ends it: the teasers after it
   * read like prose, but they are other articles. Returns the new last good block.
   */
  private static int dropAfterRelatedHeading(List<Block> blocks, Cls[] c, int first, int last) {
    if (first < 0) {
      return last;
    }
    int total = 0;
    for (int i = first; i <= last; i++) {
      total += blocks.get(i).text().length();
    }
    int seen = 0;
    for (int i = first; i <= last; i++) {
      Block b = blocks.get(i);
      if (seen * 3 >= total
          && b.kind() == Kind.HEADING
          && RELATED_HEADING.matcher(b.text()).matches()
          && !proseFollows(blocks, c, i)) {
        return cutFrom(c, i, first);
      }
      seen += b.text().length();
    }
    return last;
  }

  /** How many paragraphs of prose after a related-stories heading show the article goes on. */
  private static final int GOES_ON = 3;

  /**
   * True when the blocks right after heading {@code i} are paragraphs of prose that are siblings of
   * the article's paragraph before it, as when a "Related news" box set inside the article holds
   * only links (left out) and the article resumes below it. A box's teasers sit in their own
   * wrappers or list items.
   */
  private static boolean proseFollows(List<Block> blocks, Cls[] c, int i) {
    int before = i - 1;
    while (before >= 0 && c[before] != Cls.GOOD) {
      before--;
    }
    if (before < 0 || i + GOES_ON >= blocks.size() || blocks.get(before).parent() < 0) {
      return false;
    }
    for (int j = i + 1; j <= i + GOES_ON; j++) {
      Block b = blocks.get(j);
      if (c[j] != Cls.GOOD
          || b.kind() != Kind.PARAGRAPH
          || b.parent() != blocks.get(before).parent()) {
        return false;
      }
    }
    return true;
  }

  /** Headings of boxes of other stories. */
  private static final Pattern RELATED_HEADING =
      Pattern.compile(
          "(?iu)\\W*(?:editors?[’']? (?:recommendations|picks)|recommended (?:for you|reading|stories|articles)"
              + "|related(?: (?:stories|articles|posts|coverage|content|reading|news))?|you (?:may|might) also like"
              + "|more (?:stories|articles|news) (?:from|like this|on)\\b.*|read next|most (?:popular|read)"
              + "|more to explore|other (?:\\p{L}+ )?(?:columns|stories|articles|posts)"
              + "|(?:mehr|weitere) (?:zum thema|artikel|beiträge)|das könnte (?:dich|sie) auch interessieren"
              + "|(?:diese|weitere|folgende) (?:artikel|beiträge|themen) könnten (?:dich|sie) (?:auch )?interessieren"
              + "|(?:how to )?cite this (?:article|page|story|post)|pour citer cet article|aller plus loin|(?:à )?lire aussi"
              + "|sur le même sujet|lee también|te puede interesar|leggi anche|potrebbe interessarti)\\W*");

  private static boolean isBio(Block b) {
    return b.text().length() < BIO_LENGTH && BIO.matcher(b.text()).find();
  }

  /** A short article (one or two sentences) has no long block: its sentences are its body. */
  private static void promoteSentences(List<Block> blocks, Cls[] c) {
    for (int i = 0; i < c.length; i++) {
      if (c[i] == Cls.NEAR && SENTENCE_END.matcher(blocks.get(i).text()).find()) {
        c[i] = Cls.GOOD;
      }
    }
  }

  private static List<String> keepGoodOnly(List<Block> blocks, Cls[] c) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == Cls.GOOD) {
        out.add(blocks.get(i).text());
      }
    }
    return out;
  }

  /**
   * Walks outward from the run of good blocks keeping sentence-like blocks; a single block of
   * boilerplate (an ad slot) is stepped over, anything else ends the walk. After the article, a
   * list or code block introduced by a line ending in a colon ("The winners were:") is kept with
   * its items, and headings are kept with what follows them once that is a section's worth of text
   * ({@link #SECTION_LENGTH}), so a closing "Conclusion" stays and a newsletter box's heading and
   * one line do not. Under such a heading, list items without links count as its text ("Past
   * winners": "2023: Pat Noonan – FC Cincinnati", …) and the rest of their list is kept with them;
   * a heading over a list of links (other stories, tags) is not.
   */
  private static void extendEdge(List<Block> blocks, Cls[] c, boolean[] keep, int from, int step) {
    int bad = 0;
    boolean list = false;
    int heading = -1;
    int section = 0;
    int plainList = -1;
    for (int i = from; i >= 0 && i < blocks.size(); i += step) {
      Block b = blocks.get(i);
      boolean plainItem =
          step > 0
              && b.kind() == Kind.ITEM
              && b.linkChars() == 0
              && (heading >= 0 || b.list() >= 0 && b.list() == plainList);
      if (c[i] == Cls.BAD) {
        if (++bad > 1 || heading >= 0) {
          return;
        }
      } else if (edgeKeeps(b, c[i], step < 0 && i == from)
          || step > 0 && list && (b.kind() == Kind.ITEM || b.kind() == Kind.PRE) && !isBio(b)
          || plainItem && !isBio(b)) {
        plainList = plainItem ? b.list() : plainList;
        list = b.text().endsWith(":") || list && b.kind() != Kind.PARAGRAPH;
        bad = 0;
        if (heading < 0) {
          keep[i] = true;
          continue;
        }
        section += b.text().length();
        if (section >= SECTION_LENGTH) {
          Arrays.fill(keep, heading, i + 1, true);
          heading = -1;
          section = 0;
        }
      } else if (step > 0 && b.kind() == Kind.HEADING && c[i] == Cls.SHORT) {
        heading = heading < 0 ? i : heading;
        list = false;
      } else {
        return;
      }
    }
  }

  /** Outside the run of good blocks: a sentence, or a heading right before the first one. */
  private static boolean edgeKeeps(Block b, Cls c, boolean rightBeforeFirst) {
    if (c == Cls.BAD || isBio(b)) {
      return false;
    }
    if (b.kind() == Kind.HEADING) {
      return rightBeforeFirst;
    }
    return c == Cls.NEAR && SENTENCE_END.matcher(b.text()).find()
        || c == Cls.SHORT
            && b.kind() == Kind.PARAGRAPH
            && SHORT_SENTENCE.matcher(b.text()).matches();
  }

  /**
   * The blocks of a standfirst that read as article prose: sentences, not a byline, a date or a
   * link; a block the markup names a standfirst ({@code named}) may lack its full stop.
   */
  static List<String> lead(List<Block> blocks, boolean named) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      Cls c = classify(b);
      int len = TreeStats.weighted(b.text());
      if ((c == Cls.GOOD
              || (c == Cls.NEAR || b.kind() == Kind.HEADING && c == Cls.SHORT)
                  && len >= (named ? 40 : 60))
          && b.linkDensity() < 0.2
          && !isBio(b)
          && (named || SENTENCE_END.matcher(b.text()).find())) {
        out.add(b.text());
      }
    }
    return out;
  }

  private static Cls classify(Block b) {
    String t = b.text();
    int len = TreeStats.weighted(t);
    if (saysBoilerplate(t)) {
      return Cls.BAD;
    }
    boolean linkDense = b.linkDensity() > 0.5 || b.linkDensity() > 0.3 && len < GOOD_LENGTH;
    if (linkDense && b.kind() != Kind.HEADING && b.kind() != Kind.CELL) {
      return linkedProse(b, len) ? Cls.NEAR : Cls.BAD;
    }
    if (isByline(t, len)) {
      return Cls.BAD;
    }
    if (b.kind() == Kind.HEADING) {
      return Cls.SHORT;
    }
    if (len >= GOOD_LENGTH) {
      return b.teaser() ? Cls.NEAR : Cls.GOOD;
    }
    return len < SHORT_LENGTH ? Cls.SHORT : Cls.NEAR;
  }

  /**
   * A paragraph or list item of sentences that links much of what it says (a writer who links the
   * reports a sentence sums up), with a clause's worth of words outside its links: not a link list
   * nor a labelled teaser ("REQUIRED READING: …"), so its neighbours decide, as for any middling
   * block.
   */
  private static boolean linkedProse(Block b, int len) {
    return (b.kind() == Kind.PARAGRAPH || b.kind() == Kind.ITEM)
        && len >= GOOD_LENGTH
        && b.text().length() - b.linkChars() >= UNLINKED_CLAUSE
        && SENTENCE_END.matcher(b.text()).find();
  }

  /** True for a line that is little more than a date ("Updated Dec. 22, 2023 11:48 a.m. ET"). */
  private static boolean mostlyDate(String t) {
    List<DateGrammar.Found> dates = DateGrammar.findAll(t);
    if (dates.isEmpty()) {
      return false;
    }
    int covered = 0;
    for (DateGrammar.Found f : dates) {
      covered += f.end() - f.start();
    }
    String rest = t.replaceAll("[\\d\\s:.,/|·•–-]", "");
    return covered * 3 >= t.length() || rest.length() < 30;
  }
}
