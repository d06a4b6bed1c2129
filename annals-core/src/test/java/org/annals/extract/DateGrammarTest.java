package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.annals.extract.DateGrammar.Order;
import org.annals.model.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared date grammar: formats, languages, ambiguity, invalid dates, times and zones. */
class DateGrammarTest {
  private static String iso(String text) {
    return DateGrammar.parse(text).map(Timestamp::iso).orElse("none");
  }

  private static String iso(String text, Order order) {
    return DateGrammar.parse(text, order).map(Timestamp::iso).orElse("none");
  }

  @Test
  void parse_seedStyleWithTimeBeforeDate_givesLocalDateTime() {
    assertThat(iso("08:46 | 04 July 2024")).isEqualTo("2024-07-04T08:46");
    assertThat(DateGrammar.parse("08:46 | 04 July 2024").orElseThrow().zoneKnown()).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "04.07.2024                        | 2024-07-04",
        "4.7.2024                          | 2024-07-04",
        "July 4, 2024 8:46 AM              | 2024-07-04T08:46",
        "July 4, 2024 8:46 PM              | 2024-07-04T20:46",
        "Jul. 4th, 2024                    | 2024-07-04",
        "Thursday, July 4, 2024            | 2024-07-04",
        "2024-07-04                        | 2024-07-04",
        "2024-07-04T08:46                  | 2024-07-04T08:46",
        "2024-07-04 08:46:59.000000        | 2024-07-04T08:46:59",
        "2024/07/04                        | 2024-07-04",
        "2024.7.4                          | 2024-07-04",
        "2022-11-1                         | 2022-11-01",
      })
  void parse_englishNumericAndIsoForms_readTheDay(String text, String expected) {
    assertThat(iso(text.strip())).isEqualTo(expected.strip());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "4. Juli 2024                      | 2024-07-04",
        "Donnerstag, 4. Juli 2024, 10:30 Uhr | 2024-07-04T10:30",
        "vom 4.7.2024                      | 2024-07-04",
        "Veröffentlicht am 04.07.2024      | 2024-07-04",
        "4. Jänner 2024                    | 2024-01-04",
        "3. März 2021                      | 2021-03-03",
        "17 de febrero de 2020             | 2020-02-17",
        "17 de Febrero 2020                | 2020-02-17",
        "1er janvier 2020                  | 2020-01-01",
        "le 15 septembre 2009              | 2009-09-15",
        "4 de julho de 2024                | 2024-07-04",
        "Domenica 06 Dicembre 2020 - 00:36 | 2020-12-06T00:36",
        "4 июля 2024 г.                    | 2024-07-04",
        "4 lipca 2024                      | 2024-07-04",
        "4. července 2024                  | 2024-07-04",
        "2020. június 4.                   | 2020-06-04",
        "4 Temmuz 2024                     | 2024-07-04",
        "4 juli 2024                       | 2024-07-04",
        "07 أكتوبر 2020                    | 2020-10-07",
        "4 Ιουλίου 2024                    | 2024-07-04",
        "2024年7月4日                       | 2024-07-04",
        "２０２４年７月４日                     | 2024-07-04",
        "2024년 7월 4일                     | 2024-07-04",
        "26 Okt 2018                       | 2018-10-26",
      })
  void parse_otherLanguages_readTheDay(String text, String expected) {
    assertThat(iso(text.strip())).isEqualTo(expected.strip());
  }

  @Test
  void parse_barSeparatedDayMonthYear_readsDayFirst() {
    assertThat(iso("26 | 01 | 2022 Schweiz")).isEqualTo("2022-01-26");
  }

  @Test
  void parse_slashedAmbiguous_followsTheOrderGiven() {
    assertThat(iso("04/07/2024", Order.MONTH_FIRST)).isEqualTo("2024-04-07");
    assertThat(iso("04/07/2024", Order.DAY_FIRST)).isEqualTo("2024-07-04");
  }

  @Test
  void parse_slashedWithDayOver12_readsDayFirstWhateverTheOrder() {
    assertThat(iso("17/03/2020", Order.MONTH_FIRST)).isEqualTo("2020-03-17");
    assertThat(iso("03/17/2020", Order.DAY_FIRST)).isEqualTo("2020-03-17");
  }

  @Test
  void parse_twoDigitYear_onlyInFullDottedForm() {
    assertThat(iso("18.10.19 19:24")).isEqualTo("2019-10-18T19:24");
    assertThat(iso("iOS 13.1.3")).isEqualTo("none");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "31.02.2024",
        "2024-13-01",
        "30 February 2024",
        "32 July 2024",
        "00.07.2024",
        "July 2024",
        "Seite 5 von 2024",
        "",
        "   ",
        "no date at all",
        "12:30",
        "1799-01-01"
      })
  void parse_invalidOrIncomplete_givesNothing(String text) {
    assertThat(DateGrammar.parse(text)).isEmpty();
  }

  @Test
  void parse_null_givesNothing() {
    assertThat(DateGrammar.parse(null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024-07-04T08:46:00+03:00          | 2024-07-04T08:46:00+03:00",
        "2024-07-04T08:46:00Z               | 2024-07-04T08:46:00Z",
        "2021-11-01T10:52:50+0100           | 2021-11-01T10:52:50+01:00",
        "2020-12-05T23:15:0Z                | 2020-12-05T23:15:00Z",
        "13 Jan 2020, 22:11 GMT+10          | 2020-01-13T22:11:00+10:00",
        "July 4, 2024 8:46 AM EDT           | 2024-07-04T08:46:00-04:00",
        "Tue, 14 Jan 2020 10:11:12 +0000    | 2020-01-14T10:11:12Z",
        "Tue Aug 25 2020 00:23:33 GMT+0000 (Coordinated Universal Time) | 2020-08-25T00:23:33Z",
        "4. Juli 2024, 10:30 Uhr MESZ       | 2024-07-04T10:30:00+02:00",
        "04.07.2024 10:30 UTC+3             | 2024-07-04T10:30:00+03:00",
      })
  void parse_writtenZone_givesTheOffset(String text, String expected) {
    assertThat(iso(text.strip())).isEqualTo(expected.strip());
  }

  @Test
  void parse_ambiguousZoneAbbreviation_keepsTheTimeLocal() {
    Timestamp t = DateGrammar.parse("July 4, 2024 8:46 AM IST").orElseThrow();
    assertThat(t.iso()).isEqualTo("2024-07-04T08:46");
    assertThat(t.zoneKnown()).isFalse();
  }

  @Test
  void parse_timeWithoutZone_neverInventsAnOffset() {
    assertThat(DateGrammar.parse("04.07.2024 08:46").orElseThrow().offset()).isNull();
  }

  @Test
  void parse_arabicEveningMarker_readsTheAfternoon() {
    assertThat(iso("الأربعاء، 07 أكتوبر 2020 - 12:09 م")).isEqualTo("2020-10-07T12:09");
    assertThat(iso("07 أكتوبر 2020 - 03:09 م")).isEqualTo("2020-10-07T15:09");
  }

  @Test
  void parse_impossibleTime_keepsTheDayOnly() {
    assertThat(iso("04.07.2024 25:61")).isEqualTo("2024-07-04");
  }

  @Test
  void findAll_textWithSeveralDates_givesEachInOrderWithAdjacentTimes() {
    List<DateGrammar.Found> found =
        DateGrammar.findAll(
            "Posted 3 March 2021 at 10:15 — event from 5. bis 11. Februar 2022; see 2020-01-02.",
            Order.DAY_FIRST,
            10);
    assertThat(found)
        .extracting(f -> f.stamp().iso())
        .containsExactly("2021-03-03T10:15", "2022-02-11", "2020-01-02");
  }

  @Test
  void findAll_respectsTheLimit() {
    assertThat(DateGrammar.findAll("1.1.2020 2.1.2020 3.1.2020 4.1.2020", Order.DAY_FIRST, 2))
        .hasSize(2);
  }

  @Test
  void offset_designators_giveOffsetsOrNull() {
    assertThat(DateGrammar.offset("Z")).isEqualTo(ZoneOffset.UTC);
    assertThat(DateGrammar.offset("+03:00")).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(DateGrammar.offset("GMT+3")).isEqualTo(ZoneOffset.ofHours(3));
    assertThat(DateGrammar.offset("EDT")).isEqualTo(ZoneOffset.ofHours(-4));
    assertThat(DateGrammar.offset("-0530")).isEqualTo(ZoneOffset.ofHoursMinutes(-5, -30));
    assertThat(DateGrammar.offset("IST")).isNull();
    assertThat(DateGrammar.offset("+25:00")).isNull();
  }

  @Test
  void parse_hugeInput_looksOnlyAtTheStartAndReturnsQuickly() {
    String text = "x".repeat(5_000_000) + " 04.07.2024";
    long start = System.nanoTime();
    Optional<Timestamp> t = DateGrammar.parse(text);
    assertThat(t).isEmpty();
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void findAll_hostileDigitsAndPunctuation_doNotBlowUp() {
    String text = "1.".repeat(50_000) + "/".repeat(10_000) + "2024-".repeat(10_000);
    long start = System.nanoTime();
    DateGrammar.findAll(text, Order.DAY_FIRST, 50);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }
}
