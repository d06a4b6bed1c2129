package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Seasons ("last summer", "spring 2024"), quarters ("the first quarter of 2024", "Q3"), halves
 * ("the second half of the year") and holidays ("Christmas", "New Year's Day", "Easter").
 */
final class PartsOfYear {
  private static final Set<String> BEFORE_BARE_SEASON =
      Set.of(
          "in",
          "during",
          "since",
          "by",
          "until",
          "through",
          "throughout",
          "over",
          "early",
          "late",
          "mid",
          "this",
          "last",
          "next",
          "the");
  private static final Map<String, Integer> QUARTER_WORDS =
      Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "final", 4);
  private static final Map<String, Integer> HALF_WORDS = Map.of("first", 1, "second", 2);

  private PartsOfYear() {}

  /** A season, quarter, half or holiday starting at token {@code i}. */
  static Found at(Scan s, int i) {
    Found f = season(s, i);
    if (f == null) {
      f = quarter(s, i);
    }
    if (f == null) {
      f = half(s, i);
    }
    if (f == null) {
      f = Holidays.at(s, i);
    }
    return f;
  }

  /**
   * The year written or named after token {@code k} ("2024", "of 2024", "of the year"): {year,
   * end}.
   */
  static int[] yearAfter(Scan s, int k) {
    int j = s.reach(k) && s.is(k, "of") ? k + 1 : k;
    if (!s.reach(j)) {
      return null;
    }
    int y = Years.written(s, j);
    if (y > 0) {
      return new int[] {y, j + 1, 1};
    }
    if (j == k) {
      return null;
    }
    int d = s.dct.getYear();
    for (String[] named :
        new String[][] {
          {"the", "year"},
          {"this", "year"},
          {"last", "year"},
          {"next", "year"},
          {"the", "current", "year"}
        }) {
      int e = s.seq(j, named);
      if (e > 0) {
        int shift = named[0].equals("last") ? -1 : named[0].equals("next") ? 1 : 0;
        return new int[] {d + shift, e, 0};
      }
    }
    return null;
  }

  private static Found season(Scan s, int i) {
    boolean the = s.is(i, "the") && s.reach(i + 1);
    int j = the ? i + 1 : i;
    String mod = s.w(j);
    Resolve.Dir dir =
        switch (mod) {
          case "this" -> Resolve.Dir.NEAREST;
          case "last", "past" -> Resolve.Dir.BEFORE;
          case "next", "coming" -> Resolve.Dir.AFTER;
          default -> null;
        };
    int k = dir == null ? j : j + 1;
    if (k > j && !s.reach(k)) {
      return null;
    }
    String code = Lexicon.SEASONS.get(s.w(k));
    if (code == null) {
      return null;
    }
    int[] year = yearAfter(s, k + 1);
    if (year != null && dir == null) {
      return Found.date(i, year[1], Point.season(year[0], code), year[2] == 1 ? Found.ABSOLUTE : 0);
    }
    if (dir == null) {
      if (s.w(k).equals("fall") || s.cap(k)) {
        return null;
      }
      boolean context = the || i > 0 && s.next(i) && s.isAny(i - 1, BEFORE_BARE_SEASON);
      boolean ofNoun = s.reach(k + 1) && (s.is(k + 1, "of") || s.cap(k + 1) && s.isWord(k + 1));
      if (!context || ofNoun) {
        return null;
      }
      dir = Resolve.Dir.of(s.tense(i));
    }
    int y =
        Resolve.year(
            s.dct,
            dir,
            v -> seasonStart(v, code),
            v -> seasonStart(v, code).plusMonths(3).minusDays(1));
    return Found.date(i, k + 1, Point.season(y, code));
  }

  private static LocalDate seasonStart(int y, String code) {
    return switch (code) {
      case "SP" -> LocalDate.of(y, 3, 1);
      case "SU" -> LocalDate.of(y, 6, 1);
      case "FA" -> LocalDate.of(y, 9, 1);
      default -> LocalDate.of(y, 12, 1);
    };
  }

  /** "the first quarter [of 2024]", "the fourth quarter", "Q3 2024". */
  private static Found quarter(Scan s, int i) {
    int q;
    int k;
    if (s.is(i, "q")
        && s.cap(i)
        && s.joined(i + 1)
        && s.number(i + 1) >= 1
        && s.number(i + 1) <= 4) {
      q = s.number(i + 1);
      k = i + 2;
    } else {
      int[] ord = ordinal(s, i, QUARTER_WORDS, 4);
      if (ord == null || !s.reach(ord[1]) || !s.is(ord[1], "quarter")) {
        return null;
      }
      q = ord[0];
      k = ord[1] + 1;
    }
    return period(s, i, k, Grain.QUARTER, (q - 1) * 3 + 1, 3);
  }

  /** "the first half of 2024", "the second half of the year", "H1 2024". */
  private static Found half(Scan s, int i) {
    if (s.is(i, "h")
        && s.cap(i)
        && s.joined(i + 1)
        && (s.number(i + 1) == 1 || s.number(i + 1) == 2)) {
      int h = s.number(i + 1);
      int[] year = yearAfter(s, i + 2);
      return year == null
          ? null
          : Found.date(i, year[1], Point.of(LocalDate.of(year[0], h == 1 ? 1 : 7, 1), Grain.HALF));
    }
    int[] ord = ordinal(s, i, HALF_WORDS, 2);
    if (ord == null || !s.reach(ord[1]) || !s.is(ord[1], "half")) {
      return null;
    }
    int[] year = yearAfter(s, ord[1] + 1);
    if (year == null || !s.is(ord[1] + 1, "of")) {
      return null;
    }
    LocalDate start = LocalDate.of(year[0], ord[0] == 1 ? 1 : 7, 1);
    return Found.date(i, year[1], Point.of(start, Grain.HALF), year[2] == 1 ? Found.ABSOLUTE : 0);
  }

  /** [the] first|1st ...: {n, end}. */
  private static int[] ordinal(Scan s, int i, Map<String, Integer> words, int max) {
    int j = s.is(i, "the") && s.reach(i + 1) ? i + 1 : i;
    Integer n = words.get(s.w(j));
    if (n != null) {
      return new int[] {n, j + 1};
    }
    int d = s.number(j);
    if (d >= 1 && d <= max && s.joined(j + 1) && Lexicon.ordinalSuffix(s.w(j + 1))) {
      return new int[] {d, j + 2};
    }
    return null;
  }

  /** A quarter or half starting in {@code month}, its year written after {@code k} or resolved. */
  private static Found period(Scan s, int i, int k, Grain g, int month, int months) {
    int[] year = yearAfter(s, k);
    if (year != null) {
      Point p = Point.of(LocalDate.of(year[0], month, 1), g);
      return Found.date(i, year[1], p, year[2] == 1 ? Found.ABSOLUTE : 0);
    }
    Resolve.Dir dir = Resolve.Dir.of(s.tense(i));
    int y =
        Resolve.year(
            s.dct,
            dir,
            v -> LocalDate.of(v, month, 1),
            v -> LocalDate.of(v, month, 1).plusMonths(months).minusDays(1));
    return Found.date(i, k, Point.of(LocalDate.of(y, month, 1), g));
  }

  /** Public and religious holidays with a computable date. */
  static final class Holidays {
    private static final Map<String, MonthDay> FIXED =
        Map.of("christmas", MonthDay.of(12, 25), "halloween", MonthDay.of(10, 31));
    private static final Set<String> BEFORE_BARE =
        Set.of(
            "on", "at", "before", "after", "since", "until", "till", "by", "over", "during",
            "around", "through", "for", "from", "to");

    /**
     * A holiday's span and its date in any year; {@code named}: "Christmas Day", not "Christmas".
     */
    private record Holiday(int end, IntFunction<LocalDate> day, boolean named) {}

    private Holidays() {}

    static Found at(Scan s, int i) {
      Resolve.Dir dir =
          switch (s.w(i)) {
            case "last" -> Resolve.Dir.BEFORE;
            case "next" -> Resolve.Dir.AFTER;
            case "this" -> Resolve.Dir.NEAREST;
            default -> null;
          };
      int j = dir == null ? i : i + 1;
      Holiday h = j > i && !s.reach(j) ? null : holiday(s, j);
      if (h == null) {
        return null;
      }
      int y = s.reach(h.end()) ? Years.written(s, h.end()) : -1;
      if (y > 0 && dir == null) {
        return Found.date(i, h.end() + 1, Point.of(h.day().apply(y), Grain.DAY), Found.ABSOLUTE);
      }
      boolean context = i > 0 && s.next(i) && s.isAny(i - 1, BEFORE_BARE);
      if (dir == null && !h.named() && !context) {
        return null;
      }
      Resolve.Dir d = dir != null ? dir : Resolve.Dir.of(s.tense(i));
      int year = Resolve.year(s.dct, d, h.day(), h.day());
      return Found.date(i, h.end(), Point.of(h.day().apply(year), Grain.DAY));
    }

    private static Holiday holiday(Scan s, int i) {
      if (!s.cap(i)) {
        return null;
      }
      String w = s.w(i);
      int next = i + 1;
      if (FIXED.containsKey(w)) {
        MonthDay md = FIXED.get(w);
        boolean eve = w.equals("christmas") && s.reach(next) && s.is(next, "eve");
        boolean day = s.reach(next) && s.is(next, "day");
        IntFunction<LocalDate> date = eve ? y -> md.atYear(y).minusDays(1) : md::atYear;
        return new Holiday(eve || day ? next + 1 : next, date, eve || day);
      }
      if (s.seq(i, "new", "year") > 0 && s.cap(next)) {
        int k = i + 2;
        if (s.apostrophe(k) && s.is(k + 1, "s")) {
          k += 2;
        }
        boolean eve = s.reach(k) && s.is(k, "eve") && s.cap(k);
        boolean day = s.reach(k) && s.is(k, "day") && s.cap(k);
        IntFunction<LocalDate> date =
            eve ? y -> LocalDate.of(y, 12, 31) : y -> LocalDate.of(y, 1, 1);
        return new Holiday(eve || day ? k + 1 : k, date, eve || day);
      }
      return movable(s, i, w, next);
    }

    /** Easter, Good Friday, Thanksgiving: dates computed for each year. */
    private static Holiday movable(Scan s, int i, String w, int next) {
      if (w.equals("easter")) {
        boolean monday = s.reach(next) && s.is(next, "monday");
        boolean named = monday || s.reach(next) && s.is(next, "sunday");
        IntFunction<LocalDate> date = monday ? y -> easter(y).plusDays(1) : Holidays::easter;
        return new Holiday(named ? next + 1 : next, date, named);
      }
      if (w.equals("good") && s.reach(next) && s.is(next, "friday") && s.cap(next)) {
        return new Holiday(next + 1, y -> easter(y).minusDays(2), true);
      }
      if (w.equals("thanksgiving")) {
        boolean day = s.reach(next) && s.is(next, "day");
        return new Holiday(
            day ? next + 1 : next,
            y ->
                LocalDate.of(y, 11, 1)
                    .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
            day);
      }
      return null;
    }

    /** Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easter(int y) {
      int a = y % 19;
      int b = y / 100;
      int c = y % 100;
      int d = b / 4;
      int e = b % 4;
      int f = (b + 8) / 25;
      int g = (b - f + 1) / 3;
      int h = (19 * a + b - d - g + 15) % 30;
      int i = c / 4;
      int k = c % 4;
      int l = (32 + 2 * e + 2 * i - h - k) % 7;
      int m = (a + 11 * h + 22 * l) / 451;
      int month = (h + l - 7 * m + 114) / 31;
      int day = (h + l - 7 * m + 114) % 31 + 1;
      return LocalDate.of(y, month, day);
    }
  }
}
