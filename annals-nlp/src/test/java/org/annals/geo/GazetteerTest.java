package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {
  private final Gazetteer gazetteer = Gazetteer.standard();

  @ParameterizedTest(name = "{0} → {2} {1} in {3}")
  @CsvSource({
    // the seed article's places
    "East Azerbaijan, East Azerbaijan, ADM1, IRN",
    "Astana, Astana, CITY, KAZ",
    "Moscow, Moscow, CITY, RUS",
    "Tehran, Tehran, CITY, IRN",
    "Iran, Iran, COUNTRY, IRN",
    "Russia, Russia, COUNTRY, RUS",
    "Kazakhstan, Kazakhstan, COUNTRY, KAZ",
    // traps without context: the likeliest reading
    "Georgia, Georgia, COUNTRY, GEO",
    "Jordan, Jordan, COUNTRY, JOR",
    "Washington, Washington, CITY, USA",
    "Paris, Paris, CITY, FRA",
    "New York, New York City, CITY, USA",
    // renamings, spellings, alternate names
    "Nur-Sultan, Astana, CITY, KAZ",
    "Kiev, Kyiv, CITY, UKR",
    "Bombay, Mumbai, CITY, IND",
    "Tromso, Tromsø, CITY, NOR",
    "TROMSØ, Tromsø, CITY, NOR",
    "Azarbayjan-e Sharqi, East Azerbaijan, ADM1, IRN",
    "Turkey, Türkiye, COUNTRY, TUR",
    "Türkiye, Türkiye, COUNTRY, TUR",
    "Russian Federation, Russia, COUNTRY, RUS",
    "U.S., United States, COUNTRY, USA",
    "the Netherlands, Netherlands, COUNTRY, NLD",
    "Iran's, Iran, COUNTRY, IRN",
    // a kind word after a name that is only the name
    "Washington State, Washington, ADM1, USA",
    "Tehran province, Tehran, ADM1, IRN",
    "East Azerbaijan Province, East Azerbaijan, ADM1, IRN"
  })
  void lookup_name_likeliestFirst(String name, String expected, PlaceKind kind, String country) {
    List<GeoEntry> found = gazetteer.lookup(name);

    assertThat(found).isNotEmpty();
    assertThat(found.get(0))
        .extracting(GeoEntry::name, GeoEntry::kind, GeoEntry::country)
        .containsExactly(expected, kind, country);
  }

  @Test
  void lookup_partOfACountryName_neverTheCountry() {
    assertThat(gazetteer.lookup("East Azerbaijan"))
        .extracting(GeoEntry::kind)
        .doesNotContain(PlaceKind.COUNTRY);
    assertThat(gazetteer.lookup("West Azerbaijan"))
        .extracting(GeoEntry::country)
        .containsOnly("IRN");
    assertThat(gazetteer.lookup("Azerbaijan").get(0).country()).isEqualTo("AZE");
  }

  @Test
  void lookup_georgia_countryThenTheUsState() {
    assertThat(gazetteer.lookup("Georgia"))
        .extracting(GeoEntry::kind, GeoEntry::country)
        .startsWith(
            org.assertj.core.groups.Tuple.tuple(PlaceKind.COUNTRY, "GEO"),
            org.assertj.core.groups.Tuple.tuple(PlaceKind.ADM1, "USA"));
  }

  @Test
  void lookup_washington_capitalThenState() {
    List<GeoEntry> found = gazetteer.lookup("Washington");

    assertThat(found.get(0).adm1()).isEqualTo("District of Columbia");
    assertThat(found.get(1))
        .extracting(GeoEntry::kind, GeoEntry::country)
        .containsExactly(PlaceKind.ADM1, "USA");
  }

  @Test
  void lookup_city_carriesDivisionCoordinatesAndPopulation() {
    GeoEntry tehran = gazetteer.lookup("Tehran").get(0);

    assertThat(tehran.adm1()).isEqualTo("Tehran");
    assertThat(tehran.lat()).isBetween(35.5, 35.9);
    assertThat(tehran.lon()).isBetween(51.2, 51.6);
    assertThat(tehran.population()).isGreaterThan(5_000_000);
  }

  @Test
  void lookup_division_centredInsideItsCountry() {
    GeoEntry east = gazetteer.lookup("East Azerbaijan").get(0);

    assertThat(east.lat()).isBetween(36.5, 39.5);
    assertThat(east.lon()).isBetween(44.5, 48.5);
    assertThat(east.population()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Iranian", "Russian", "Kazakh", "American", "British", "Turkish", "Azerbaijani"})
  void lookup_demonym_isNoPlace(String demonym) {
    assertThat(gazetteer.lookup(demonym)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Africa", "Asia", "Europe", "Middle East", "Caucasus", "Balkans"})
  void lookup_continentOrWorldRegion_isNoPlaceOfTheGazetteer(String region) {
    assertThat(gazetteer.lookup(region)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Qwzxville", "Nowhere Province of Zork", "Azer", "Azerbaijan East"})
  void lookup_unknownName_isEmpty(String name) {
    assertThat(gazetteer.lookup(name)).isEmpty();
  }

  @Test
  void lookup_hostileInput_isEmptyAndNeverThrows() {
    String[] hostile = {
      null,
      "",
      "   ",
      "\u0000",
      "\uD800",
      "\uDC00",
      "Tehran".repeat(10_000),
      "(.*)|[a-z]+",
      "'; DROP TABLE places; --",
      "\t|\n",
      "🏙️",
      "\u202Eنارهت",
      "the",
      "the the",
      "province",
      "state"
    };
    for (String s : hostile) {
      assertThat(gazetteer.lookup(s)).as("lookup of %s", s).isEmpty();
    }
  }

  @Test
  void lookup_strayCharactersAroundAName_stillTheName() {
    assertThat(gazetteer.lookup("\uDC00Tehran\u0000"))
        .first()
        .extracting(GeoEntry::country)
        .isEqualTo("IRN");
    assertThat(gazetteer.lookup("  «Tehran»  "))
        .first()
        .extracting(GeoEntry::country)
        .isEqualTo("IRN");
  }

  @Test
  void lookup_result_isImmutable() {
    List<GeoEntry> found = gazetteer.lookup("Paris");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> found.clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Iran, IRN",
    "Iranian, IRN",
    "Iran's, IRN",
    "Islamic Republic of Iran, IRN",
    "Kazakh, KAZ",
    "Kazakhstani, KAZ",
    "U.S., USA",
    "American, USA",
    "Russian, RUS",
    "Türkiye, TUR",
    "Turkey, TUR",
    "British, GBR",
    "Britain, GBR"
  })
  void countryCode_nameOrDemonym_iso3(String word, String iso3) {
    assertThat(gazetteer.countryCode(word)).contains(iso3);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"Tehran", "Martian", "   ", "Congolese"})
  void countryCode_noCountryOrAmbiguous_isEmpty(String word) {
    assertThat(gazetteer.countryCode(word)).isEmpty();
  }

  @Test
  void countryCode_null_isEmpty() {
    assertThat(gazetteer.countryCode(null)).isEmpty();
  }

  @Test
  void country_iso3_theCountry() {
    assertThat(gazetteer.country("KAZ")).get().extracting(GeoEntry::name).isEqualTo("Kazakhstan");
    assertThat(gazetteer.country("XYZ")).isEmpty();
    assertThat(gazetteer.country(null)).isEmpty();
  }

  @Test
  void count_shippedData_coversTheWorld() {
    assertThat(gazetteer.count(PlaceKind.COUNTRY)).isBetween(240, 260);
    assertThat(gazetteer.count(PlaceKind.ADM1)).isBetween(3_500, 5_000);
    assertThat(gazetteer.count(PlaceKind.CITY)).isBetween(25_000, 30_000);
    assertThat(gazetteer.count(null)).isZero();
  }
}
