package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.model.RawDocument;
import org.annals.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article (read from ../shared, skipped when absent): what issue 5 asks of it. */
class SeedEventsTest {
  private static List<Event> events;

  @BeforeAll
  static void code() throws Exception {
    String p = System.getProperty("annals.shared");
    Path seed =
        Path.of(p == null || p.isBlank() ? "../shared" : p)
            .resolve("corpus/seed/000_968a5fd984a47838.txt");
    assumeTrue(Files.exists(seed), "../shared is absent (a fresh clone): skipped");
    var article =
        Extractors.of(Format.AUTO)
            .extract(RawDocument.of(seed.toString(), Files.readAllBytes(seed)));
    events = EventCoder.standard().code(Annotator.standard().annotate(article));
  }

  private static boolean dyad(Event e, String a, String b) {
    var codes = new java.util.HashSet<String>();
    e.source().forEach(x -> codes.add(x.code()));
    e.target().forEach(x -> codes.add(x.code()));
    return codes.contains(a) && codes.contains(b);
  }

  @Test
  void code_seed_meetingInAstanaOnJuly4() {
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.cameoRoot()).isEqualTo("04");
              assertThat(dyad(e, "RUSGOV", "IRNGOV")).isTrue();
              assertThat(e.date()).isEqualTo(LocalDate.of(2024, 7, 4));
              assertThat(e.place().name()).isEqualTo("Astana");
              assertThat(e.place().country()).isEqualTo("KAZ");
            });
  }

  @Test
  void code_seed_pledgeIsIntent() {
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.cameoRoot()).isEqualTo("03");
              assertThat(dyad(e, "RUSGOV", "IRNGOV")).isTrue();
            });
  }

  @Test
  void code_seed_supportAndThanks() {
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.cameoRoot()).isEqualTo("05");
              assertThat(e.source().get(0).code()).isEqualTo("RUSGOV");
              assertThat(e.target().get(0).code()).isEqualTo("IRN");
            })
        .anySatisfy(
            e -> {
              assertThat(e.cameo()).isIn("051", "018");
              assertThat(e.source().get(0).code()).isEqualTo("IRNGOV");
              assertThat(e.target().get(0).code()).isEqualTo("RUSGOV");
            });
  }

  @Test
  void code_seed_helicopterCrashIsAnOccurrenceInEastAzerbaijan() {
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.kind()).isEqualTo(Event.OCCURRENCE);
              assertThat(e.date()).isEqualTo(LocalDate.of(2024, 5, 19));
              assertThat(e.place().name()).isEqualTo("East Azerbaijan");
              assertThat(e.place().country()).isEqualTo("IRN");
            });
  }

  @Test
  void code_seed_quoteWithoutCodedContent_isMokhbersStatementAboutRussia() {
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.cameo()).isEqualTo("010");
              assertThat(e.modality()).containsExactly("statement");
              assertThat(e.source().get(0).code()).isEqualTo("IRNGOV");
              assertThat(e.target().get(0).code()).isEqualTo("RUS");
            });
  }

  @Test
  void code_seed_eventsInTextOrder() {
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).evidence().sentence())
          .isGreaterThanOrEqualTo(events.get(i - 1).evidence().sentence());
    }
  }

  @Test
  void code_seed_nothingAttributedToAzerbaijan() {
    assertThat(events)
        .noneMatch(
            e ->
                e.source().stream().anyMatch(a -> a.code().startsWith("AZE"))
                    || e.target().stream().anyMatch(a -> a.code().startsWith("AZE"))
                    || (e.place() != null && "AZE".equals(e.place().country())));
  }
}
