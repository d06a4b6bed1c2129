package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextReaderTest {
  private final ContextReader reader = new ContextReader((StandardGazetteer) Gazetteer.standard());

  @Test
  void read_demonymKindWordOf_countryAndKind() {
    Qualifiers q = read("in the Iranian province of [East Azerbaijan].");

    assertThat(q.countries()).containsExactly("IRN");
    assertThat(q.kind()).isEqualTo(PlaceKind.ADM1);
  }

  @Test
  void read_adjectivesBetweenCountryAndKindWord_skipped() {
    Qualifiers q = read("in Iran's remote northwestern province of [East Azerbaijan].");

    assertThat(q.countries()).containsExactly("IRN");
    assertThat(q.kind()).isEqualTo(PlaceKind.ADM1);
  }

  @Test
  void read_capital_cityAndCapital() {
    Qualifiers q = read("met in Kazakh capital [Astana] on Thursday");

    assertThat(q.countries()).containsExactly("KAZ");
    assertThat(q.kind()).isEqualTo(PlaceKind.CITY);
    assertThat(q.capital()).isTrue();
  }

  @Test
  void read_multiWordDemonym_longestCountry() {
    assertThat(read("the South Korean city of [Busan]").countries()).containsExactly("KOR");
    assertThat(read("the United States' capital, [Washington]").countries()).containsExactly("USA");
  }

  @Test
  void read_commaCountryAfter_country() {
    assertThat(read("researchers in [Tromsø], Norway, said").countries()).containsExactly("NOR");
    assertThat(read("in [Sarajevo], Bosnia and Herzegovina.").countries()).containsExactly("BIH");
  }

  @Test
  void read_commaDivisionAfter_division() {
    Qualifiers q = read("a storm in [Paris], Texas.");

    assertThat(q.divisions()).containsExactly("US.TX");
  }

  @Test
  void read_kindWordAfter_kind() {
    assertThat(read("fires in [Washington] state").kind()).isEqualTo(PlaceKind.ADM1);
    assertThat(read("floods in [Tehran] Province").kind()).isEqualTo(PlaceKind.ADM1);
  }

  @Test
  void read_countryWordOutsideTheQualifier_ignored() {
    assertThat(read("The Russian ambassador in [Astana] spoke")).isEqualTo(Qualifiers.NONE);
    assertThat(read("Russian President Vladimir Putin visited [Astana]"))
        .isEqualTo(Qualifiers.NONE);
    assertThat(read("He was in Iran. [Astana] was next.")).isEqualTo(Qualifiers.NONE);
    assertThat(read("Iran, [Astana] and Baku")).isEqualTo(Qualifiers.NONE);
    assertThat(read("from Iran to [Astana]")).isEqualTo(Qualifiers.NONE);
  }

  @Test
  void read_possessiveRightBefore_country() {
    assertThat(read("Iran's [East Azerbaijan] mourned").countries()).containsExactly("IRN");
    assertThat(read("Iran’s [East Azerbaijan] mourned").countries()).containsExactly("IRN");
  }

  @Test
  void read_mentionAtTheEdges_nothing() {
    assertThat(read("[Astana]")).isEqualTo(Qualifiers.NONE);
    assertThat(read(",[Astana],")).isEqualTo(Qualifiers.NONE);
  }

  @Test
  void words_abbreviationKept_sentenceEndStops() {
    String text = "He left. The U.S. state of Georgia";
    Words w = Words.before(text, text.indexOf("Georgia"), 8);

    assertThat(w.words()).containsExactly("of", "state", "U.S.", "The");
    assertThat(w.comma()).isFalse();
  }

  @Test
  void words_after_commaAndSentenceEnd() {
    String text = "Tromsø, Norway. Next";
    Words w = Words.after(text, "Tromsø".length(), 5);

    assertThat(w.words()).containsExactly("Norway");
    assertThat(w.comma()).isTrue();
  }

  private Qualifiers read(String marked) {
    int start = marked.indexOf('[');
    int end = marked.indexOf(']') - 1;
    return reader.read(marked.replace("[", "").replace("]", ""), start, end);
  }
}
