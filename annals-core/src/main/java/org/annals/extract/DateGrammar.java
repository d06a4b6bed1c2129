package org.annals.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Timestamp;

/**
 * The date grammar shared by every extractor: finds calendar dates, and the time and UTC offset
 * written next to them, in free text such as {@code 08:46 | 04 July 2024}, {@code 04.07.2024},
 * {@code July 4, 2024 8:46 AM EDT}, {@code 2024-07-04T08:46:00+03:00}, {@code 4. Juli 2024, 10:30
 * Uhr}, {@code 17 de febrero de 2020}, {@code 2020. június 4.} or {@code 2024年7月4日}.
 *
 * <p>The forms, one pattern each: ISO-8601 (with its own time and offset); day-month-year and
 * month-day-year and year-month-day with a month name in the languages of {@link MonthNames};
 * numeric year-first; numeric day-first with dots (two-digit years only as {@code dd.mm.yy});
 * numeric with slashes or dashes, read by the caller's {@link Order} unless one field is over 12;
 * day-first with bars ({@code 26 | 01 | 2022}); East Asian year-month-day. A time is taken next to
 * the date (before it only when nothing but separators stands between), an offset only right after
 * the time: {@code Z}, {@code +03:00}, {@code +0300}, {@code GMT+3}, {@code UTC}, or an
 * abbreviation that names one offset ({@code EDT}, {@code CEST}, {@code MSK}; not {@code IST} nor
 * {@code ET}). Years outside 1800–2199 are rejected; whether a date is plausible for a page is the
 * caller's business.
 */
final class DateGrammar {
  /**
   * How to read an all-numeric date such as {@code 04/07/2024} when both fields could be a month.
   */
  enum Order {
    MONTH_FIRST,
    DAY_FIRST
  }

  /**
   * A date found in a text, with where it was (the time, when attached, lies inside or next to it).
   */
  record Found(Timestamp stamp, int start, int end) {}

  private static final int PARSE_LIMIT = 500;

