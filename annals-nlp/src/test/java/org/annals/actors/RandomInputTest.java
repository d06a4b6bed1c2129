package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Seeded random text never makes a lookup throw; the seed is in the failure message. */
class RandomInputTest {
  private static final ActorBase BASE = ActorBase.shipped();
  private static final String ALPHABET =
      "abcXYZ iranRUSsia'’.-,;:()|\t\n0123456789 éüİıßøŁ€😀 president leader of the 's ";
  private static final List<String> WORDS =
      List.of(
          "the",
          "Iranian",
          "Russian",
          "president",
          "leader",
          "of",
          "'s",
          "acting",
          "former",
          "Kremlin",
          "U.S.",
          "SCO",
          "head",
          "chief",
          "EU",
          "foreign",
          "minister",
          "WHO",
          "spiritual");

  @Test
  void everyLookup_randomText_neverThrows() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 5_000; i++) {
      String text = i % 2 == 0 ? chars(random) : words(random);
      LocalDate date = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(60_000));
      assertThatCode(() -> exercise(text, date))
          .as("seed %d, input '%s'", seed, text)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void resolveNominal_randomPhrases_returnsOnlyHoldersValidAtTheDate() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 2_000; i++) {
      String phrase =
          words(random).replace("former", "").replace("previous", "").replace("late", "");
      LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5_600));
      assertThat(BASE.resolveNominal(phrase, date, List.of("IRN")))
          .as("seed %d, phrase '%s' on %s", seed, phrase, date)
          .allSatisfy(h -> assertThat(h.role().validAt(date)).isTrue());
    }
  }

  private static void exercise(String text, LocalDate date) {
    BASE.lookup(text);
    BASE.country(text);
    BASE.countryOfCapital(text);
    BASE.holders(text, Office.PRESIDENT, date);
    BASE.resolveNominal(text, date, List.of(text));
    BASE.lookup(text).forEach(a -> BASE.codeAt(a, date));
  }

  private static String chars(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(30);
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }

  private static String words(Random random) {
    StringBuilder b = new StringBuilder();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.append(i > 0 ? " " : "").append(WORDS.get(random.nextInt(WORDS.size())));
    }
    return b.toString();
  }
}
