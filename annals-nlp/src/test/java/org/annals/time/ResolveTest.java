package org.annals.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.annals.time.Resolve.Dir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which occurrence of a weekday, a month day or a month an expression means. */
class ResolveTest {
  private static final LocalDate THURSDAY = LocalDate.of(2024, 7, 4);

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "THURSDAY, PAST, 2024-07-04",
    "THURSDAY, FUTURE, 2024-07-04",
    "THURSDAY, BEFORE, 2024-06-27",
    "THURSDAY, AFTER, 2024-07-11",
    "MONDAY, PAST, 2024-07-01",
    "MONDAY, FUTURE, 2024-07-08",
    "MONDAY, NEAREST, 2024-07-01",
    "FRIDAY, NEAREST, 2024-07-05",
    "SUNDAY, THIS, 2024-07-07",
    "SUNDAY, PAST, 2024-06-30",
  })
  void weekday_fromAThursday_picksTheDayTheDirectionMeans(DayOfWeek d, Dir dir, String day) {
    assertThat(Resolve.weekday(THURSDAY, d, dir)).hasToString(day);
  }

  @ParameterizedTest(name = "{0}/{1} {2} -> {3}")
  @CsvSource({
    "5, 19, PAST, 2024-05-19",
    "7, 4, PAST, 2024-07-04",
    "7, 4, FUTURE, 2024-07-04",
    "12, 5, PAST, 2023-12-05",
    "12, 5, FUTURE, 2024-12-05",
    "12, 5, NEAREST, 2024-12-05",
    "1, 6, NEAREST, 2024-01-06",
    "5, 19, FUTURE, 2025-05-19",
    "2, 29, PAST, 2024-02-29",
  })
  void monthDay_fromJuly2024_picksTheYear(int month, int day, Dir dir, String expected) {
    assertThat(Resolve.monthDay(THURSDAY, month, day, dir)).hasToString(expected);
  }

  @ParameterizedTest(name = "month {0} {1} -> {2}")
  @CsvSource({
    "3, PAST, 2024-03-01",
    "3, FUTURE, 2025-03-01",
    "7, PAST, 2024-07-01",
    "7, FUTURE, 2024-07-01",
    "7, BEFORE, 2023-07-01",
    "7, AFTER, 2025-07-01",
    "12, NEAREST, 2024-12-01",
    "3, THIS, 2024-03-01",
  })
  void month_fromJuly2024_picksTheYear(int month, Dir dir, String expected) {
    assertThat(Resolve.month(THURSDAY, month, dir)).hasToString(expected);
  }
}
