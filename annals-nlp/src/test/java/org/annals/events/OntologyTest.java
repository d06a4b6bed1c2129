package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The code table, the lexicon and the code families: facts checked against the codebooks. */
class OntologyTest {
  @Test
  void of_knownCodes_carryNameGoldsteinQuadAndPlover() {
    Cameo meet = Cameo.of("036").orElseThrow();
    assertThat(meet.name()).isEqualTo("Express intent to meet or negotiate");
    assertThat(meet.goldstein()).isEqualTo(4.0);
    assertThat(meet.quad()).isEqualTo(1);
    assertThat(meet.plover().type()).isEqualTo("AGREE");
    assertThat(Cameo.of("042").orElseThrow().plover().mode()).isEqualTo("visit");
    assertThat(Cameo.of("0874").orElseThrow().goldstein()).isEqualTo(10.0);
    assertThat(Cameo.of("163").orElseThrow().plover().type()).isEqualTo("COERCE");
    assertThat(Cameo.of("14").orElseThrow().quad()).isEqualTo(3);
    assertThat(Cameo.of("15").orElseThrow().quad()).isEqualTo(4);
  }

  @Test
  void of_statementsAndAppeals_haveNoPloverType() {
    assertThat(Cameo.of("010").orElseThrow().plover()).isNull();
    assertThat(Cameo.of("026").orElseThrow().plover()).isNull();
  }

  @Test
  void of_unknownCode_isEmpty() {
    assertThat(Cameo.of("903")).isEmpty();
    assertThat(Cameo.known("064")).isTrue();
    assertThat(CameoTable.INSTANCE.size()).isGreaterThan(300);
  }

  @Test
  void cameo_badCode_isRejectedWithTheValue() {
    assertThatThrownBy(() -> new Cameo("4", "x", 0, 1, null)).hasMessageContaining("'4'");
  }

  @Test
  void standard_lexicon_coversEveryRootWithSeveralVerbs() throws Exception {
    Set<String> roots = new HashSet<>();
    try (var in = Lexicon.class.getResourceAsStream("lexicon.tsv")) {
      for (String line :
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String code = line.split("\t")[1];
          if (!code.equals("0")) {
            roots.add(code.substring(0, 2));
          }
        }
      }
    }
    assertThat(roots).hasSize(20);
    assertThat(Lexicon.standard().size()).isGreaterThan(300);
  }

  @Test
  void match_mostSpecificPatternWins() {
    Lexicon lex = Lexicon.standard();
    assertThat(lex.match("impose", Set.of("sanction", "on"), true).code()).isEqualTo("163");
    assertThat(lex.match("call", Set.of("for", "talk"), false).code()).isEqualTo("026");
    assertThat(lex.match("meet", Set.of("with"), true).code()).isEqualTo("040");
    assertThat(lex.match("condemn", Set.of(), false)).isNull();
  }

  @Test
  void parse_badLine_namesTheLineAndTheFix() {
    assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader("meet 040\n"))))
        .hasMessageContaining("line 1")
        .hasMessageContaining("tabs");
    assertThatThrownBy(() -> Lexicon.parse(new BufferedReader(new StringReader("meet\t999\t\n"))))
        .hasMessageContaining("'999' is not a CAMEO code");
  }

  @Test
  void combine_complementFamilies_followTheCodebook() {
    LexEntry pledge = new LexEntry("pledge", List.of(), "030", Set.of("intent"), null, 1);
    LexEntry urge = new LexEntry("urge", List.of(), "020", Set.of("appeal"), null, 2);
    LexEntry demand = new LexEntry("demand", List.of(), "100", Set.of("demand"), null, 3);
    LexEntry refuse = new LexEntry("refuse", List.of(), "120", Set.of("refuse"), null, 4);
    assertThat(Codes.combine(pledge, "040")).isEqualTo("036");
    assertThat(Codes.combine(pledge, "073")).isEqualTo("0333");
    assertThat(Codes.combine(pledge, "190")).isEqualTo("138");
    assertThat(Codes.combine(urge, "0871")).isEqualTo("0256");
    assertThat(Codes.combine(demand, "0841")).isEqualTo("1053");
    assertThat(Codes.combine(refuse, "040")).isEqualTo("125");
    assertThat(Codes.combine(refuse, null)).isEqualTo("120");
  }

  @Test
  void event_interactionWithoutSource_isRejected() {
    Evidence ev = new Evidence(0, List.of(), new Span(0, 3), List.of());
    assertThatThrownBy(
            () ->
                new Event(
                    Event.INTERACTION,
                    List.of(),
                    List.of(),
                    "040",
                    null,
                    null,
                    null,
                    null,
                    null,
                    ev,
                    0.5,
                    Set.of()))
        .hasMessageContaining("source");
    assertThatThrownBy(
            () ->
                new Event(
                    Event.OCCURRENCE,
                    List.of(),
                    List.of(),
                    "040",
                    "crash",
                    null,
                    null,
                    null,
                    null,
                    ev,
                    0.5,
                    Set.of()))
        .hasMessageContaining("occurrence");
  }
}
