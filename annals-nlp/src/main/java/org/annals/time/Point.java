package org.annals.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A calendar value: a day standing for the period that contains it, at a grain. "2024-05" is the
 * month of May 2024; its day is any day of May.
 *
 * @param date a day inside the period
 * @param grain the period's size
 * @param part for {@link Grain#SEASON} the season code (SP, SU, FA, WI); otherwise null
 */
record Point(LocalDate date, Grain grain, String part) {
  static Point of(LocalDate date, Grain grain) {
    return new Point(date, grain, null);
  }

  static Point season(int year, String code) {
    int month =
        switch (code) {
          case "SP" -> 4;
          case "SU" -> 7;
          case "FA" -> 10;
          default -> 1;
        };
    return new Point(LocalDate.of(year, month, 15), Grain.SEASON, code);
  }

  /** The TIMEX3 value. */
  String value() {
    int y = date.getYear();
    return switch (grain) {
      case DAY -> date.toString();
      case WEEK -> week();
      case WEEKEND -> week() + "-WE";
      case MONTH -> year(y) + String.format(Locale.ROOT, "-%02d", date.getMonthValue());
      case SEASON -> year(y) + "-" + part;
      case QUARTER -> year(y) + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case HALF -> year(y) + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
      case YEAR -> year(y);
      case DECADE -> year(y).substring(0, 3);
      case CENTURY -> year(y).substring(0, 2);
    };
  }

  private String week() {
    int wy = date.get(IsoFields.WEEK_BASED_YEAR);
    return year(wy)
        + String.format(Locale.ROOT, "-W%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static String year(int y) {
    return y >= 0 && y <= 9999 ? String.format(Locale.ROOT, "%04d", y) : "XXXX";
  }

  /** This point moved by {@code n} units, at the coarser of its grain and the unit's. */
  Point plus(long n, Unit unit) {
    if (unit == Unit.YEAR && grain == Grain.SEASON) {
      return new Point(date.plusYears(n), grain, part);
    }
    if (unit == Unit.YEAR
        && (grain == Grain.MONTH || grain == Grain.QUARTER || grain == Grain.HALF)) {
      return of(date.plusYears(n), grain);
    }
    if (unit.grain.ordinal() < grain.ordinal() && grain != Grain.SEASON && grain != Grain.WEEKEND) {
      return n == 0 ? of(date, grain) : this;
    }
    Grain g = Grain.coarser(grain, unit.grain);
    if (g == Grain.SEASON || g == Grain.WEEKEND) {
      g = unit.grain;
    }
    return of(unit.shift(date, n), g);
  }

  /** The same period at a coarser grain (a day's year), or this when already as coarse. */
  Point atLeast(Grain g) {
    return grain.ordinal() >= g.ordinal() ? this : of(date, g);
  }
}
