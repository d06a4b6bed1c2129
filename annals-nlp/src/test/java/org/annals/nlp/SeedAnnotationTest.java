package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.annals.time.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference article (Anadolu Agency, 2024-07-04: Putin and Mokhber at the SCO summit in
 * Astana), annotated end to end: what the brief says must be right on it.
 */
class SeedAnnotationTest {
  private static AnnotatedArticle seed;
  private static String text;

  @BeforeAll
  static void annotate() {
    seed = Annotator.standard().annotate(Articles.seed());
    text = seed.article().text();
  }

  private static Entity entityOf(String mentionText, int occurrence) {
    int from = -1;
    for (int i = 0; i <= occurrence; i++) {
      from = text.indexOf(mentionText, from + 1);
      assertThat(from).as("occurrence %d of '%s' in the seed", i, mentionText).isNotNegative();
    }
    int start = from;
    Mention m =
        seed.mentions().stream()
            .filter(x -> x.start() == start && x.text().equals(mentionText))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mention '" + mentionText + "' at " + start));
    assertThat(m.entity()).as("entity of '%s' at %d", mentionText, start).isNotNull();
    return seed.entities().stream()
        .filter(e -> e.id().equals(m.entity()))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest(name = "{0} → {1}, {2}, {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Vladimir Putin | RUSGOV | President of Russia | RUS",
        "Mohammad Mokhber | IRNGOV | Acting President of Iran | IRN",
        "Ebrahim Raisi | IRNGOV | former President of Iran | IRN",
        "Hossein Amir-Abdollahian | IRNGOV | former Foreign Minister of Iran | IRN",
        "Shanghai Cooperation Organization | IGOSCO | | ",
        "Eurasian Economic Union | IGOEAE | | ",
        "United Nations | IGOUNO | | ",
        "Astana | KAZ | | KAZ",
        "East Azerbaijan | IRN | | IRN"
      })
  void annotate_seedNames_actorRoleAtTheDateAndCountry(
      String name, String actor, String role, String country) {
    Entity e = entityOf(name, 0);
    assertThat(e.actor()).isEqualTo(actor);
    assertThat(e.role()).isEqualTo(role);
    assertThat(e.country()).isEqualTo(country);
  }

  @ParameterizedTest(name = "{0} (#{1}) → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "his acting Iranian counterpart | 0 | Mohammad Mokhber",
        "The Russian president | 0 | Vladimir Putin",
        "The Russian president | 1 | Vladimir Putin",
        "Iran's spiritual leader | 0 | Ali Khamenei",
        "The spiritual leader | 0 | Ali Khamenei",
        "The Iranian leader | 0 | Mohammad Mokhber",
        "the previous president | 0 | Ebrahim Raisi",
        "the Iranian president | 0 | Ebrahim Raisi",
        "the head of the Iranian Red Crescent Society | 0 | Pir Hossein Kolivand",
        "Putin | 1 | Vladimir Putin",
        "Mokhber | 1 | Mohammad Mokhber"
      })
  void annotate_seedNominalsAndShortNames_thePersonMeantAtTheirDate(
      String mention, int occurrence, String person) {
    assertThat(entityOf(mention, occurrence).name()).isEqualTo(person);
  }

  @Test
  void annotate_seedPronouns_resolveToTheirSpeakerOrOwner() {
    List<String> pronouns =
        seed.mentions().stream()
            .filter(m -> m.form() == Mention.Form.PRONOUN)
            .map(m -> m.text() + "→" + name(m.entity()))
            .toList();
    assertThat(pronouns)
        .containsExactly(
            "his→Vladimir Putin", // his acting Iranian counterpart
            "he→Vladimir Putin", // he added
            "his→Mohammad Mokhber", // Mokhber, for his part
            "his→Vladimir Putin", // thanked Putin for his condolences
            "he→Mohammad Mokhber"); // the last "he said"
  }

  @Test
  void annotate_seedTimes_normalisedAgainstThePublishedDay() {
    assertThat(seed.times())
        .extracting(TimeExpression::text, TimeExpression::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Thursday", "2024-07-04"),
            org.assertj.core.groups.Tuple.tuple("2023", "2023"),
            org.assertj.core.groups.Tuple.tuple("May 19", "2024-05-19"),
            org.assertj.core.groups.Tuple.tuple("May 19", "2024-05-19"),
            org.assertj.core.groups.Tuple.tuple("A day later", "2024-05-20"));
  }

  @Test
  void annotate_seedQuotes_fiveWithTheirSpeakers() {
    assertThat(seed.quotes())
        .extracting(q -> q.speaker() == null ? null : q.speaker().name(), Quote::partial)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Vladimir Putin", true),
            org.assertj.core.groups.Tuple.tuple("Vladimir Putin", false),
            org.assertj.core.groups.Tuple.tuple("Vladimir Putin", false),
            org.assertj.core.groups.Tuple.tuple("Mohammad Mokhber", false),
            org.assertj.core.groups.Tuple.tuple("Mohammad Mokhber", false));
    assertThat(seed.quotes().get(0).text()).startsWith("successful second round");
    assertThat(seed.quotes())
        .extracting(Quote::cue)
        .containsSequence("stated", "added", "noted", "said");
  }

  @Test
  void annotate_seedPlaces_eastAzerbaijanIsAnIranianProvinceAndNothingIsAzerbaijan() {
    Map<String, Place> places =
        seed.places().stream()
            .collect(Collectors.toMap(Place::text, Function.identity(), (a, b) -> a));
    assertThat(places.get("East Azerbaijan"))
        .extracting(Place::country, Place::kind)
        .containsExactly("IRN", "adm1");
    assertThat(places.get("Astana"))
        .extracting(Place::country, Place::kind)
        .containsExactly("KAZ", "city");
    assertThat(places.get("Astana").lat()).isBetween(51.0, 51.3);
    assertThat(seed.places()).extracting(Place::country).doesNotContain("AZE");
    assertThat(seed.entities()).extracting(Entity::country).doesNotContain("AZE");
    assertThat(seed.entities()).extracting(Entity::actor).doesNotContain("AZE");
  }

  @Test
  void annotate_seed_everyOffsetIndexesTheArticleText() {
    for (Mention m : seed.mentions()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    for (TimeExpression t : seed.times()) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    for (Quote q : seed.quotes()) {
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }
    for (Place p : seed.places()) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
    }
    assertThat(seed.warnings()).isEmpty();
  }

  private static String name(String entityId) {
    return seed.entities().stream()
        .filter(e -> e.id().equals(entityId))
        .map(Entity::name)
        .findFirst()
        .orElse(null);
  }
}
