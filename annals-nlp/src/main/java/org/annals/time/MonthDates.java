package org.annals.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * Dates with a month name: "July 4, 2024", "4 July 2024", "the 4th of July", "July 2024", "May 19"
 * (its year from the sentence's explicit year, else from the report date and the tense), and a
 * month alone ("in March", "last May"). Month names must be capitalised; "May" and "March", which
 * are also common words, need a date-like neighbour.
 */
final class MonthDates {
  private static final Set<String> BEFORE_BARE_MONTH =
      Set.of(
          "in",
          "since",
          "until",
          "till",
          "by",
          "during",
          "from",
          "through",
          "throughout",
          "before",
          "after",
          "of",
          "early",
          "late",
          "mid",
          "last",
          "next",
          "this",
          "between",
          "to",
          "around",
          "for",
          "on",
          "that",
          "each",
          "every",
          "past",
          "coming",
          "-",
          "end",
          "beginning",
          "start",
          "middle",
          "late-",
          "early-");
  private static final Set<String> AMBIGUOUS = Set.of("may", "march");

  /** A day this close to the report date is that occurrence, whatever the tense. */
  private static final int CLOSE_DAYS = 14;

  /** A month name read at a token: its number and the token after it (and its period). */
  record Month(int month, int end) {}

  private MonthDates() {}

  /** A month-name date starting at token {@code i}. */
  static Found at(Scan s, int i) {
    Found f = dayFirst(s, i);
    if (f != null) {
      return f;
    }
    f = relative(s, i);
    if (f != null) {
      return f;
    }
    Month m = month(s, i);
    if (m == null) {
      return null;
    }
    f = monthFirst(s, i, m);
    return f != null ? f : bare(s, i, m);
  }

  /** The month name at {@code i}, or null. */
  static Month month(Scan s, int i) {
    Integer m = Lexicon.MONTHS.get(s.w(i));
    if (m == null || !s.cap(i)) {
      return null;
    }
    boolean dot = s.ch(i + 1, '.') && s.joined(i + 1);
    if (Lexicon.SHORT_FORMS.contains(s.w(i))) {
      if (dot) {
        return new Month(m, i + 2);
      }
      return s.reach(i + 1) && s.isNumber(i + 1) ? new Month(m, i + 1) : null;
    }
    return new Month(m, i + 1);
  }

  /** "4 July 2024", "4th of July", "the 4th of July". */
  private static Found dayFirst(Scan s, int i) {
    int j = s.is(i, "the") && s.reach(i + 1) ? i + 1 : i;
    int[] day = day(s, j);
    if (day == null) {
      return null;
    }
    int k = day[1];
    if (s.reach(k) && s.is(k, "of")) {
      k++;
    } else if (j > i || !s.isNumber(j)) {
      return null;
    }
    Month m = s.reach(k) ? month(s, k) : null;
    if (m == null) {
      return null;
    }
    return withYear(s, i, m.end(), m.month(), day[0]);
  }

  /** "July 4, 2024", "July 4th", "July 2024", "July of 2024". */
  private static Found monthFirst(Scan s, int i, Month m) {
    int j = m.end();
    int[] day = s.reach(j) ? day(s, j) : null;
    if (day != null) {
      return withYear(s, i, day[1], m.month(), day[0]);
    }
    int k = s.reach(j) && (s.ch(j, ',') || s.is(j, "of")) ? j + 1 : j;
    int y = s.reach(k) ? Years.written(s, k) : -1;
    if (y > 0) {
      return Found.date(
          i, k + 1, Point.of(LocalDate.of(y, m.month(), 1), Grain.MONTH), Found.ABSOLUTE);
    }
    return null;
  }

  /** Day {@code day} of {@code month}, with the year written after token {@code j} if any. */
  private static Found withYear(Scan s, int i, int j, int month, int day) {
    int k = s.reach(j) && s.ch(j, ',') ? j + 1 : j;
    int y = s.reach(k) ? Years.written(s, k) : -1;
    try {
      if (y > 0) {
        return Found.date(
            i, k + 1, Point.of(LocalDate.of(y, month, day), Grain.DAY), Found.ABSOLUTE);
      }
      if (day > YearMonth.of(2024, month).lengthOfMonth()) {
        return null;
      }
      return Found.date(i, j, Point.of(yearless(s, i, month, day), Grain.DAY));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate yearless(Scan s, int i, int month, int day) {
    if (s.sentenceYearSentence == s.sentence(i)) {
      return LocalDate.of(s.sentenceYear, month, 1)
          .withDayOfMonth(Math.min(day, YearMonth.of(s.sentenceYear, month).lengthOfMonth()));
    }
    LocalDate near = Resolve.monthDay(s.dct, month, day, Resolve.Dir.NEAREST);
    if (Math.abs(ChronoUnit.DAYS.between(s.dct, near)) <= CLOSE_DAYS) {
      return near;
    }
    return Resolve.monthDay(s.dct, month, day, Resolve.Dir.of(s.tense(i)));
  }

  /** "last May", "next March", "this April". */
  private static Found relative(Scan s, int i) {
    Resolve.Dir dir =
        switch (s.w(i)) {
          case "last", "past" -> Resolve.Dir.BEFORE;
          case "next", "coming" -> Resolve.Dir.AFTER;
          case "this" -> Resolve.Dir.THIS;
          default -> null;
        };
    Month m = dir != null && s.reach(i + 1) ? month(s, i + 1) : null;
    if (m == null || m.end() > i + 2 && s.isNumber(i + 2)) {
      return null;
    }
    LocalDate first = Resolve.month(s.dct, m.month(), dir);
    return Found.date(i, m.end(), Point.of(first, Grain.MONTH));
  }

  /** A month alone, with "last", "next" or "this" before it or "last year" after it. */
  private static Found bare(Scan s, int i, Month m) {
    int end = m.end();
    for (String y : new String[] {"last", "this", "next"}) {
      int k = s.reach(end) ? s.seq(end, y, "year") : -1;
      if (k > 0) {
        int year = s.dct.getYear() + (y.equals("last") ? -1 : y.equals("next") ? 1 : 0);
        return Found.date(i, k, Point.of(LocalDate.of(year, m.month(), 1), Grain.MONTH));
      }
    }
    if (!bareAllowed(s, i, m)) {
      return null;
    }
    LocalDate first;
    if (s.sentenceYearSentence == s.sentence(i)) {
      first = LocalDate.of(s.sentenceYear, m.month(), 1);
    } else {
      first = Resolve.month(s.dct, m.month(), Resolve.Dir.of(s.tense(i)));
    }
    return Found.date(i, end, Point.of(first, Grain.MONTH));
  }

  private static boolean bareAllowed(Scan s, int i, Month m) {
    boolean context =
        i > 0 && s.next(i) && (BEFORE_BARE_MONTH.contains(s.w(i - 1)) || s.dash(i - 1));
    if (AMBIGUOUS.contains(s.w(i))) {
      boolean range =
          (s.is(i - 1, "to") || s.is(i - 1, "and") || s.is(i - 1, "or"))
              && i > 1
              && s.next(i - 1)
              && month(s, i - 2) != null;
      return context && !(s.is(i - 1, "to") && s.is(i, "may")) || range;
    }
    if (m.end() == i + 1 && s.reach(i + 1) && s.isWord(i + 1) && s.cap(i + 1)) {
      return context;
    }
    return true;
  }

  /** "4", "4th", "fourth" as a day of the month: {day, end}, or null. */
  static int[] day(Scan s, int i) {
    if (s.isNumber(i) && s.digits(i) <= 2) {
      int d = s.number(i);
      if (d < 1 || d > 31 || gluedNumber(s, i)) {
        return null;
      }
      int end = s.joined(i + 1) && Lexicon.ordinalSuffix(s.w(i + 1)) ? i + 2 : i + 1;
      return new int[] {d, end};
    }
    Integer d = Lexicon.ORDINALS.get(s.w(i));
    return d == null ? null : new int[] {d, i + 1};
  }

  /** "4.5", "4/5", "4:30": digits that continue into another number. */
  private static boolean gluedNumber(Scan s, int i) {
    boolean separator = s.ch(i + 1, '.') || s.ch(i + 1, ':') || s.ch(i + 1, '/');
    return separator && s.joined(i + 1) && s.isNumber(i + 2) && s.joined(i + 2);
  }

  /** A month name: used by the trigger filter. */
  static boolean isMonthWord(String w) {
    return Lexicon.MONTHS.containsKey(w);
  }
}
