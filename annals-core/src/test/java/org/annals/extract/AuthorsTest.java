package org.annals.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Author names from bylines and metadata values. */
class AuthorsTest {
  @Test
  void clean_byPrefix_isDropped() {
    assertThat(Authors.clean("By Jane Doe", null)).containsExactly("Jane Doe");
    assertThat(Authors.clean("von Erika Mustermann", null)).containsExactly("Erika Mustermann");
    assertThat(Authors.clean("Por María López", null)).containsExactly("María López");
    assertThat(Authors.clean("Written by John Smith", null)).containsExactly("John Smith");
    assertThat(Authors.clean("Ein Artikel von Pia Beispiel", null)).containsExactly("Pia Beispiel");
  }

  @Test
  void clean_nameInCapitals_isWrittenAsAName() {
    assertThat(Authors.clean("By HEATHER HOLLINGSWORTH", null))
        .containsExactly("Heather Hollingsworth");
    assertThat(Authors.clean("JEAN-PAUL O'NEIL", null)).containsExactly("Jean-Paul O'Neil");
    assertThat(Authors.clean("J.R. SMITH", null)).containsExactly("J.R. Smith");
    assertThat(Authors.clean("Heather Hollingsworth", null))
        .containsExactly("Heather Hollingsworth");
  }

  @Test
  void clean_lists_areSplitOnCommasAndConjunctions() {
    assertThat(Authors.clean("Jane Doe and John Smith", null))
        .containsExactly("Jane Doe", "John Smith");
    assertThat(Authors.clean("Jane Doe, John Smith & Ann Lee", null))
        .containsExactly("Jane Doe", "John Smith", "Ann Lee");
    assertThat(Authors.clean("Erika Mustermann und Max Muster", null))
        .containsExactly("Erika Mustermann", "Max Muster");
    assertThat(Authors.clean("Ana Ruiz y Luis Gómez", null))
        .containsExactly("Ana Ruiz", "Luis Gómez");
    assertThat(Authors.clean("Jane Doe; John Smith", null))
        .containsExactly("Jane Doe", "John Smith");
  }

  @Test
  void clean_middleInitialThatLooksLikeAConjunction_staysInTheName() {
    assertThat(Authors.clean("Robert E. Moffit", null)).containsExactly("Robert E. Moffit");
    assertThat(Authors.clean("Colbert I. King", null)).containsExactly("Colbert I. King");
  }

  @Test
  void clean_agencyAlone_isKeptAsTheByline() {
    assertThat(Authors.clean("By The Associated Press", null))
        .containsExactly("The Associated Press");
    assertThat(Authors.organisation("The Associated Press")).isTrue();
  }

  @Test
  void clean_agencyAfterAPerson_isDroppedAsAffiliation() {
    assertThat(Authors.clean("Jane Doe, Reuters", null)).containsExactly("Jane Doe");
    assertThat(Authors.clean("Javier Ruiz and Ann Lee, Financial Times", null))
        .containsExactly("Javier Ruiz", "Ann Lee");
    assertThat(Authors.clean("John Smith The Associated Press", null))
        .containsExactly("John Smith");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Staff",
        "Staff Writer",
        "Slate Staff",
        "News Desk",
        "Redaktion",
        "TC Redazione",
        "admin"
      })
  void clean_staffAndNewsrooms_giveNoName(String raw) {
    assertThat(Authors.clean(raw, null)).isEmpty();
  }

  @Test
  void clean_emailsUrlsAndHandles_giveNoName() {
    assertThat(Authors.clean("jane.doe@example.org", null)).isEmpty();
    assertThat(Authors.clean("https://example.org/authors/jane", null)).isEmpty();
    assertThat(Authors.clean("Jane Doe | jane@example.org", null)).containsExactly("Jane Doe");
  }

  @Test
  void clean_datesInTheByline_areCut() {
    assertThat(Authors.clean("By Nathan Willis March 25, 2015", null))
        .containsExactly("Nathan Willis");
    assertThat(Authors.clean("By JANE DOE March 11, 2015 3:46 PM", null))
        .containsExactly("Jane Doe");
    assertThat(Authors.clean("Pamela Muster | 27.01.2022 - 12:45", null))
        .containsExactly("Pamela Muster");
  }

  @Test
  void clean_rolesAndDegrees_areDropped() {
    assertThat(Authors.clean("Jane Doe, Staff Writer", null)).containsExactly("Jane Doe");
    assertThat(Authors.clean("John Smith, Senior Political Correspondent", null))
        .containsExactly("John Smith");
    assertThat(Authors.clean("Laura Example MS, RDN, LD", null)).containsExactly("Laura Example");
    assertThat(Authors.clean("Andrew Example, Chief Technology Officer", null))
        .containsExactly("Andrew Example");
  }

  @Test
  void clean_photoCreditsAfterTheName_areDropped() {
    assertThat(Authors.clean("Fiona Example, Image: FBI, Image: State Police", null))
        .containsExactly("Fiona Example");
  }

  @Test
  void clean_siteName_isNeverAnAuthor() {
    assertThat(Authors.clean("Example Times", "Example Times")).isEmpty();
    assertThat(Authors.clean("Jane Doe, Example Times", "Example Times"))
        .containsExactly("Jane Doe");
  }

  @Test
  void clean_entitiesInMetadata_areDecoded() {
    assertThat(Authors.clean("James O&#039;Neil", null)).containsExactly("James O'Neil");
  }

  @Test
  void clean_duplicates_areKeptOnce() {
    assertThat(Authors.clean("Jane Doe, jane doe", null)).containsExactly("Jane Doe");
  }

  @Test
  void clean_sentencesAndJunk_giveNoName() {
    assertThat(Authors.clean("clicking \"Submit\" you agree to the terms", null)).isEmpty();
    assertThat(Authors.clean("", null)).isEmpty();
    assertThat(Authors.clean(null, null)).isEmpty();
    assertThat(Authors.clean("x".repeat(5_000), null)).isEmpty();
  }
}
