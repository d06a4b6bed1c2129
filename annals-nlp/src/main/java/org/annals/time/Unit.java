package org.annals.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A calendar or clock unit, with its TIMEX3 duration letter and its English names. */
enum Unit {
  SECOND("S", true, Grain.DAY, "second", "seconds", "sec", "secs"),
  MINUTE("M", true, Grain.DAY, "minute", "minutes", "min", "mins"),
  HOUR("H", true, Grain.DAY, "hour", "hours", "hr", "hrs"),
  DAY("D", false, Grain.DAY, "day", "days"),
  NIGHT("D", false, Grain.DAY, "night", "nights"),
  WEEK("W", false, Grain.WEEK, "week", "weeks"),
  FORTNIGHT("W", false, Grain.WEEK, "fortnight", "fortnights"),
  MONTH("M", false, Grain.MONTH, "month", "months"),
  QUARTER("Q", false, Grain.QUARTER, "quarter", "quarters"),
  YEAR("Y", false, Grain.YEAR, "year", "years", "yr", "yrs"),
  DECADE("DE", false, Grain.DECADE, "decade", "decades"),
  CENTURY("CE", false, Grain.CENTURY, "century", "centuries");

  private static final Map<String, Unit> BY_NAME = new HashMap<>();
  private static final Set<String> ABBREVIATIONS =
      Set.of("sec", "secs", "min", "mins", "hr", "hrs", "yr", "yrs");

  static {
    for (Unit u : values()) {
      for (String name : u.names) {
        BY_NAME.put(name, u);
      }
    }
  }

  final String letter;
  final boolean clock;
  final Grain grain;
  private final String[] names;

  Unit(String letter, boolean clock, Grain grain, String... names) {
    this.letter = letter;
    this.clock = clock;
    this.grain = grain;
    this.names = names;
  }

  /** The unit named by a lower-case word, or null. */
  static Unit of(String word) {
    return word == null ? null : BY_NAME.get(word);
  }

  /** Every name of every unit. */
  static Set<String> names() {
    return BY_NAME.keySet();
  }

  /** Whether {@code word} is the plural form. */
  static boolean plural(String word) {
    return word.endsWith("s") || word.equals("centuries");
  }

  /** Abbreviations such as "hrs" count only after digits. */
  static boolean abbreviation(String word) {
    return ABBREVIATIONS.contains(word);
  }

  /** The TIMEX3 duration of {@code amount} of this unit ({@code null} amount: vague, "X"). */
  String duration(Double amount) {
    double a = amount == null ? Double.NaN : amount * factor();
    String n = amount == null ? "X" : Quantity.format(a);
    String unit = this == QUARTER ? "M" : letter;
    return (clock ? "PT" : "P") + n + unit;
  }

  private double factor() {
    return switch (this) {
      case FORTNIGHT -> 2;
      case QUARTER -> 3;
      default -> 1;
    };
  }

  /** {@code date} moved by {@code n} of this unit (hours and smaller move nothing). */
  LocalDate shift(LocalDate date, long n) {
    return switch (this) {
      case DAY, NIGHT -> date.plusDays(n);
      case WEEK -> date.plusWeeks(n);
      case FORTNIGHT -> date.plusWeeks(2 * n);
      case MONTH -> date.plusMonths(n);
      case QUARTER -> date.plusMonths(3 * n);
      case YEAR -> date.plusYears(n);
      case DECADE -> date.plus(n, ChronoUnit.DECADES);
      case CENTURY -> date.plus(n, ChronoUnit.CENTURIES);
      default -> date;
    };
  }
}
