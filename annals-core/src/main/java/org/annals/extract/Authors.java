package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Author names from a byline or metadata value: no "By", no dates, no e-mail or URL, no site or
 * agency name, no job titles and no "Staff". Several names are split on commas, "and", "&amp;" and
 * their equivalents in the languages Annals reads.
 */
final class Authors {
  private static final Pattern PREFIX =
      Pattern.compile(
          "(?iu)^\\s*(?:written\\s+by|reporting\\s+by|posted\\s+by|story\\s+by|words\\s+by|text\\s*:|texto\\s*:"
              + "|autor(?:in)?\\s*:|authors?\\s*:|byline\\s*:|by|von|por|par|di|door|av|от|автор\\s*:)\\s+");
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|\\||\\band\\b|&|\\bund\\b|\\by\\b|\\bet\\b|\\be\\b|\\bi\\b|\\bи\\b|\\bve\\b|/)\\s*",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?iu)\\d|@|https?:|www\\.|\\.com\\b|^(?:the\\s+)?(?:staff|staff\\s+writers?|staff\\s+reporter|editors?|editorial"
              + "(?:\\s+(?:staff|board|team))?|news\\s*desk|newsroom|correspondents?|reporters?|contributors?"
              + "|admin(?:istrator)?|redaktion|redacción|rédaction|agencies|agency|wire\\s+services?|updated"
              + "|published|posted|more|jr\\.?|sr\\.?|ph\\.?d\\.?|m\\.?d\\.?|inc\\.?)$");
  private static final Pattern ROLE_SUFFIX =
      Pattern.compile(
          "(?iu)\\s*(?:[-–—|(,]\\s*)?\\b(?:staff\\s+writer|staff\\s+reporter|senior\\s+\\w+\\s+(?:writer|reporter|editor|correspondent)"
              + "|(?:chief\\s+|foreign\\s+|political\\s+|white\\s+house\\s+|washington\\s+)?correspondent"
              + "|contributing\\s+writer|reporter|columnist|editor(?:-at-large)?|special\\s+to\\b).*$");
  private static final Pattern AGENCIES =
      Pattern.compile(
          "(?i)^(?:associated\\s+press|the\\s+associated\\s+press|ap|reuters|afp|agence\\s+france-presse|dpa|ansa|efe"
              + "|bloomberg|anadolu(?:\\s+agency)?|aa|xinhua|tass|ria\\s+novosti|pti|ians|upi|cnn|bbc(?:\\s+news)?"
              + "|al\\s+jazeera|kyodo|yonhap|bna|wam|spa|irna|mehr)$");

  private Authors() {}

  /** The names in {@code raw}, cleaned; {@code siteName} (may be null) is never taken as a name. */
  static List<String> clean(String raw, String siteName) {
    List<String> out = new ArrayList<>();
    if (raw == null) {
      return out;
    }
    String s = raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    s = PREFIX.matcher(s).replaceFirst("");
    for (String part : SPLIT.split(s)) {
      String name = cleanOne(part);
      if (name != null && !isSite(name, siteName) && out.stream().noneMatch(name::equalsIgnoreCase)) {
        out.add(name);
      }
    }
    return out;
  }

  private static String cleanOne(String part) {
    String p = PREFIX.matcher(part.strip()).replaceFirst("");
    p = ROLE_SUFFIX.matcher(p).replaceFirst("");
    p = p.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.]]+$|\\s+$", "").strip();
    if (p.isEmpty() || p.length() > 60 || NOT_A_NAME.matcher(p).find() || AGENCIES.matcher(p).matches()) {
      return null;
    }
    String[] words = p.split(" ");
    if (words.length > 5 || !Character.isLetter(p.codePointAt(0))) {
      return null;
    }
    if (p.equals(p.toLowerCase(Locale.ROOT)) && words.length > 1 && !p.matches(".*\\p{IsHan}.*")) {
      return null;
    }
    return p;
  }

  private static boolean isSite(String name, String siteName) {
    if (siteName == null) {
      return false;
    }
    String a = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    String b = siteName.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    return !a.isEmpty() && (a.equals(b) || b.contains(a) && a.length() > 3);
  }
}
