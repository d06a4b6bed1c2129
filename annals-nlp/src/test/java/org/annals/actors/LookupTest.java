package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lookups by name, variant, demonym and code: case- and diacritic-insensitive, acronyms exact. */
class LookupTest {
  private static final ActorBase BASE = ActorBase.shipped();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Türkiye; TUR",
        "Turkiye; TUR",
        "Turkey; TUR",
        "TURKEY; TUR",
        "Turkish; TUR",
        "Ivory Coast; CIV",
        "Côte d'Ivoire; CIV",
        "Cote d’Ivoire; CIV",
        "Czechia; CZE",
        "Czech Republic; CZE",
        "Burma; MMR",
        "Myanmar; MMR",
        "North Korea; PRK",
        "DPRK; PRK",
        "Iranian; IRN",
        "Iranians; IRN",
        "Kazakh; KAZ",
        "Kazakhstani; KAZ",
        "Russian; RUS",
        "U.S.; USA",
        "United States of America; USA",
        "Britain; GBR",
        "UK; GBR",
        "the Netherlands; NLD",
        "IR; IRN",
        "IRN; IRN",
        "Swaziland; SWZ",
        "Kosovo; XKX",
      })
  void country_nameVariantDemonymOrCode_resolves(String text, String alpha3) {
    assertThat(BASE.country(text).map(Country::alpha3)).contains(alpha3);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Putin; vladimir-putin",
        "vladimir putin; vladimir-putin",
        "VLADIMIR PUTIN; vladimir-putin",
        "Mokhber; mohammad-mokhber",
        "Erdogan; recep-tayyip-erdogan",
        "Recep Tayyip Erdoğan; recep-tayyip-erdogan",
        "Amir Abdollahian; hossein-amir-abdollahian",
        "Ebrahim Raeisi; ebrahim-raisi",
        "Ayatollah Ali Khamenei; ali-khamenei",
        "Tokayev; kassym-jomart-tokayev",
        "Binali Yildirim; binali-yildirim",
        "UN; un",
        "U.N.; un",
        "WHO; who",
        "Nato; nato",
        "IGOSCO; sco",
      })
  void lookup_nameOrAlias_findsActor(String text, String id) {
    assertThat(BASE.lookup(text)).extracting(Actor::id).first().isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"who", "un", "in", "irn", "Gandalf", "Minas Tirith", "", "   ", "'s", "--"})
  void lookup_unknownOrLowerCaseAcronym_isEmpty(String text) {
    assertThat(BASE.lookup(text)).isEmpty();
  }

  @Test
  void lookupAndCountry_null_areEmpty() {
    assertThat(BASE.lookup(null)).isEmpty();
    assertThat(BASE.country(null)).isEmpty();
    assertThat(BASE.countryOfCapital(null)).isEmpty();
    assertThat(BASE.actor(null)).isEmpty();
    assertThat(BASE.holder(null, Office.PRESIDENT, LocalDate.of(2024, 7, 4))).isEmpty();
    assertThat(BASE.roleOf(null, LocalDate.of(2024, 7, 4))).isEmpty();
    assertThat(BASE.codeAt(null, LocalDate.of(2024, 7, 4))).isEmpty();
    assertThat(BASE.resolveNominal(null, LocalDate.of(2024, 7, 4), null)).isEmpty();
  }

  @Test
  void country_sharedDemonym_isAmbiguousButLookupListsBoth() {
    assertThat(BASE.country("Congolese")).isEmpty();
    assertThat(BASE.lookup("Congolese")).extracting(Actor::id).containsExactly("COD", "COG");
  }

  @Test
  void lookup_personAndCountry_rankMainNameBeforeAlias() {
    List<Actor> found = BASE.lookup("Iran");

    assertThat(found).extracting(Actor::type).first().isEqualTo(ActorType.COUNTRY);
  }

  @Test
  void countryOfCapital_countryWithThreeCapitals_resolvesEach() {
    assertThat(BASE.countryOfCapital("Pretoria").map(Country::alpha3)).contains("ZAF");
    assertThat(BASE.countryOfCapital("Cape Town").map(Country::alpha3)).contains("ZAF");
  }
}
