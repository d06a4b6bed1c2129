package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

/**
 * Picks the occurrence of a recurring day or period ("Thursday", "May 19", "March", "summer") that
 * an expression means, relative to the report date and in a direction.
 */
final class Resolve {
  /** Which occurrence: the report date's own one counts for the inclusive directions. */
  enum Dir {
    /** The latest one that has started by the report date. */
    PAST,
    /** The earliest one that has not ended by the report date. */
    FUTURE,
    /** The one containing the report date, else the closer of the two around it. */
    NEAREST,
    /** The latest one over before the report date ("last March"). */
    BEFORE,
    /** The earliest one starting after the report date ("next March"). */
    AFTER,
    /** The one in the report date's own week or year ("this Thursday", "this March"). */
    THIS;

    static Dir of(Tense tense) {
      return switch (tense) {
        case PAST -> PAST;
        case FUTURE -> FUTURE;
        default -> NEAREST;
      };
    }
  }

  private Resolve() {}

  /** The day {@code dow} seen from {@code dct} in direction {@code dir}. */
  static LocalDate weekday(LocalDate dct, DayOfWeek dow, Dir dir) {
    LocalDate past = dct.with(TemporalAdjusters.previousOrSame(dow));
    LocalDate future = dct.with(TemporalAdjusters.nextOrSame(dow));
    return switch (dir) {
      case PAST -> past;
      case FUTURE -> future;
      case BEFORE -> dct.with(TemporalAdjusters.previous(dow));
      case AFTER -> dct.with(TemporalAdjusters.next(dow));
      case THIS -> dct.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1L);
      case NEAREST ->
          ChronoUnit.DAYS.between(past, dct) <= ChronoUnit.DAYS.between(dct, future)
              ? past
              : future;
    };
  }

  /** The year of {@code month}/{@code day} seen from {@code dct}. */
  static LocalDate monthDay(LocalDate dct, int month, int day, Dir dir) {
    MonthDay md = MonthDay.of(month, day);
    int y = year(dct, dir, v -> md.atYear(v), v -> md.atYear(v));
    return md.atYear(y);
  }

  /** The first day of the month {@code month} seen from {@code dct}. */
  static LocalDate month(LocalDate dct, int month, Dir dir) {
    int y =
        year(
            dct,
            dir,
            v -> LocalDate.of(v, month, 1),
            v -> LocalDate.of(v, month, 1).with(TemporalAdjusters.lastDayOfMonth()));
    return LocalDate.of(y, month, 1);
  }

  /**
   * The year whose occurrence, running from {@code startOf(year)} to {@code endOf(year)}, is meant.
   */
  static int year(
      LocalDate dct, Dir dir, IntFunction<LocalDate> startOf, IntFunction<LocalDate> endOf) {
    int y = dct.getYear();
    return switch (dir) {
      case PAST -> !startOf.apply(y).isAfter(dct) ? y : y - 1;
      case FUTURE -> !endOf.apply(y).isBefore(dct) ? y : y + 1;
      case BEFORE -> endOf.apply(y).isBefore(dct) ? y : y - 1;
      case AFTER -> startOf.apply(y).isAfter(dct) ? y : y + 1;
      case THIS -> y;
      case NEAREST -> nearest(dct, y, startOf, endOf);
    };
  }

  private static int nearest(
      LocalDate dct, int y, IntFunction<LocalDate> startOf, IntFunction<LocalDate> endOf) {
    int past = !startOf.apply(y).isAfter(dct) ? y : y - 1;
    int future = !endOf.apply(y).isBefore(dct) ? y : y + 1;
    if (past == future) {
      return past;
    }
    long back = ChronoUnit.DAYS.between(endOf.apply(past), dct);
    long ahead = ChronoUnit.DAYS.between(dct, startOf.apply(future));
    return back <= ahead ? past : future;
  }
}
