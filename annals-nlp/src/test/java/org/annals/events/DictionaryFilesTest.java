package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PETRARCH-format dictionaries, on lines of our own in their format. */
class DictionaryFilesTest {
  @Test
  void actors_synonymsAndDatedCodes_areRead() {
    List<DictionaryFiles.Entry> e =
        DictionaryFiles.actors(
            List.of(
                "<!-- a comment -->",
                "NORTHLAND_ [NRL] # a note",
                "+NORTHLANDERS",
                "OLD_KINGDOM",
                "\t[OKG <900101]",
                "\t[OKGREB > 900101]",
                "TWIN_CITIES [TWA/TWB]"));
    assertThat(e).hasSize(4);
    assertThat(e.get(0).words()).containsExactly("NORTHLAND");
    assertThat(e.get(0).exact()).isTrue();
    assertThat(e.get(1).words()).containsExactly("NORTHLANDERS");
    assertThat(e.get(2).codes())
        .extracting(DictionaryFiles.Code::code)
        .containsExactly("OKG", "OKGREB");
    assertThat(e.get(2).codes().get(0).to()).isLessThan(19900101).isGreaterThanOrEqualTo(19891231);
    assertThat(e.get(3).codes().get(0).code()).isEqualTo("TWA/TWB");
  }

  @Test
  void agents_macrosAndPlurals_areExpanded() {
    List<DictionaryFiles.Entry> e =
        DictionaryFiles.agents(
            List.of("!PERSON! = MAN, WOMAN", "HARBOUR!PERSON! [~MAR]", "ENVOY [~GOV]"));
    assertThat(e)
        .extracting(x -> String.join(" ", x.words()))
        .contains("HARBOURMAN", "HARBOURWOMAN", "ENVOY", "ENVOYS");
  }

  @Test
  void day_twoDigitYears_pivotAt1930() {
    assertThat(DictionaryFiles.day("950601")).isEqualTo(19950601);
    assertThat(DictionaryFiles.day("140101")).isEqualTo(20140101);
    assertThat(DictionaryFiles.day("20010203")).isEqualTo(20010203);
  }
}
