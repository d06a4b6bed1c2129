package org.annals.time;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One time expression found in a text, with its TIMEX3-style normalised value.
 *
 * @param text the expression as it stands in the text ({@code "A day later"})
 * @param start offset of its first character in the text that was tagged
 * @param end offset just past its last character ({@code end - start == text.length()})
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}, as in TimeML
 * @param value the TIMEX3 value: a calendar value ({@code 2024-07-04}, {@code 2024-05}, {@code
 *     2023}, {@code 2024-W27}, {@code 2024-Q3}, {@code 2024-SU}, {@code 199} for a decade, {@code
 *     19} for a century), a time ({@code 2024-07-04T08:46}, {@code 2024-07-04TMO}), a duration
 *     ({@code P1D}, {@code PT3H}, {@code P12.5Y}, {@code PXY} when the amount is vague), a set
 *     ({@code P1W}, {@code XXXX-WXX-1}), or a reference ({@code PRESENT_REF}, {@code PAST_REF},
 *     {@code FUTURE_REF}); {@code X} stands for a digit that cannot be resolved
 */
public record TimeExpression(String text, int start, int end, String type, String value) {
  public static final String DATE = "DATE";
  public static final String TIME = "TIME";
  public static final String DURATION = "DURATION";
  public static final String SET = "SET";

  private static final Set<String> TYPES = Set.of(DATE, TIME, DURATION, SET);
  private static final Pattern VALUE = Pattern.compile("[0-9A-Z_.:+-]+");

  public TimeExpression {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("time expression text must not be blank");
    }
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "time expression '" + text + "' has offsets " + start + ".." + end + " that do not fit");
    }
    if (!TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "time expression '" + text + "' has type '" + type + "'; expected one of " + TYPES);
    }
    if (value == null || !VALUE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "time expression '" + text + "' has value '" + value + "'; expected a TIMEX3 value");
    }
  }
}
