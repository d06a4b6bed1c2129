package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks over the whole shipped resource. */
class GazetteerDataTest {
  private static final StandardGazetteer GAZETTEER = (StandardGazetteer) Gazetteer.standard();

  @Test
  void load_shippedResource_noLineSkipped() {
    assertThat(GAZETTEER.skippedLines()).isZero();
  }

  @Test
  void resource_files_smallAndVersioned() throws IOException {
    long total = 0;
    for (String name :
        List.of(GazetteerLoader.COUNTRIES, GazetteerLoader.DIVISIONS, GazetteerLoader.CITIES)) {
      try (InputStream in = GazetteerLoader.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        byte[] bytes = in.readAllBytes();
        total += bytes.length;
        if (!name.endsWith(".gz")) {
          assertThat(new String(bytes, 0, 40, StandardCharsets.UTF_8))
              .startsWith("# Annals gazetteer v1");
        }
      }
    }
    assertThat(total).as("bytes of the gazetteer resource").isLessThan(2_000_000);
  }

  @Test
  void places_everyOne_foundByItsOwnName() {
    List<Place> lost =
        GAZETTEER
            .places()
            .filter(p -> !GAZETTEER.lookup(p.entry().name()).contains(p.entry()))
            .limit(10)
            .toList();

    assertThat(lost).isEmpty();
  }

  @Test
  void places_everyCountryCodeKnown() {
    assertThat(GAZETTEER.places().map(Place::country).distinct())
        .allSatisfy(iso3 -> assertThat(GAZETTEER.country(iso3)).as(iso3).isPresent());
  }

  @Test
  void cities_almostAllInADivision() {
    Map<Boolean, Long> inDivision =
        GAZETTEER
            .places()
            .filter(p -> p.kind() == PlaceKind.CITY)
            .collect(
                Collectors.partitioningBy(p -> !p.entry().adm1().isEmpty(), Collectors.counting()));

    assertThat(inDivision.get(false)).isLessThan(inDivision.get(true) / 100);
  }

  @Test
  void cities_atLeastFifteenThousandInhabitants() {
    assertThat(GAZETTEER.places().filter(p -> p.kind() == PlaceKind.CITY))
        .allSatisfy(p -> assertThat(p.entry().population()).isGreaterThanOrEqualTo(15_000));
  }

  @Test
  void capitals_ofTheSeedCountries() {
    assertThat(
            GAZETTEER
                .places()
                .filter(Place::capital)
                .filter(p -> List.of("RUS", "IRN", "KAZ").contains(p.country()))
                .map(p -> p.entry().name()))
        .containsExactlyInAnyOrder("Moscow", "Tehran", "Astana");
  }
}
