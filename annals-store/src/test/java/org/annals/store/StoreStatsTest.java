package org.annals.store;

import static org.annals.store.TestArticles.WIRE;
import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreStatsTest {
  @TempDir Path dir;

  @Test
  void stats_emptyStore_isAllZeroButSize() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      StoreStats s = store.stats();
      assertThat(s.articles()).isZero();
      assertThat(s.stories()).isZero();
      assertThat(s.sources()).isZero();
      assertThat(s.byPublisher()).isEmpty();
      assertThat(s.byDay()).isEmpty();
      assertThat(s.bytes()).isPositive();
      assertThat(store.search(SearchQuery.of("anything", 10)).facets())
          .containsOnlyKeys("publisher", "section", "year-month", "actor");
    }
  }

  @Test
  void stats_afterBatches_countsByPublisherSectionAndDay() throws Exception {
    Article a =
        article(
            "North Gazette",
            "harbour",
            "Port Ellery votes",
            "Business",
            "2024-07-02T23:30:00-05:00",
            WIRE);
    Article b =
        article(
            "Coast Herald",
            "copy",
            "Channel deepened",
            "Regional",
            "2024-07-03",
            WIRE.replace("Tuesday", "Monday"));
    Article c =
        article(
            "Coast Herald",
            "ferry",
            "Ferry strike off",
            "Transport",
            null,
            "Ferry crews called off the strike.");
    Article d =
        article(
            "Valley Times",
            "bare",
            "No section",
            null,
            "2024-07-03",
            "A short item without a section.");
    try (Store store = Store.openForWriting(dir)) {
      Batch batch = store.batch();
      batch.add(a, from("a.html"));
      batch.add(b, from("b.html"));
      batch.add(c, from("c.html"));
      batch.commit();
      Batch again = store.batch();
      again.add(d, from("d.html"));
      again.add(c, from("c-mirror.html"));
      again.commit();
      try (Store reader = Store.openForReading(dir)) {
        StoreStats s = reader.stats();
        assertThat(s.articles()).isEqualTo(4);
        assertThat(s.stories()).isEqualTo(3);
        assertThat(s.sources()).isEqualTo(5);
        assertThat(s.byPublisher())
            .containsExactly(
                Map.entry("Coast Herald", 2L),
                Map.entry("North Gazette", 1L),
                Map.entry("Valley Times", 1L));
        assertThat(s.bySection()).containsOnlyKeys("Business", "Regional", "Transport");
        assertThat(s.byDay())
            .as("the day as the source states it")
            .containsExactly(Map.entry("2024-07-02", 1L), Map.entry("2024-07-03", 2L));
        StoreStats w = store.stats();
        assertThat(
                new StoreStats(
                    w.articles(),
                    w.stories(),
                    w.sources(),
                    w.byPublisher(),
                    w.bySection(),
                    w.byDay(),
                    0))
            .as("the writer counts the same")
            .isEqualTo(
                new StoreStats(
                    s.articles(),
                    s.stories(),
                    s.sources(),
                    s.byPublisher(),
                    s.bySection(),
                    s.byDay(),
                    0));
      }
    }
  }
}
