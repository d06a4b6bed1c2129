package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The seed article (read from ../shared, never copied): every mention of its places resolves to the
 * right place, with the article's countries found the way the NLP stage will find them (names and
 * nationality adjectives).
 */
class SeedPlacesTest {
  private static final String SEED = "corpus/seed/000_968a5fd984a47838.txt";
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*");

  private final Gazetteer gazetteer = Gazetteer.standard();
  private final PlaceResolver resolver = PlaceResolver.standard();

  @ParameterizedTest(name = "{0} → {1} {2}")
  @CsvSource({
    "East Azerbaijan, ADM1, IRN",
    "Astana, CITY, KAZ",
    "Moscow, CITY, RUS",
    "Tehran, CITY, IRN",
    "Iran, COUNTRY, IRN",
    "Russia, COUNTRY, RUS",
    // the related links below the article
    "Türkiye, COUNTRY, TUR",
    "Palestine, COUNTRY, PSE",
    "Ukraine, COUNTRY, UKR",
    "Israel, COUNTRY, ISR",
    "Gaza, CITY, PSE"
  })
  void resolve_everyMentionInTheSeed_thePlaceMeant(String name, PlaceKind kind, String country)
      throws IOException {
    String text = seed();
    PlaceContext context = PlaceContext.of(countriesNamed(text));
    int mentions = 0;
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (Character.isLetter(charAt(text, at + name.length()))) {
        continue; // "Iranian" is no mention of Iran
      }
      mentions++;
      assertThat(resolver.resolve(text, at, at + name.length(), context))
          .as("%s at char %d", name, at)
          .get()
          .extracting(GeoEntry::kind, GeoEntry::country)
          .containsExactly(kind, country);
    }
    assertThat(mentions).as("mentions of %s in the seed", name).isPositive();
  }

  @org.junit.jupiter.api.Test
  void countriesNamed_seed_russiaIranAndKazakhstan() throws IOException {
    assertThat(countriesNamed(seed())).contains("RUS", "IRN", "KAZ").doesNotContain("AZE");
  }

  /**
   * Countries named by a capitalised word or two ("Russia", "Iranian", "Kazakh", "U.S."), the
   * longer name first as a tagger would take it: "East Azerbaijan" names no country.
   */
  private Set<String> countriesNamed(String text) {
    Set<String> codes = new TreeSet<>();
    Matcher m = CAPITALISED.matcher(text);
    String previous = "";
    while (m.find()) {
      String pair = previous + " " + m.group();
      previous = m.group();
      if (!gazetteer.lookup(pair).isEmpty()) {
        gazetteer.countryCode(pair).ifPresent(codes::add);
        continue;
      }
      gazetteer.countryCode(m.group()).ifPresent(codes::add);
    }
    return codes;
  }

  private static char charAt(String text, int i) {
    return i < text.length() ? text.charAt(i) : ' ';
  }

  private static String seed() throws IOException {
    String shared = System.getProperty("annals.shared", "../shared");
    Path file = Path.of(shared).resolve(SEED);
    assumeTrue(Files.exists(file), "../shared is absent (a fresh clone): skipped; needs " + SEED);
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
