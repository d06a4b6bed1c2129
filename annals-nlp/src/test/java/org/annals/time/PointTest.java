package org.annals.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TIMEX3 values of calendar points, ISO weeks across year ends included. */
class PointTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "2024-07-04, DAY, 2024-07-04",
    "2024-07-04, WEEK, 2024-W27",
    "2024-12-30, WEEK, 2025-W01",
    "2021-01-03, WEEK, 2020-W53",
    "2024-07-06, WEEKEND, 2024-W27-WE",
    "2024-07-04, MONTH, 2024-07",
    "2024-07-04, QUARTER, 2024-Q3",
    "2024-07-04, HALF, 2024-H2",
    "2024-07-04, YEAR, 2024",
    "2024-07-04, DECADE, 202",
    "1999-07-04, CENTURY, 19",
    "0987-01-01, YEAR, 0987",
  })
  void value_ofEachGrain_isTheTimex3Form(LocalDate date, Grain grain, String value) {
    assertThat(Point.of(date, grain).value()).isEqualTo(value);
  }

  @Test
  void value_ofASeason_namesTheSeason() {
    assertThat(Point.season(2024, "SU").value()).isEqualTo("2024-SU");
  }

  @Test
  void plus_aDayUnitFromAYear_staysAtTheYear() {
    Point year = Point.of(LocalDate.of(2010, 1, 1), Grain.YEAR);

    assertThat(year.plus(1, Unit.DAY).value()).isEqualTo("2010");
    assertThat(year.plus(1, Unit.YEAR).value()).isEqualTo("2011");
  }

  @Test
  void duration_ofFractionsAndVagueAmounts_isTheTimex3Form() {
    assertThat(Unit.YEAR.duration(12.5)).isEqualTo("P12.5Y");
    assertThat(Unit.HOUR.duration(3.0)).isEqualTo("PT3H");
    assertThat(Unit.DECADE.duration(null)).isEqualTo("PXDE");
    assertThat(Unit.QUARTER.duration(2.0)).isEqualTo("P6M");
    assertThat(Unit.FORTNIGHT.duration(1.0)).isEqualTo("P2W");
  }

  @Test
  void easter_ofKnownYears_isTheGregorianDate() {
    assertThat(PartsOfYear.Holidays.easter(2024)).hasToString("2024-03-31");
    assertThat(PartsOfYear.Holidays.easter(2013)).hasToString("2013-03-31");
    assertThat(PartsOfYear.Holidays.easter(2025)).hasToString("2025-04-20");
  }
}
