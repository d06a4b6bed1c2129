package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * People the knowledge base does not know take the titles the article gives them, and later
 * nominals and quotes follow the article (our own text, fictional people).
 */
class ArticleTitlesTest {
  private static AnnotatedArticle a;

  @BeforeAll
  static void annotate() {
    a =
        Annotator.standard()
            .annotate(
                Articles.of(
                    "2025-03-12T14:20",
                    "en",
                    "Portuguese Prime Minister Duarte Vasconcelos and Norwegian Foreign Minister"
                        + " Sigrid Aasland met in Lisbon on Wednesday and pledged to deepen"
                        + " cooperation on ports.",
                    "\"Our coasts face each other,\" Vasconcelos told reporters after the meeting."
                        + " \"Today we agreed to change that.\"",
                    "Aasland said Norway would open a consular office in Faro.",
                    "\"Norway has the wind and the ships,\" the Norwegian minister said.",
                    "Aasland later met her Danish counterpart, Mette Holm, in Copenhagen."));
  }

  private static Entity entity(String name) {
    return a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void annotate_titleBeforeAnUnknownName_givesRoleCountryAndCode() {
    assertThat(entity("Duarte Vasconcelos"))
        .extracting(Entity::role, Entity::country, Entity::actor)
        .containsExactly("Prime Minister of Portugal", "PRT", "PRTGOV");
    assertThat(entity("Sigrid Aasland"))
        .extracting(Entity::role, Entity::country, Entity::actor)
        .containsExactly("Foreign Minister of Norway", "NOR", "NORGOV");
  }

  @Test
  void annotate_counterpartBeforeAName_getsThePossessorsOfficeAtTheNamedCountry() {
    assertThat(entity("Mette Holm"))
        .extracting(Entity::role, Entity::country, Entity::actor)
        .containsExactly("Foreign Minister of Denmark", "DNK", "DNKGOV");
  }

  @Test
  void annotate_nominalAfterATitledName_isThePersonTheArticleTitledSo() {
    Mention nominal =
        a.mentions().stream()
            .filter(m -> m.text().equals("the Norwegian minister"))
            .findFirst()
            .orElseThrow();
    assertThat(nominal.entity()).isEqualTo(entity("Sigrid Aasland").id());
  }

  @Test
  void annotate_quoteThatGoesOnInItsParagraph_keepsItsSpeakerAndTheNextParagraphDoesNotClaimIt() {
    assertThat(a.quotes())
        .extracting(q -> q.speaker().name())
        .containsExactly("Duarte Vasconcelos", "Duarte Vasconcelos", "Sigrid Aasland");
  }
}
