package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Author names from a byline or metadata value: no "By", no dates or times, no e-mail or URL, no
 * job titles or degrees, no photo credits, no "Staff" or newsroom, and not the site's own name.
 * Several names are split on commas, semicolons, "and", "&amp;" and their equivalents in the
 * languages Annals reads (lower-case "y", "e", "i" only, so that "Robert E. Moffit" stays whole). A
 * wire agency named as the byline ("The Associated Press") is kept; an organisation named after a
 * person's name ("Jane Doe, Financial Times") is the person's affiliation and is dropped.
 */
final class Authors {
  private static final int MAX_RAW = 1_000;
  private static final Pattern PREFIX =
      Pattern.compile(
          "(?iu)^\\s*(?:(?:written|reported|reporting|posted|story|words|text|compiled|edited|produced|interview|created)\\s+by"
              + "|(?:eingestellt|gepostet|geschrieben|verfasst)\\s+von|publicado\\s+por|escrito\\s+por|publié\\s+par|écrit\\s+par"
              + "|text\\s*:|texto\\s*:|autor(?:in|es|a)?\\s*:?|auteur\\s*:?|authors?\\s*:?|byline\\s*:|redakteur(?:in)?\\s*:"
              + "|(?:ein\\s+|blog\\s+)?(?:artikel|beitrag|bericht|text|gastbeitrag)\\s+von|alle\\s+artikel\\s+von|mehr\\s+von"
              + "|(?:view\\s+)?all\\s+(?:posts|articles|stories)\\s+by|more\\s+(?:from|by)|articles\\s+by|posts\\s+by"
              + "|von|by|por|par|di|door|av|от|автор\\s*:|yazar\\s*:|from)[\\s:]+");
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:[,;|/·•&]|\\s(?:and|und|et|en|og|och|ve|ja|y|e|i|и)\\s)\\s*");
  private static final Pattern URLS_AND_MAIL =
      Pattern.compile("(?i)(?:https?://|www\\.)\\S*|\\S+@\\S+");

  /**
   * Contributors who are not authors: "Edited by", "Photos by", "Additional reporting by" and all
   * after.
   */
  private static final Pattern OTHER_ROLES =
      Pattern.compile(
          "(?iu)[\\s,;|]+(?:(?:edited|photos?|photographs|pictures|illustrations?|graphics|video|additional\\s+reporting|"
              + "fact-checked|reviewed|translated)\\s+by\\b|(?:published|updated|posted|veröffentlicht|aktualisiert|"
              + "publicado|publié|pubblicato)(?![\\p{L}])).*$");

  private static final Pattern AND_ANY_CASE = Pattern.compile("(?i)\\s(and|und|et)\\s");
  private static final Pattern DROP_PART =
      Pattern.compile(
          "(?iu)^(?:image|images|photo|photos|photograph|picture|foto|fotos|bild|credit|credits|video|illustration|graphic|"
              + "source|quelle|fuente|sponsored|advertisement|anzeige|updated|update|published|posted|aktualisiert|"
              + "veröffentlicht|mis à jour|read more|more|follow|contact|email|e-mail|twitter|facebook)\\b.*");
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?iu)\\d|@|https?:|www\\.|\\p{L}{2}\\.(?:com|net|org|de|in|co|uk|fr|es|it|ca|au|ch|at|nl|ru|info|news)\\b|\\b(?:staff|newsroom|news\\s*desk|desk|"
              + "editors?|editorial\\s+staff|redaktion|redazione|redacción|rédaction|redação|redakcja|редакция|"
              + "admin|administrator|webmaster|contributors?|correspondents?|guest\\s+author|anonymous|unknown|"
              + "agencies|wire\\s+services?)\\b|[\"“”«»<>{}=]");
  private static final Pattern ROLE_SUFFIX =
      Pattern.compile(
          "(?iu)\\s*(?:[-–—|(,]\\s*)?\\b(?:staff\\s+writer|staff\\s+reporter|senior\\s+\\w+\\s+(?:writer|reporter|editor|correspondent)"
              + "|(?:chief\\s+|foreign\\s+|political\\s+|white\\s+house\\s+|washington\\s+|senior\\s+)?correspondent"
              + "|contributing\\s+\\w+|reporter|columnist|(?:managing\\s+|deputy\\s+|executive\\s+)?editor(?:-at-large)?"
              + "|special\\s+to\\b|chief\\s+\\w+\\s+officer|head\\s+of\\b|writer|journalist|redakteur(?:in)?|journalistin|"
              + "for\\s+the\\b|in\\s+[A-Z]\\w+$).*$");
  private static final Pattern CREDENTIALS =
      Pattern.compile(
          "(?:\\s*,?\\s+(?:MS|MA|MD|PhD|Ph\\.D\\.?|RDN|RD|LD|CPT|MPH|RN|JD|MBA|CFA|CFP|CPA|BSc|MSc|DVM|PharmD|FACS|LCSW|NASM)\\.?)+$");
  private static final Pattern AGENCY =
      Pattern.compile(
          "(?i)\\s*(?:the\\s+)?(?:associated\\s+press|reuters|agence\\s+france-presse|afp|dpa|ap|efe|ansa|anadolu(?:\\s+agency)?"
              + "|xinhua|kyodo|yonhap|bloomberg|upi|pti|ians|tass|ria\\s+novosti)$");
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
          "report",
          "journal",
          "news",
          "times",
          "press",
          "post",
          "tribune",
          "magazine",
          "media",
          "network",
          "institute",
          "university",
          "school",
          "board",
          "team",
          "group",
          "inc",
          "ltd",
          "llc",
          "agency",
          "service",
          "foundation",
          "association",
          "society",
          "bureau",
          "daily",
          "weekly",
          "herald",
          "gazette",
          "courier",
          "review",
          "radio",
          "tv",
          "channel",
          "company",
          "corporation",
          "council",
          "ministry",
          "department",
          "zeitung",
          "verlag",
          "brandroom",
          "studio",
          "studios",
          "wbez",
          "npr",
          "bbc",
          "cnn",
          "financial");

  /** Labels that bylines print where a name would be. */
  private static final Set<String> LABELS =
      Set.of(
          "publisher",
          "text",
          "author",
          "authors",
          "autor",
          "autorin",
          "autoren",
          "verfasser",
          "auteur",
          "by",
          "written",
          "posted",
          "published",
          "profile",
          "bio",
          "about",
          "writer",
          "name",
          "redaktion");

  /**
   * Lower-case words that belong in names ("Michiel de Jong", "Ludwig van Beethoven", "der
   * Michel").
   */
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
          "ter", "te", "la", "le", "el", "al", "bin", "ibn", "y", "e", "zu", "af", "av", "ben",
          "st.", "mc", "of", "for", "the");

  private Authors() {}

  /** The names in {@code raw}, cleaned; {@code siteName} (may be null) is never taken as a name. */
  static List<String> clean(String raw, String siteName) {
    List<String> out = new ArrayList<>();
    if (raw == null || raw.isBlank() || raw.length() > MAX_RAW) {
      return out;
    }
    String u =
        raw.indexOf('&') >= 0 && raw.indexOf(';') > 0
            ? org.jsoup.parser.Parser.unescapeEntities(raw, false)
            : raw;
    String s = Text.squash(u.replace('\u00a0', ' '));
    s = URLS_AND_MAIL.matcher(s).replaceAll(" ").strip();
    s = PREFIX.matcher(s).replaceFirst("");
    s = withoutDate(s);
    s = OTHER_ROLES.matcher(s).replaceFirst("");
    s = s.replaceAll("\\([^)]{0,40}\\)", " ").replaceAll("\\s+", " ").strip();
    List<String> parts = new ArrayList<>();
    for (String part : SPLIT.split(AND_ANY_CASE.matcher(s).replaceAll(", "))) {
      if (DROP_PART.matcher(part.strip()).matches()) {
        break;
      }
      parts.add(part);
    }
    List<String> people = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    for (String part : parts) {
      String name = cleanOne(part);
      if (name == null || isSite(name, siteName) || out.stream().anyMatch(name::equalsIgnoreCase)) {
        continue;
      }
      (organisation(name) ? organisations : people).add(name);
      out.add(name);
    }
    return people.isEmpty() ? organisations : people;
  }

  /** The byline up to the first date in it ("By Jane Doe March 25, 2015 3:46 PM"). */
  private static String withoutDate(String s) {
    List<DateGrammar.Found> dates = DateGrammar.findAll(s, DateGrammar.Order.MONTH_FIRST, 1);
    if (dates.isEmpty() || dates.get(0).start() == 0) {
      return s;
    }
    String before = s.substring(0, dates.get(0).start());
    return before.replaceAll(
        "(?iu)[\\s,|·•–—-]*(?:(?:on|am|le|el|updated|published|posted)\\s*)?(?:\\p{L}+day,?\\s*)?$",
        "");
  }

  private static String cleanOne(String part) {
    String p = PREFIX.matcher(part.strip()).replaceFirst("");
    p = ROLE_SUFFIX.matcher(p).replaceFirst("");
    p = CREDENTIALS.matcher(p).replaceFirst("");
    p = p.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$", "").strip();
    if (!AGENCY.matcher(p).matches()) {
      String withoutAgency = AGENCY.matcher(p).replaceFirst("").strip();
      p = withoutAgency.isEmpty() ? p : withoutAgency;
    }
    if (LABELS.contains(p.toLowerCase(Locale.ROOT))
        || p.length() < 3 && p.codePoints().allMatch(c -> c < 0x2E80)) {
      return null;
    }
    if (p.length() < 2
        || p.length() > 60
        || NOT_A_NAME.matcher(p).find()
        || CREDENTIALS.matcher(" " + p).matches()) {
      return null;
    }
    String[] words = p.split(" ");
    if (words.length > 6 || !Character.isLetter(p.codePointAt(0))) {
      return null;
    }
    if (words.length > 1) {
      for (String w : words) {
        if (Character.isLowerCase(w.codePointAt(0)) && !PARTICLES.contains(w)) {
          return null;
        }
      }
    }
    return words.length > 1 && shouted(p) && !organisation(p) ? titleCase(p) : p;
  }

  /** True when every cased letter of {@code name} is a capital ("HEATHER HOLLINGSWORTH"). */
  private static boolean shouted(String name) {
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      upper |= Character.isUpperCase(c);
    }
    return upper;
  }

  /**
   * A name set in capitals by a byline's style, as it is written: each part capitalised after a
   * space, hyphen or apostrophe ("JEAN-PAUL O'NEIL" → "Jean-Paul O'Neil"), so one writer is one
   * name however a site styles its bylines. Names such as "McDonald" come out "Mcdonald": the
   * capitals do not say where the inner capital was.
   */
  private static String titleCase(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean start = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      b.append(start ? c : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return b.toString();
  }

  /** True when {@code name} names an agency or other organisation rather than a person. */
  static boolean organisation(String name) {
    if (AGENCY.matcher(name).matches() || name.startsWith("The ") || name.startsWith("THE ")) {
      return true;
    }
    for (String w : name.toLowerCase(Locale.ROOT).split("[\\s.-]+")) {
      if (ORGANISATION_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSite(String name, String siteName) {
    if (siteName == null) {
      return false;
    }
    String a = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String b = siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return !a.isEmpty()
        && (a.equals(b) || b.contains(a) && a.length() > 3 && 2 * a.length() >= b.length());
  }
}
