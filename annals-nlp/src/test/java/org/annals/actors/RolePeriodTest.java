package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role periods at their boundaries: inclusive ends, handover days, acting and suspended holders.
 */
class RolePeriodTest {
  private static final ActorBase BASE = ActorBase.shipped();

  @ParameterizedTest(name = "{1} of {0} on {2} → {3}")
  @CsvSource({
    "IRN, PRESIDENT, 2021-08-02, hassan-rouhani",
    "IRN, PRESIDENT, 2024-05-19, ebrahim-raisi",
    "IRN, PRESIDENT, 2024-05-20, mohammad-mokhber",
    "IRN, PRESIDENT, 2024-07-27, mohammad-mokhber",
    "IRN, PRESIDENT, 2024-07-28, masoud-pezeshkian",
    "IRN, PRESIDENT, 2024-07-29, masoud-pezeshkian",
    "IRN, FOREIGN_MINISTER, 2024-05-20, ali-bagheri-kani",
    "IRN, SUPREME_LEADER, 1989-06-04, ali-khamenei",
    "USA, PRESIDENT, 2025-01-19, joe-biden",
    "USA, PRESIDENT, 2025-01-20, donald-trump",
    "GBR, PRIME_MINISTER, 2024-07-04, rishi-sunak",
    "GBR, PRIME_MINISTER, 2024-07-05, keir-starmer",
    "GBR, MONARCH, 2022-09-07, elizabeth-ii",
    "GBR, MONARCH, 2022-09-08, charles-iii",
    "KAZ, PRESIDENT, 2019-03-19, nursultan-nazarbayev",
    "KAZ, PRESIDENT, 2019-03-20, kassym-jomart-tokayev",
    "KOR, PRESIDENT, 2025-01-10, choi-sang-mok",
    "BRA, PRESIDENT, 2016-06-01, michel-temer",
    "DEU, CHANCELLOR, 2025-05-05, olaf-scholz",
    "sco, SECRETARY_GENERAL, 2024-07-04, zhang-ming",
    "un, SECRETARY_GENERAL, 2024-07-04, antonio-guterres",
  })
  void holder_atBoundary_isTheHolderOfThatDay(
      String body, Office office, LocalDate date, String id) {
    assertThat(BASE.holder(body, office, date).map(Actor::id)).contains(id);
  }

  @Test
  void holder_beforeFirstTerm_isEmpty() {
    assertThat(BASE.holder("IRN", Office.SUPREME_LEADER, LocalDate.of(1989, 6, 3))).isEmpty();
  }

  @Test
  void holders_onHandoverDay_rankIncomingBeforeOutgoing() {
    List<RoleHolder> both = BASE.holders("IRN", Office.PRESIDENT, LocalDate.of(2024, 7, 28));

    assertThat(both)
        .extracting(h -> h.actor().id())
        .containsExactly("masoud-pezeshkian", "mohammad-mokhber");
  }

  @Test
  void holders_duringImpeachment_rankActingBeforeSuspended() {
    List<RoleHolder> both = BASE.holders("KOR", Office.PRESIDENT, LocalDate.of(2025, 1, 10));

    assertThat(both)
        .extracting(h -> h.actor().id())
        .containsExactly("choi-sang-mok", "yoon-suk-yeol");
    assertThat(both.get(0).role().acting()).isTrue();
    assertThat(both.get(1).role().note()).contains("suspended");
  }

  @Test
  void roleOf_personOutOfOffice_isEmptyAndCodeFallsBackToOwn() {
    Actor raisi = BASE.actor("ebrahim-raisi").orElseThrow();

    assertThat(BASE.roleOf(raisi, LocalDate.of(2024, 7, 4))).isEmpty();
    assertThat(BASE.codeAt(raisi, LocalDate.of(2024, 7, 4))).isEqualTo("IRNGOV");
  }

  @Test
  void roleOf_erdoganAcrossTheExecutivePresidency_gainsHeadOfGovernment() {
    Actor erdogan = BASE.lookup("Erdogan").get(0);

    assertThat(
            BASE.roleOf(erdogan, LocalDate.of(2016, 1, 1)).get(0).is(Capacity.HEAD_OF_GOVERNMENT))
        .isFalse();
    assertThat(
            BASE.roleOf(erdogan, LocalDate.of(2019, 1, 1)).get(0).is(Capacity.HEAD_OF_GOVERNMENT))
        .isTrue();
  }

  @Test
  void roles_putin_listsEveryTermLatestFirst() {
    List<Role> roles = BASE.roles(BASE.actor("vladimir-putin").orElseThrow());

    assertThat(roles).extracting(Role::start).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(roles)
        .extracting(Role::office)
        .containsExactly(
            Office.PRESIDENT, Office.PRIME_MINISTER, Office.PRESIDENT, Office.PRESIDENT);
  }

  @Test
  void role_endBeforeStart_isRejectedNamingTheRole() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Role(
                    "someone",
                    "IRN",
                    Office.PRESIDENT,
                    java.util.Set.of(),
                    LocalDate.of(2024, 5, 20),
                    LocalDate.of(2024, 5, 19),
                    false,
                    Dating.EXACT,
                    "President of Iran",
                    "test",
                    ""))
        .withMessage(
            "role of someone as PRESIDENT of IRN: end 2024-05-19 is before start 2024-05-20");
  }
}