  /**
   * Any word, or two for the Arabic names: checked against {@link MonthNames} after matching, which
   * is fast.
   */
  private static final String MON = "(?<mon>\\p{L}{3,12}(?:\\s\\p{L}{4,6})?)(?![\\p{L}])\\.?";

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final Pattern ISO =
      Pattern.compile(
          "(?<![\\d])(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)(?!\\d)"
              + "(?:(?:[T ]|\\s*\\|\\s*)(?<h>[0-2]\\d)[:h](?<mi>[0-5]\\d)(?::(?<s>[0-5]?\\d)(?:[.,]\\d{1,9})?)?"
              + "(?<z>\\s?(?:Z|[+-][01]\\d(?::?[0-5]\\d)?)(?![\\d:]))?)?");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?<d>[0-3]?\\d)(?:st|nd|rd|th|er|e|º|°|\\.)?\\s*(?:de\\s+|of\\s+|d'|[-/.]\\s*)?"
              + MON
              + "(?:\\s*,\\s*|\\s+de\\s+|\\s*[-/]\\s*|\\s*)(?<y>\\d{4})(?!\\d)",
          FLAGS);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])"
              + MON
              + "\\s*(?<d>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d])(?:\\s*,\\s*|\\s+)(?<y>\\d{4})(?!\\d)",
          FLAGS);
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile(
          "(?<![\\p{N}])(?<y>\\d{4})\\.?\\s*" + MON + "\\s*(?<d>[0-3]?\\d)(?![\\d])\\.?", FLAGS);
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<![\\d.])(?<y>\\d{4})(?<sep>[/.-])(?<m>[01]?\\d)\\k<sep>(?<d>[0-3]?\\d)(?![\\d])");
  private static final Pattern DOTTED =
      Pattern.compile(
          "(?<![\\d.])(?<d>[0-3]?\\d)\\.\\s?(?<m>[01]?\\d)\\.\\s?(?<y>\\d{4}|(?<=\\d\\d\\.\\d\\d\\.)\\d\\d)(?![\\d]|\\.\\d)");
  private static final Pattern SLASHED =
      Pattern.compile(
          "(?<![\\d/.-])(?<a>[0-3]?\\d)(?<sep>[/-])(?<b>[0-3]?\\d)\\k<sep>(?<y>\\d{4}|(?<=\\d\\d/\\d\\d/)\\d\\d)(?![\\d/])");
  private static final Pattern PIPED =
      Pattern.compile(
          "(?<![\\d|])(?<d>[0-3]?\\d)\\s?\\|\\s?(?<m>[01]?\\d)\\s?\\|\\s?(?<y>\\d{4})(?!\\d)");
  private static final Pattern CJK =
      Pattern.compile("(?<y>\\d{4})\\s*[年년]\\s*(?<m>[01]?\\d)\\s*[月월]\\s*(?<d>[0-3]?\\d)\\s*[日일]?");
  private static final List<Pattern> FORMS =
      List.of(
          ISO,
          DAY_MONTH_YEAR,
          MONTH_DAY_YEAR,
          YEAR_MONTH_DAY,
          YEAR_FIRST,
          DOTTED,
          SLASHED,
          PIPED,
          CJK);

  private static final Pattern TIME =
      Pattern.compile(
          "(?<![\\d:.])(?<h>[0-2]?\\d)(?:[:h]|\\.(?=\\d\\d\\s?[ap]\\.?m))(?<mi>[0-5]\\d)(?::(?<s>[0-5]\\d))?(?![\\d])"
              + "(?:\\s*(?<ap>[ap]\\.?\\s?m\\.?(?![\\p{L}])|[صم](?![\\p{L}])))?",
          FLAGS);
  private static final Pattern ZONE =
      Pattern.compile(
          "^\\s*(?:Uhr\\s*|h\\s+)?\\(?(?<z>Z(?![\\p{L}])|[+-][01]\\d:?[0-5]\\d"
              + "|(?:GMT|UTC)\\s*[+-]\\s*\\d{1,2}(?::?\\d\\d)?|[A-Z]{2,5})(?![\\p{L}\\d])");
  private static final Pattern GAP_AFTER =
      Pattern.compile(
          "^[\\s,|·•/–—(-]*(?:(?:at|um|à|a\\s+las|às|alle|ore|в|kl\\.?|om|o|godz\\.?|saat|h)\\s*)?(?:[\\s,|·•/–—(-]*)",
          FLAGS);
  private static final Pattern GAP_BEFORE = Pattern.compile("[\\s,|·•/–—-]{0,6}$");

  /**
   * Offsets of zone abbreviations that name one offset without doubt (IST, ET and others do not).
   */
  private static final Map<String, ZoneOffset> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC),
          Map.entry("WET", ZoneOffset.UTC), Map.entry("WEST", ZoneOffset.ofHours(1)),
          Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
          Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
          Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
          Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
          Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("CET", ZoneOffset.ofHours(1)),
          Map.entry("CEST", ZoneOffset.ofHours(2)), Map.entry("MEZ", ZoneOffset.ofHours(1)),
          Map.entry("MESZ", ZoneOffset.ofHours(2)), Map.entry("EET", ZoneOffset.ofHours(2)),
          Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
          Map.entry("TRT", ZoneOffset.ofHours(3)), Map.entry("JST", ZoneOffset.ofHours(9)),
          Map.entry("KST", ZoneOffset.ofHours(9)), Map.entry("AEST", ZoneOffset.ofHours(10)),
          Map.entry("AEDT", ZoneOffset.ofHours(11)), Map.entry("NZST", ZoneOffset.ofHours(12)),
          Map.entry("NZDT", ZoneOffset.ofHours(13)), Map.entry("HKT", ZoneOffset.ofHours(8)),
          Map.entry("SGT", ZoneOffset.ofHours(8)), Map.entry("WIB", ZoneOffset.ofHours(7)));

  private DateGrammar() {}

  /**
   * The first date in {@code text} with the time and offset written with it; slashed dates month
   * first.
   */
  static Optional<Timestamp> parse(String text) {
    return parse(text, Order.MONTH_FIRST);
  }

  /**
   * The first date in {@code text} (its first {@value #PARSE_LIMIT} characters) with the time and
   * offset written with it, anywhere in that short text when not next to it.
   */
  static Optional<Timestamp> parse(String text, Order order) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = normalise(text.length() > PARSE_LIMIT ? text.substring(0, PARSE_LIMIT) : text);
    List<Found> dates = scan(s, order, 1);
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    Found f = dates.get(0);
    if (f.stamp().time() != null) {
      return Optional.of(f.stamp());
    }
    String rest = s.substring(0, f.start()) + " \u0000 " + s.substring(f.end());
    return Optional.of(timeIn(f.stamp().date(), rest, 0).map(Found::stamp).orElse(f.stamp()));
  }

  /**
   * Every date in {@code text} (at most 100), slashed dates month first; see {@link
   * #findAll(String, Order, int)}.
   */
  static List<Found> findAll(String text) {
    return findAll(text, Order.MONTH_FIRST, 100);
  }

  /**
   * Every date in {@code text} in order of position (at most {@code max}), each with a time written
   * next to it.
   */
  static List<Found> findAll(String text, Order order, int max) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return scan(normalise(text), order, max);
  }

  /**
   * Tries each form only where a date can begin: at the start of each run of digits, and at the
   * word before it for month-first dates. Far cheaper than running every pattern over the text.
   */
  private static List<Found> scan(String s, Order order, int max) {
    List<Found> all = new ArrayList<>();
    List<Matcher> digitFirst = new ArrayList<>(FORMS.size());
    for (Pattern p : FORMS) {
      if (p != MONTH_DAY_YEAR) {
        digitFirst.add(p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false));
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    int n = s.length();
    for (int i = 0; i < n && all.size() < 4 * max; i++) {
      if (!isDigit(s.charAt(i)) || i > 0 && isDigit(s.charAt(i - 1))) {
        continue;
      }
      int to = Math.min(n, i + 120);
      for (Matcher m : digitFirst) {
        m.region(i, to);
        if (m.lookingAt()) {
          read(m.pattern(), m, order, s).ifPresent(all::add);
        }
      }
      int word = wordBefore(s, i);
      if (word >= 0) {
        mdy.region(word, to);
        if (mdy.lookingAt()) {
          read(MONTH_DAY_YEAR, mdy, order, s).ifPresent(all::add);
        }
      }
    }
    all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
    List<Found> out = new ArrayList<>();
    int end = -1;
    for (Found f : all) {
      if (f.start() >= end && out.size() < max) {
        out.add(f);
        end = f.end();
      }
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The start of the word just before position {@code i} (past spaces and a dot), or -1. */
  private static int wordBefore(String s, int i) {
    int j = i;
    int skipped = 0;
    while (j > 0
        && skipped < 3
        && (Character.isWhitespace(s.charAt(j - 1)) || s.charAt(j - 1) == '.')) {
      j--;
      skipped++;
    }
    int k = j;
    while (k > 0 && j - k < 13 && Character.isLetter(s.charAt(k - 1))) {
      k--;
    }
    return k < j && j - k >= 3 ? k : -1;
  }

  private static Optional<Found> read(Pattern p, Matcher m, Order order, String s) {
    Optional<LocalDate> day = date(p, m, order);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    if (p == ISO && m.group("h") != null) {
      return isoTime(day.get(), m).map(t -> new Found(t, m.start(), m.end()));
    }
    return Optional.of(adjacentTime(day.get(), s, m.start(), m.end()));
  }

  private static Optional<LocalDate> date(Pattern p, Matcher m, Order order) {
    if (p == DAY_MONTH_YEAR || p == MONTH_DAY_YEAR || p == YEAR_MONTH_DAY) {
      return MonthNames.month(m.group("mon")).flatMap(mo -> day(num(m, "y"), mo, num(m, "d")));
    }
    if (p == SLASHED) {
      int a = num(m, "a");
      int b = num(m, "b");
      int y = year(m);
      boolean dayFirst = a > 12 || order == Order.DAY_FIRST && b <= 12;
      return dayFirst ? day(y, b, a) : day(y, a, b);
    }
    int d = num(m, "d");
    int mo = num(m, "m");
    if ((p == DOTTED || p == PIPED) && mo > 12 && d <= 12) {
      return day(year(m), d, mo);
    }
    return day(year(m), mo, d);
  }

  private static int year(Matcher m) {
    String y = m.group("y");
    int v = Integer.parseInt(y);
    return y.length() == 2 ? (v < 70 ? 2000 + v : 1900 + v) : v;
  }

  private static Optional<Timestamp> isoTime(LocalDate d, Matcher m) {
    int h = num(m, "h");
    if (h > 23) {
      return Optional.of(Timestamp.ofDate(d));
    }
    LocalTime t = LocalTime.of(h, num(m, "mi"), m.group("s") == null ? 0 : num(m, "s"));
    ZoneOffset z = m.group("z") == null ? null : offset(m.group("z").strip());
    return Optional.of(new Timestamp(d, t, z));
  }

  /** The date with the time written right after it (or right before it), else the bare date. */
  private static Found adjacentTime(LocalDate day, String s, int start, int end) {
    int to = Math.min(s.length(), end + 40);
    String after = s.substring(end, to);
    Matcher gap = GAP_AFTER.matcher(after);
    int skip = gap.lookingAt() ? gap.end() : 0;
    Optional<Found> t = timeIn(day, after, 0).filter(f -> f.start() <= Math.max(skip, 0) + 1);
    if (t.isPresent()) {
      return new Found(t.get().stamp(), start, end + t.get().end());
    }
    int from = Math.max(0, start - 30);
    String before = s.substring(from, start);
    Matcher tb = TIME.matcher(before);
    Found last = null;
    while (tb.find()) {
      last = new Found(Timestamp.ofDate(day), tb.start(), tb.end());
    }
    if (last != null && GAP_BEFORE.matcher(before.substring(last.end())).matches()) {
      Optional<Found> bt = timeIn(day, before.substring(last.start()), 0);
      if (bt.isPresent()) {
        return new Found(bt.get().stamp(), from + last.start(), end);
      }
    }
    return new Found(Timestamp.ofDate(day), start, end);
  }

  /**
   * The first well-formed time in {@code text} from {@code from}, with the offset written after it.
   */
  private static Optional<Found> timeIn(LocalDate day, String text, int from) {
    Matcher t = TIME.matcher(text);
    int pos = from;
    while (pos < text.length() && t.find(pos)) {
      pos = t.end();
      int h = num(t, "h");
      String ap = t.group("ap");
      if (ap != null) {
        if (h < 1 || h > 12) {
          continue;
        }
        boolean pm = ap.charAt(0) == 'p' || ap.charAt(0) == 'P' || ap.charAt(0) == 'م';
        h = pm ? (h % 12) + 12 : h % 12;
      }
      if (h > 23) {
        continue;
      }
      LocalTime time = LocalTime.of(h, num(t, "mi"), t.group("s") == null ? 0 : num(t, "s"));
      Matcher z = ZONE.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 40)));
      ZoneOffset off = z.find() ? offset(z.group("z")) : null;
      int end = off == null ? t.end() : t.end() + z.end();
      return Optional.of(new Found(new Timestamp(day, time, off), t.start(), end));
    }
    return Optional.empty();
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
      if (s.matches("[+-]\\d{1,2}:\\d\\d")) {
        return ZoneOffset.of(s.length() == 5 ? s.charAt(0) + "0" + s.substring(1) : s);
      }
      return null;
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Optional<LocalDate> day(int y, int m, int d) {
    if (y < 1800 || y > 2199) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Full-width digits as ASCII and odd spaces as spaces: same length, so positions hold. */
  private static String normalise(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char x = c[i];
      if (x >= '\uFF10' && x <= '\uFF19') {
        c[i] = (char) ('0' + (x - '\uFF10'));
      } else if (x == '\u00a0'
          || x == '\u202f'
          || x == '\u2009'
          || x == '\u2007'
          || x == '\u200b') {
        c[i] = ' ';
      } else if (x == '\u060c') {
        c[i] = ',';
      }
    }
    return new String(c);
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
