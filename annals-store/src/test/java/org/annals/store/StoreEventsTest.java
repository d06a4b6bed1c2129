package org.annals.store;

import static org.annals.store.TestArticles.WIRE;
import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events merged across articles: one event per dyad, root, place and day (within a day), reprints
 * counted once, occurrences kept apart, filters by dyad, actor, code and date, Parquet out.
 */
class StoreEventsTest {
  @TempDir Path dir;
  private Store store;

  static final Article WIRE_A =
      article("North Gazette", "a", "Leaders meet", "World", "2024-07-04", WIRE);
  static final Article REPRINT =
      article("Coast Herald", "b", "Leaders meet", "World", "2024-07-04", WIRE);
  static final Article OTHER =
      article(
          "South Courier",
          "c",
          "Talks in the capital",
          "World",
          "2024-07-05",
          "The two presidents held talks in the capital on Friday, a day after their first meeting,"
              + " and their ministers signed three agreements on trade, energy and transport links.");
  static final Article LATER =
      article(
          "South Courier",
          "d",
          "Leaders meet again",
          "World",
          "2024-07-10",
          "The two presidents met again in the capital a week later to review the agreements signed"
              + " at their first meetings and to plan a visit by trade delegations in the autumn.");

  static EventRow meet(int event, String cameo, String date, String source, String target) {
    return new EventRow(
        event,
        0,
        "interaction",
        cameo,
        null,
        "CONSULT",
        null,
        1,
        1.0,
        source,
        source + " name",
        target,
        target + " name",
        date,
        "day",
        "Astana",
        "KAZ",
        "Astana",
        51.18,
        71.45,
        0,
        20,
        10,
        14,
        0.9,
        "{\"cameo\":\"" + cameo + "\"}");
  }

  static EventRow crash(int event, String date) {
    return new EventRow(
        event,
        1,
        "occurrence",
        null,
        "crash",
        null,
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        date,
        "day",
        "East Azerbaijan",
        "IRN",
        "East Azerbaijan",
        37.9,
        46.27,
        -1,
        -1,
        30,
        37,
        0.8,
        "{\"occurrence\":\"crash\"}");
  }

  static Annotations with(EventRow... events) {
    return new Annotations("{}", List.of(), List.of(events));
  }

  @BeforeEach
  void fill() throws Exception {
    store = Store.openForWriting(dir);
    Batch b = store.batch();
    b.add(
        WIRE_A,
        from("a"),
        with(meet(0, "043", "2024-07-04", "RUSGOV", "IRNGOV"), crash(1, "2024-05-19")));
    assertThat(b.add(REPRINT, from("b"), with(meet(0, "043", "2024-07-04", "RUSGOV", "IRNGOV"))))
        .isEqualTo(Batch.Outcome.REPRINT);
    b.add(OTHER, from("c"), with(meet(0, "040", "2024-07-05", "RUSGOV", "IRNGOV")));
    b.add(LATER, from("d"), with(meet(0, "043", "2024-07-10", "IRNGOV", "RUSGOV")));
    b.commit();
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  @Test
  void events_sameDyadRootPlaceWithinADay_oneEventReprintsCountedOnce() {
    List<MergedEvent> all = store.events(EventQuery.all());
    assertThat(all).hasSize(3);
    MergedEvent meeting =
        all.stream()
            .filter(e -> e.date().equals("2024-07-04") && "interaction".equals(e.kind()))
            .findFirst()
            .orElseThrow();
    assertThat(meeting.mentions()).hasSize(3);
    assertThat(meeting.numArticles()).as("the reprint is the same story").isEqualTo(2);
    assertThat(meeting.numSources()).isEqualTo(2);
    assertThat(meeting.numMentions()).isEqualTo(2);
    assertThat(meeting.cameo()).isEqualTo("043");
    assertThat(meeting.placeName()).isEqualTo("Astana");
  }

  @Test
  void events_occurrence_keptApartWithItsDateAndPlace() {
    List<MergedEvent> crashes =
        store.events(new EventQuery(null, null, null, null, null, "occurrence", null, null));
    assertThat(crashes)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.occurrence()).isEqualTo("crash");
              assertThat(e.date()).isEqualTo("2024-05-19");
              assertThat(e.placeCountry()).isEqualTo("IRN");
              assertThat(e.cameo()).isNull();
            });
  }

  @Test
  void events_filters_dyadEitherWayActorPrefixCodeAndDates() {
    assertThat(store.events(new EventQuery("RUS", "IRN", null, null, null, null, null, null)))
        .hasSize(2);
    assertThat(store.events(new EventQuery(null, null, "irn", "04", null, null, null, null)))
        .hasSize(2);
    assertThat(store.events(new EventQuery(null, null, null, "040", null, null, null, null)))
        .singleElement()
        .satisfies(e -> assertThat(e.numArticles()).isEqualTo(1));
    assertThat(
            store.events(
                new EventQuery(
                    null, null, null, null, "CONSULT", null, LocalDate.of(2024, 7, 6), null)))
        .singleElement()
        .satisfies(e -> assertThat(e.date()).isEqualTo("2024-07-10"));
    assertThatThrownBy(() -> new EventQuery("RUS", null, null, null, null, null, null, null))
        .hasMessageContaining("dyad needs both sides");
  }

  @Test
  void events_sameMentionsTwice_sameIds() {
    assertThat(store.events(EventQuery.all()))
        .extracting(MergedEvent::id)
        .containsExactlyElementsOf(
            store.events(EventQuery.all()).stream().map(MergedEvent::id).toList());
  }

  @Test
  void writeParquet_eventsAndTheirMentions_readableByDuckDb() throws Exception {
    Path file = dir.resolveSibling("events.parquet");
    store.writeParquet(store.events(EventQuery.all()), file);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), sum(len(mentions)), max(num_articles) FROM read_parquet('"
                    + file
                    + "')")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(3);
      assertThat(r.getLong(2)).isEqualTo(5);
      assertThat(r.getLong(3)).isEqualTo(2);
    }
  }
}
