package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.Timestamp;
import org.annals.nlp.Annotator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden sentences of our own (generic news style), one per behaviour and CAMEO family. */
class EventCoderTest {
  private static List<Event> code(String sentence) {
    Article a =
        new Article(
            ArticleIds.fromContent("test", List.of(sentence)),
            "test",
            null,
            null,
            null,
            null,
            List.of(),
            Timestamp.ofDate(LocalDate.of(2024, 7, 4)),
            null,
            "en",
            List.of(sentence),
            List.of(),
            List.of());
    return EventCoder.standard().code(Annotator.standard().annotate(a));
  }

  private static String dyads(List<Event> events) {
    StringBuilder b = new StringBuilder();
    for (Event e : events) {
      b.append(e.source().stream().map(EventActor::code).toList())
          .append(e.cameo())
          .append(e.target().stream().map(EventActor::code).toList())
          .append(';');
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The German chancellor met with the Polish prime minister in Warsaw on Tuesday.|[DEUGOV]040[POLGOV];",
        "China and India held talks in Beijing on March 3, 2024.|[CHN]040[IND];",
        "Japan called for talks with North Korea.|[JPN]026[PRK];",
        "Russia pledged to provide military aid to Syria.|[RUS]033[SYR];",
        "Canada praised Mexico for its handling of the crisis.|[CAN]051[MEX];",
        "Brazil signed a trade agreement with Argentina on Friday.|[BRA]057[ARG];",
        "Egypt agreed to release the detained journalists.|[EGY]0353[];",
        "Turkey launched an investigation into the bombing.|[TUR]090[];",
        "Ukraine demanded that Russia withdraw its troops.|[UKR]1056[RUS];",
        "Israel condemned Iran on Wednesday.|[ISR]111[IRN];",
        "Pakistan accused India of violating the ceasefire.|[PAK]112[IND];",
        "Venezuela rejected the proposal from Colombia.|[VEN]120[COL];",
        "North Korea threatened to attack South Korea.|[PRK]138[KOR];",
        "Greece mobilized troops near the border with Turkey.|[GRC]154[];",
        "The United States imposed sanctions on Iran.|[USA]163[IRN];",
        "Russian forces shelled Ukraine on Sunday.|[RUSMIL]194[UKR];",
        "Sweden expelled two Russian diplomats.|[SWE]166[RUSGOV];",
        "Spain refused to meet with Morocco.|[ESP]125[MAR];",
        "Germany was criticized by Poland.|[POL]111[DEU];",
        "Ethiopia will meet with Eritrea next week.|[ETH]036[ERI];",
        "Iran thanked Iraq for its support.|[IRN]051[IRQ];",
      })
  void code_ownSentence_givesDyadAndCode(String sentence, String expected) {
    assertThat(dyads(code(sentence))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"Italy did not meet with Libya.", "Chile could attack Peru."})
  void code_negatedOrHypothetical_givesNothing(String sentence) {
    assertThat(code(sentence)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void code_crash_givesOccurrenceWithDateAndPlace() {
    List<Event> events = code("A plane crashed in Nepal on January 15, 2023.");
    assertThat(events).hasSize(1);
    Event e = events.get(0);
    assertThat(e.kind()).isEqualTo(Event.OCCURRENCE);
    assertThat(e.cameo()).isNull();
    assertThat(e.date()).isEqualTo(LocalDate.of(2023, 1, 15));
    assertThat(e.datePrecision()).isEqualTo("day");
    assertThat(e.place().country()).isEqualTo("NPL");
  }

  @org.junit.jupiter.api.Test
  void code_meetingWithTimeAndPlace_datesAndPlacesTheAction() {
    Event e = code("China and India held talks in Beijing on March 3, 2024.").get(0);
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 3));
    assertThat(e.place().name()).isEqualTo("Beijing");
    assertThat(e.modality()).contains("reciprocal");
    assertThat(e.plover().type()).isEqualTo("CONSULT");
  }
}
