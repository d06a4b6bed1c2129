package org.annals.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Timestamp;

/**
 * The date grammar shared by every extractor: finds a calendar date, and a time and UTC offset
 * next to it, in free text such as {@code 08:46 | 04 July 2024}, {@code 04.07.2024}, {@code July
 * 4, 2024 8:46 AM}, {@code 2024-07-04T08:46:00+03:00}, {@code 4. Juli 2024, 10:30 Uhr} or {@code
 * 2024年7月4日}.
 *
 * <p>Rules, in order: ISO-8601 first; then a date with a month name (day-month-year or
 * month-day-year, in the languages of {@link MonthNames}); then numeric dates (year first; day
 * first with dots; with slashes month first, as in US usage, unless the first number is over 12);
 * then East Asian year-month-day. A time is taken from the same string outside the date; a zone
 * only when it is written after the time. Years outside 1990–2100 are rejected as noise.
 */
final class DateGrammar {
  private static final String DAY = "(?<d>[0-3]?\\d)";
  private static final String YEAR = "(?<y>(?:19|20)\\d\\d)";
  private static final String MON = "(?<mon>" + MonthNames.ALTERNATION + ")\\.?";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)"
              + "(?:[T ](?<h>[0-2]\\d):(?<mi>[0-5]\\d)(?::(?<s>[0-5]\\d)(?:[.,]\\d{1,9})?)?"
              + "\\s*(?<z>Z|[+-][01]\\d:?[0-5]\\d|[+-][01]\\d(?!\\d))?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])" + DAY + "(?:st|nd|rd|th|er|\\.|º)?\\s*(?:de\\s+|of\\s+|-)?" + MON
              + "(?:,?\\s*|\\s+de\\s+|-)" + YEAR + "(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])" + MON + "\\s+" + DAY + "(?:st|nd|rd|th)?(?:,\\s*|\\s+)" + YEAR
              + "(?!\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\d.])" + YEAR + "[/.](?<m>[01]?\\d)[/.](?<d>[0-3]?\\d)(?![\\d])");
  private static final Pattern DAY_DOT_MONTH =
      Pattern.compile(
          "(?<![\\d.])" + DAY + "\\.\\s?(?<m>[01]?\\d)\\.\\s?(?<y>(?:19|20)?\\d\\d)(?![\\d])");
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])(?<a>[0-3]?\\d)[/-](?<b>[0-3]?\\d)[/-]" + YEAR + "(?![\\d/])");
  private static final Pattern CJK =
      Pattern.compile(YEAR + "\\s*[年년]\\s*(?<m>[01]?\\d)\\s*[月월]\\s*(?<d>[0-3]?\\d)\\s*[日일]?");
  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:])(?<h>[0-2]?\\d)[:h](?<mi>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?![\\d])"
              + "\\s*(?<ap>[ap]\\.?\\s?m\\.?(?![\\p{L}]))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ZONE =
      Pattern.compile(
          "^\\s*\\(?(?<z>Z|[+-][01]\\d:?[0-5]\\d|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?"
              + "|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|EET|EEST|MSK|JST|KST|AEST|AEDT|TRT)\\b");

  /** Offsets of zone abbreviations that name one zone without doubt (IST and others do not). */
  private static final Map<String, ZoneOffset> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
          Map.entry("TRT", ZoneOffset.ofHours(3)), Map.entry("JST", ZoneOffset.ofHours(9)),
          Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
          Map.entry("AEDT", ZoneOffset.ofHours(11)));

  /** A date found in a text, with where it was. */
  record Found(Timestamp stamp, int start, int end) {}

  private DateGrammar() {}

  /** The first date in {@code text} with the time and offset written next to it, if any. */
  static Optional<Timestamp> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Optional<Found> iso = findIso(text, 0);
    if (iso.isPresent()) {
      return Optional.of(iso.get().stamp());
    }
    Optional<Found> date = firstDate(text);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = date.get().stamp().date();
    String rest = text.substring(0, date.get().start()) + " \u0000 " + text.substring(date.get().end());
    return Optional.of(withTime(day, rest));
  }

  /** Every date in {@code text} (no times), in order of position, for scanning page text. */
  static List<Found> findAll(String text) {
    List<Found> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    for (Pattern p : List.of(ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_FIRST, DAY_DOT_MONTH, SLASHED, CJK)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (taken[m.start()] || taken[m.end() - 1]) {
          continue;
        }
        Optional<LocalDate> d = p == ISO ? isoDate(m) : date(p, m);
        if (d.isPresent()) {
          out.add(new Found(Timestamp.ofDate(d.get()), m.start(), m.end()));
          for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
          }
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static Optional<Found> findIso(String text, int from) {
    Matcher m = ISO.matcher(text);
    while (m.find(from)) {
      Optional<LocalDate> d = isoDate(m);
      if (d.isPresent()) {
        return Optional.of(new Found(isoStamp(d.get(), m), m.start(), m.end()));
      }
      from = m.end();
    }
    return Optional.empty();
  }

  private static Optional<Found> firstDate(String text) {
    Found best = null;
    for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_FIRST, DAY_DOT_MONTH, SLASHED, CJK)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        Optional<LocalDate> d = date(p, m);
        if (d.isPresent()) {
          if (best == null || m.start() < best.start()) {
            best = new Found(Timestamp.ofDate(d.get()), m.start(), m.end());
          }
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<LocalDate> isoDate(Matcher m) {
    return day(num(m, "y"), num(m, "m"), num(m, "d"));
  }

  private static Timestamp isoStamp(LocalDate d, Matcher m) {
    if (m.group("h") == null) {
      return Timestamp.ofDate(d);
    }
    int h = num(m, "h");
    if (h > 23) {
      return Timestamp.ofDate(d);
    }
    LocalTime t = LocalTime.of(h, num(m, "mi"), m.group("s") == null ? 0 : num(m, "s"));
    ZoneOffset z = m.group("z") == null ? null : offset(m.group("z"));
    return new Timestamp(d, t, z);
  }

  private static Optional<LocalDate> date(Pattern p, Matcher m) {
    if (p == DAY_MONTH_YEAR || p == MONTH_DAY_YEAR) {
      Optional<Integer> mon = MonthNames.month(m.group("mon"));
      return mon.flatMap(mo -> day(num(m, "y"), mo, num(m, "d")));
    }
    if (p == SLASHED) {
      int a = num(m, "a");
      int b = num(m, "b");
      return a > 12 ? day(num(m, "y"), b, a) : day(num(m, "y"), a, b);
    }
    int y = num(m, "y");
    return day(y < 100 ? 2000 + y : y, num(m, "m"), num(m, "d"));
  }

  private static Timestamp withTime(LocalDate day, String rest) {
    Matcher t = TIME.matcher(rest);
    while (t.find()) {
      int h = num(t, "h");
      String ap = t.group("ap");
      if (ap != null) {
        boolean pm = Character.toLowerCase(ap.charAt(0)) == 'p';
        if (h < 1 || h > 12) {
          continue;
        }
        h = pm ? (h % 12) + 12 : h % 12;
      }
      if (h > 23) {
        continue;
      }
      LocalTime time = LocalTime.of(h, num(t, "mi"), t.group("s") == null ? 0 : num(t, "s"));
      Matcher z = ZONE.matcher(rest.substring(t.end()));
      ZoneOffset off = z.find() ? offset(z.group("z")) : null;
      return new Timestamp(day, time, off);
    }
    return Timestamp.ofDate(day);
  }

  /** The offset of a zone designator, or {@code null} when it does not name one offset. */
  static ZoneOffset offset(String z) {
    String s = z.replace(" ", "").toUpperCase(Locale.ROOT);
    if (s.equals("Z")) {
      return ZoneOffset.UTC;
    }
    ZoneOffset abbr = ABBREVIATIONS.get(s);
    if (abbr != null) {
      return abbr;
    }
    if (s.startsWith("GMT") || s.startsWith("UTC")) {
      s = s.substring(3);
    }
    try {
      if (s.matches("[+-]\\d{1,2}")) {
        return ZoneOffset.ofHours(Integer.parseInt(s));
      }
      if (s.matches("[+-]\\d{4}")) {
        return ZoneOffset.of(s.substring(0, 3) + ":" + s.substring(3));
      }
      return ZoneOffset.of(s);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Optional<LocalDate> day(int y, int m, int d) {
    if (y < 1990 || y > 2100) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
