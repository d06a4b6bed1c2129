package org.annals.time;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** English words for months, weekdays, numbers, ordinals, seasons and parts of the day. */
final class Lexicon {
  static final Map<String, Integer> MONTHS = new HashMap<>();
  static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
  static final Map<String, DayOfWeek> WEEKDAYS_PLURAL = new HashMap<>();
  static final Map<String, Integer> NUMBERS = new HashMap<>();
  static final Map<String, Integer> TENS = new HashMap<>();
  static final Map<String, Integer> ORDINALS = new HashMap<>();
  static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");
  static final Map<String, String> PARTS_OF_DAY =
      Map.of("morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");
  static final Map<String, Integer> DECADE_WORDS =
      Map.of(
          "twenties",
          2,
          "thirties",
          3,
          "forties",
          4,
          "fifties",
          5,
          "sixties",
          6,
          "seventies",
          7,
          "eighties",
          8,
          "nineties",
          9);

  /** Words that make an abbreviation ("Jan", "Thu") safe only with a period or a number. */
  static final Set<String> SHORT_FORMS =
      Set.of(
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

  private static final String[] MONTH_NAMES = {
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  };
  private static final String[] ONES = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TEN_NAMES = {
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] ORDINAL_NAMES = {
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth"
  };

  static {
    for (int m = 0; m < 12; m++) {
      MONTHS.put(MONTH_NAMES[m], m + 1);
      if (m != 4) {
        MONTHS.put(MONTH_NAMES[m].substring(0, 3), m + 1);
      }
    }
    MONTHS.put("sept", 9);
    for (DayOfWeek d : DayOfWeek.values()) {
      String name = d.name().toLowerCase(java.util.Locale.ROOT);
      WEEKDAYS.put(name, d);
      WEEKDAYS.put(name.substring(0, 3), d);
      WEEKDAYS_PLURAL.put(name + "s", d);
    }
    WEEKDAYS.put("tues", DayOfWeek.TUESDAY);
    WEEKDAYS.put("thur", DayOfWeek.THURSDAY);
    WEEKDAYS.put("thurs", DayOfWeek.THURSDAY);
    for (int n = 0; n < ONES.length; n++) {
      NUMBERS.put(ONES[n], n);
    }
    for (int n = 0; n < TEN_NAMES.length; n++) {
      TENS.put(TEN_NAMES[n], 20 + 10 * n);
    }
    for (int n = 0; n < ORDINAL_NAMES.length; n++) {
      ORDINALS.put(ORDINAL_NAMES[n], n + 1);
    }
    ORDINALS.put("thirtieth", 30);
  }

  private Lexicon() {}

  /** The set of the words of {@code list}, separated by white space. */
  static Set<String> words(String list) {
    return Set.copyOf(java.util.Arrays.asList(list.strip().split("\\s+")));
  }

  /** The ordinal suffixes written after digits: 1st, 2nd, 3rd, 4th. */
  static boolean ordinalSuffix(String w) {
    return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th");
  }
}
