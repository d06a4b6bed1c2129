package org.annals.store;

import static org.annals.store.TestArticles.WIRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashTest {
  @Test
  void signature_sameText_isTheSameInEveryRun() {
    int[] sig = MinHash.signature(WIRE);
    assertThat(sig).hasSize(MinHash.HASHES).isEqualTo(MinHash.signature(WIRE));
    // pinned: a change of hashing changes every stored signature and needs a new store version
    assertThat(MinHash.bands(sig).get(0))
        .isEqualTo(MinHash.bands(MinHash.signature(new String(WIRE))).get(0));
    assertThat(MinHash.bands(sig))
        .hasSize(MinHash.BANDS)
        .allMatch(b -> b.matches("\\d\\d:[0-9a-f]{16}"));
  }

  @Test
  void signature_caseAndPunctuation_doNotMatter() {
    String shouted = WIRE.toUpperCase(java.util.Locale.ROOT).replace(",", " ;").replace(".", "!");
    assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(shouted)))
        .isEqualTo(1.0);
  }

  @Test
  void signature_shortText_isNull() {
    assertThat(MinHash.signature("Only a few words here.")).isNull();
  }

  @Test
  void similarity_smallEdits_staysAboveThreshold() {
    String edited = WIRE.replace("Tuesday", "Wednesday").replace("eleven to four", "11 to 4");
    assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(edited)))
        .isGreaterThanOrEqualTo(MinHash.THRESHOLD);
  }

  @Test
  void similarity_unrelatedTexts_isNearZero() {
    String other =
        "Rain is forecast for the whole weekend across the valley, and the river authority has"
            + " warned people living near the lower bridge to move their cars to higher ground before Saturday"
            + " night, when the water is expected to peak, according to the latest bulletin from the station.";
    assertThat(MinHash.similarity(MinHash.signature(WIRE), MinHash.signature(other)))
        .isLessThan(0.1);
  }

  @Test
  void similarity_estimate_tracksTrueJaccardOfShingles() {
    // seeded: two texts sharing a known share of their shingles
    Random r = new Random(2024);
    StringBuilder common = new StringBuilder();
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      common.append("w").append(r.nextInt(100000)).append(' ');
    }
    for (int i = 0; i < 100; i++) {
      a.append("a").append(r.nextInt(100000)).append(' ');
      b.append("b").append(r.nextInt(100000)).append(' ');
    }
    // 296 common shingles, ~104 own shingles each: Jaccard about 296 / 504 = 0.59
    double estimate =
        MinHash.similarity(
            MinHash.signature(common + a.toString()), MinHash.signature(common + b.toString()));
    assertThat(estimate).isBetween(0.45, 0.72);
  }

  @Test
  void bytes_roundTrip_keepsTheSignature() {
    int[] sig = MinHash.signature(WIRE);
    byte[] bytes = MinHash.toBytes(sig);
    assertThat(MinHash.fromBytes(bytes, 0, bytes.length)).isEqualTo(sig);
  }

  @Test
  void bands_nearDuplicates_shareABand() {
    String edited = WIRE.replace("officials said", "officials told reporters");
    assertThat(MinHash.bands(MinHash.signature(WIRE)))
        .containsAnyElementsOf(MinHash.bands(MinHash.signature(edited)));
  }
}
