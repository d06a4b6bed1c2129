package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every fact the seed article (Anadolu Agency, 2024-07-04) needs from the knowledge base. */
class SeedFactsTest {
  private static final ActorBase BASE = ActorBase.shipped();
  private static final LocalDate SEED = LocalDate.of(2024, 7, 4);

  @Test
  void holder_russianPresidentOnSeedDate_isPutinWithCodeRusgov() {
    Actor putin = BASE.holder("RUS", Office.PRESIDENT, SEED).orElseThrow();

    assertThat(putin.id()).isEqualTo("vladimir-putin");
    assertThat(BASE.codeAt(putin, SEED)).isEqualTo("RUSGOV");
    assertThat(BASE.holder("Russia", Office.PRESIDENT, SEED)).contains(putin);
  }

  @Test
  void roleOf_mokhberOnSeedDate_isActingPresidentOfIranFirst() {
    Actor mokhber = person("Mokhber");

    Role role = BASE.roleOf(mokhber, SEED).get(0);

    assertThat(role.office()).isEqualTo(Office.PRESIDENT);
    assertThat(role.body()).isEqualTo("IRN");
    assertThat(role.acting()).isTrue();
    assertThat(role.start()).isEqualTo("2024-05-20");
    assertThat(role.end()).isEqualTo("2024-07-28");
    assertThat(role.displayTitle()).isEqualTo("Acting President of Iran");
    assertThat(BASE.codeAt(mokhber, SEED)).isEqualTo("IRNGOV");
  }

  @Test
  void roleOf_mokhberBeforeRaisiDied_isFirstVicePresidentOnly() {
    List<Role> roles = BASE.roleOf(person("Mohammad Mokhber"), LocalDate.of(2024, 5, 19));

    assertThat(roles).extracting(Role::office).containsExactly(Office.FIRST_VICE_PRESIDENT);
  }

  @Test
  void holder_iranianPresidentOnSeedDate_isMokhber() {
    assertThat(BASE.holder("Iran", Office.PRESIDENT, SEED).map(Actor::id))
        .contains("mohammad-mokhber");
  }

  @Test
  void holder_iranianPresidentUntilMay19_isRaisi() {
    assertThat(BASE.holder("IRN", Office.PRESIDENT, LocalDate.of(2024, 5, 19)).map(Actor::id))
        .contains("ebrahim-raisi");
  }

  @Test
  void resolveNominal_previousPresidentWithIranContext_isRaisi() {
    List<RoleHolder> found = BASE.resolveNominal("the previous president", SEED, List.of("IRN"));

    assertThat(found.get(0).actor().id()).isEqualTo("ebrahim-raisi");
    assertThat(found.get(0).role().end()).isEqualTo("2024-05-19");
  }

  @Test
  void holder_iranianForeignMinister_isAmirAbdollahianUntilMay19() {
    assertThat(BASE.holder("IRN", Office.FOREIGN_MINISTER, LocalDate.of(2024, 5, 19)))
        .contains(person("Hossein Amir-Abdollahian"));
    assertThat(BASE.holder("IRN", Office.FOREIGN_MINISTER, LocalDate.of(2024, 5, 20)))
        .isNotEqualTo(BASE.actor("hossein-amir-abdollahian"));
  }

  @Test
  void resolveNominal_iransSpiritualLeader_isKhamenei() {
    assertThat(ids(BASE.resolveNominal("Iran's spiritual leader", SEED, List.of())))
        .containsExactly("ali-khamenei");
    assertThat(ids(BASE.resolveNominal("The spiritual leader", SEED, List.of("IRN"))))
        .containsExactly("ali-khamenei");
  }

  @Test
  void resolveNominal_supremeLeaderWithoutCountry_isKhameneiAsOnlyHolder() {
    assertThat(ids(BASE.resolveNominal("the supreme leader", SEED, List.of())))
        .containsExactly("ali-khamenei");
  }

  @Test
  void resolveNominal_russianPresident_isPutin() {
    assertThat(ids(BASE.resolveNominal("The Russian president", SEED, List.of())))
        .containsExactly("vladimir-putin");
  }

  @Test
  void resolveNominal_iranianLeader_ranksActingPresidentBeforeSupremeLeader() {
    assertThat(ids(BASE.resolveNominal("The Iranian leader", SEED, List.of())))
        .containsExactly("mohammad-mokhber", "ali-khamenei");
  }

  @Test
  void resolveNominal_headOfIranianRedCrescent_isKolivand() {
    List<RoleHolder> found =
        BASE.resolveNominal(
            "the head of the Iranian Red Crescent Society", LocalDate.of(2024, 5, 20), List.of());

    assertThat(ids(found)).containsExactly("pir-hossein-kolivand");
    assertThat(BASE.codeAt(found.get(0).actor(), SEED)).isEqualTo("IRNNGO");
  }

  @Test
  void lookup_kolivandAsSpelledInSeed_findsHeadOfRedCrescent() {
    assertThat(person("Pir Hussein Kolivand").id()).isEqualTo("pir-hossein-kolivand");
    assertThat(BASE.lookup("Iranian Red Crescent Society").get(0).type()).isEqualTo(ActorType.NGO);
  }

  @Test
  void holder_kazakhPresident_isTokayevHostOfAstanaSummit() {
    assertThat(BASE.holder("Kazakh", Office.PRESIDENT, SEED).map(Actor::id))
        .contains("kassym-jomart-tokayev");
    assertThat(BASE.countryOfCapital("Astana").map(Country::alpha3)).contains("KAZ");
    assertThat(BASE.country("Kazakh").map(Country::alpha3)).contains("KAZ");
  }

  @Test
  void lookup_organisationsOfSeed_haveCameoStyleCodes() {
    assertThat(code("Shanghai Cooperation Organization")).isEqualTo("IGOSCO");
    assertThat(code("SCO")).isEqualTo("IGOSCO");
    assertThat(code("Eurasian Economic Union")).isEqualTo("IGOEAE");
    assertThat(code("EAEU")).isEqualTo("IGOEAE");
    assertThat(code("the United Nations")).isEqualTo("IGOUNO");
  }

  @Test
  void country_seedCountryWords_resolveToAlpha3() {
    assertThat(BASE.country("Russian").map(Country::alpha3)).contains("RUS");
    assertThat(BASE.country("Russian Federation").map(Country::alpha3)).contains("RUS");
    assertThat(BASE.country("Iranian").map(Country::alpha3)).contains("IRN");
    assertThat(BASE.country("Türkiye").map(Country::alpha3)).contains("TUR");
    assertThat(BASE.country("China").map(Country::alpha3)).contains("CHN");
    assertThat(BASE.countryOfCapital("Tehran").map(Country::alpha3)).contains("IRN");
    assertThat(BASE.countryOfCapital("Moscow").map(Country::alpha3)).contains("RUS");
  }

  private static Actor person(String name) {
    List<Actor> found = BASE.lookup(name);
    assertThat(found).as("lookup of %s", name).isNotEmpty();
    return found.get(0);
  }

  private static String code(String name) {
    return BASE.lookup(name).get(0).code();
  }

  private static List<String> ids(List<RoleHolder> holders) {
    return holders.stream().map(h -> h.actor().id()).toList();
  }
}
