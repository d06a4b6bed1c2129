package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Seeded random text and offsets: lookup and resolve never throw (the seed names a failure). */
class PlaceResolverFuzzTest {
  private static final String[] PIECES = {
    "Paris",
    "Georgia",
    "Iran's",
    "Kazakh",
    "capital",
    "province",
    "of",
    "the",
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "U.S.",
    "state",
    "'s",
    "’",
    "-",
    "\uD800",
    "\uDC00",
    "é",
    "ø",
    "\u0301",
    "Москва",
    "طهران",
    "東京",
    "😀",
    "\u0000",
    "\t",
    "|",
    "(",
    "Washington",
    "East Azerbaijan",
    "Norway"
  };

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 42, 20240704})
  void resolve_randomTextAndOffsets_neverThrows(long seed) {
    Random random = new Random(seed);
    Gazetteer gazetteer = Gazetteer.standard();
    PlaceResolver resolver = PlaceResolver.standard();
    PlaceContext context = PlaceContext.of(java.util.Set.of("USA")).withDateline("IRN");
    for (int i = 0; i < 5_000; i++) {
      String text = randomText(random);
      int a = random.nextInt(text.length() + 3) - 1;
      int b = random.nextInt(text.length() + 3) - 1;
      int iteration = i;
      assertThatCode(
              () -> {
                resolver.resolve(text, Math.min(a, b), Math.max(a, b), context);
                gazetteer.lookup(text.substring(0, Math.max(0, Math.min(b, text.length()))));
                gazetteer.countryCode(text);
              })
          .as("seed %d, iteration %d, text [%s], offsets %d..%d", seed, iteration, text, a, b)
          .doesNotThrowAnyException();
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(12);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }
}
