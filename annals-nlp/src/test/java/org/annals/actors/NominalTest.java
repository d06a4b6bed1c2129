package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Role nominals resolved to the people who held the role at the date, best first. */
class NominalTest {
  private static final ActorBase BASE = ActorBase.shipped();
  private static final LocalDate SEED = LocalDate.of(2024, 7, 4);

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "The Russian president; 2024-07-04; vladimir-putin",
        "Russia's president; 2024-07-04; vladimir-putin",
        "President of Russia; 2024-07-04; vladimir-putin",
        "the Russian Federation president; 2024-07-04; vladimir-putin",
        "Russian Prime Minister; 2024-07-04; mikhail-mishustin",
        "the Russian premier; 2019-07-04; dmitry-medvedev",
        "Russia's top diplomat; 2024-07-04; sergey-lavrov",
        "the Iranian president; 2024-05-19; ebrahim-raisi",
        "Iranian Foreign Minister; 2024-05-19; hossein-amir-abdollahian",
        "Iran's acting foreign minister; 2024-07-04; ali-bagheri-kani",
        "U.S. Secretary of State; 2024-07-04; antony-blinken",
        "US president; 2024-07-04; joe-biden",
        "the Turkish president; 2024-07-04; recep-tayyip-erdogan",
        "Kazakh President; 2024-07-04; kassym-jomart-tokayev",
        "German Chancellor; 2024-07-04; olaf-scholz",
        "British prime minister; 2024-07-04; rishi-sunak",
        "British prime minister; 2024-07-05; keir-starmer",
        "the Chinese premier; 2024-07-04; li-qiang",
        "Saudi King; 2024-07-04; salman-bin-abdulaziz",
        "Japanese Emperor; 2024-07-04; naruhito",
        "UN Secretary-General; 2024-07-04; antonio-guterres",
        "the NATO chief; 2024-07-04; jens-stoltenberg",
        "SCO Secretary General; 2024-07-04; zhang-ming",
        "EU foreign policy chief; 2024-07-04; josep-borrell",
        "European Commission President; 2024-07-04; ursula-von-der-leyen",
        "the head of the World Health Organization; 2024-07-04; tedros-adhanom-ghebreyesus",
        "the Kremlin chief; 2024-07-04; vladimir-putin",
        "Germany's head of state; 2024-07-04; frank-walter-steinmeier",
        "the former Iranian president; 2024-07-04; ebrahim-raisi",
        "the late president; 2024-07-04; ebrahim-raisi",
      })
  void resolveNominal_roleWithBody_findsHolder(String phrase, LocalDate date, String id) {
    List<String> context = phrase.contains("late") ? List.of("Iran") : List.of();

    assertThat(ids(BASE.resolveNominal(phrase, date, context))).first().isEqualTo(id);
  }

  @Test
  void resolveNominal_leaderOfGermany_isChancellorBeforePresident() {
    assertThat(ids(BASE.resolveNominal("the German leader", SEED, List.of())))
        .containsExactly("olaf-scholz", "frank-walter-steinmeier");
  }

  @Test
  void resolveNominal_britishLeader_isPrimeMinisterBeforeKing() {
    assertThat(ids(BASE.resolveNominal("Britain's leader", SEED, List.of())))
        .containsExactly("rishi-sunak", "charles-iii");
  }

  @Test
  void resolveNominal_formerPresidentOfRussia_leavesOutTheCurrentHolder() {
    assertThat(ids(BASE.resolveNominal("former Russian president", SEED, List.of())))
        .containsExactly("dmitry-medvedev");
  }

  @Test
  void resolveNominal_noBodyButContext_usesContextInOrder() {
    assertThat(ids(BASE.resolveNominal("the president", SEED, List.of("Kazakhstan", "RUS"))))
        .containsExactly("kassym-jomart-tokayev", "vladimir-putin");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the president",
        "the Russian president's spokesman",
        "Israeli premier",
        "the Russian ambassador",
        "president Gandalf",
        "the",
        "leader leader leader",
      })
  void resolveNominal_notAResolvableNominal_isEmpty(String phrase) {
    assertThat(BASE.resolveNominal(phrase, SEED, List.of())).isEmpty();
  }

  @Test
  void resolveNominal_dateBeforeAnyRecord_isEmpty() {
    assertThat(BASE.resolveNominal("Kazakh president", LocalDate.of(1950, 1, 1), List.of()))
        .isEmpty();
  }

  private static List<String> ids(List<RoleHolder> holders) {
    return holders.stream().map(h -> h.actor().id()).toList();
  }
}
