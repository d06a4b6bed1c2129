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
        "Russia pledged to provide military aid to Syria.|[RUS]0332[SYR];",
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
        "France and Germany condemned Russia on Monday.|[FRA, DEU]111[RUS];",
        "The Russian president said Russia would send aid to Syria.|[RUS]033[SYR];",
        "Kenya promised to cooperate with Somalia.|[KEN]031[SOM];",
        "Egypt urged Israel to allow aid deliveries.|[EGY]0255[ISR];",
        "Vietnam refused to release the Chinese fishermen.|[VNM]1243[CHN];",
        "Brazil's foreign minister visited Angola last week.|[BRAGOV]042[AGO];",
        "Nigerian police arrested Ghanaian traders in Lagos.|[NGACOP]173[GHA];",
        "Iran threatened to impose sanctions on Britain.|[IRN]1312[GBR];",
        "India apologized to Nepal for the border incident.|[IND]055[NPL];",
        "Russia returned the captured soldiers to Ukraine.|[RUS]0841[UKR];",
        "Hungary vetoed the resolution against Russia.|[HUN]129[RUS];",
        "Russia said on Tuesday that Sudan must return the helicopter.|[RUS]100[SDN];",
        "France said Iran should release the detained sailors.|[FRA]0253[IRN];",
        "Iran told Iraq that the border would stay open.|[IRN]010[IRQ];",
        "Japan and Australia held joint military exercises on Friday.|[JPN]062[AUS];",
        "Germany sent humanitarian aid to Sudan.|[DEU]073[SDN];",
        "Russia provided economic aid to Cuba.|[RUS]071[CUB];",
        "Kenyan teachers went on strike on Monday.|[KEN]143[];",
        "Serbian protesters demonstrated against Kosovo in Belgrade.|[SRBCVL]141[XKX];",
        "Syrian soldiers abducted two Lebanese journalists.|[SYRMIL]181[LBNMED];",
        "Egypt massacred Libyan civilians.|[EGY]202[LBYCVL];",
        "Syria used chemical weapons against Turkey.|[SYR]2041[TUR];",
        "The governments of Ghana and Togo condemned Mali on Wednesday.|[GHAGOV, TGOGOV]111[MLI];",
        "The president of Kenya met the leaders of Uganda in Nairobi.|[KENGOV]040[UGAGOV];",
        "The army of Sudan shelled Chad on Monday.|[SDNMIL]194[TCD];",
        "Egypt condemned the attack by Israeli forces on Monday.|[EGY]111[ISRMIL];",
        "Jordan condemned an attack on the embassy by Syrian rebels.|[JOR]111[SYRREB];",
      })
  void code_ownSentence_givesDyadAndCode(String sentence, String expected) {
    assertThat(dyads(code(sentence))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Italy did not meet with Libya.",
        "Chile could attack Peru.",
        "Turkey never signed the agreement with Greece.",
        "If Chile attacks Peru, Bolivia will protest."
      })
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
  void code_reportedSpeech_codesTheContentWithItsOwnSubject() {
    Event e = code("The Russian president said Russia would send aid to Syria.").get(0);
    assertThat(e.modality()).contains("reported", "intent");
    assertThat(e.plover().type()).isEqualTo("AGREE");
  }

  @org.junit.jupiter.api.Test
  void code_obligationInReportedSpeech_isTheSpeakersDemandDatedBySpeech() {
    Event e = code("Russia said on Tuesday that Sudan must return the helicopter.").get(0);
    assertThat(e.cameoRoot()).isEqualTo("10");
    assertThat(e.plover().type()).isEqualTo("REQUEST");
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 7, 2));
  }

  @org.junit.jupiter.api.Test
  void code_passiveWithMonth_agentIsSourceAndMonthPrecision() {
    Event e = code("Colombia was attacked by Venezuela in March 2023.").get(0);
    assertThat(e.source().get(0).code()).isEqualTo("VEN");
    assertThat(e.target().get(0).code()).isEqualTo("COL");
    assertThat(e.date()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(e.datePrecision()).isEqualTo("month");
  }

  @org.junit.jupiter.api.Test
  void code_noTimeExpression_fallsBackToArticleDate() {
    Event e = code("Israel condemned Iran.").get(0);
    assertThat(e.date()).isEqualTo(LocalDate.of(2024, 7, 4));
    assertThat(e.datePrecision()).isEqualTo("article-date");
  }

  @org.junit.jupiter.api.Test
  void code_evidence_pointsAtSourceActionAndTarget() {
    String s = "Israel condemned Iran on Wednesday.";
    Event e = code(s).get(0);
    Evidence x = e.evidence();
    assertThat(s.substring(x.source().get(0).start(), x.source().get(0).end())).isEqualTo("Israel");
    assertThat(s.substring(x.action().start(), x.action().end())).isEqualTo("condemned");
    assertThat(s.substring(x.target().get(0).start(), x.target().get(0).end())).isEqualTo("Iran");
    assertThat(e.quad()).isEqualTo(3);
    assertThat(e.goldstein()).isEqualTo(-2.0);
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
