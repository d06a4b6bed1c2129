package org.annals.store;

import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.annals.store.TestArticles.withLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.annals.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles in English are found by the stems of their words; others by their words only. */
class StoreStemmingTest {
  @TempDir static Path dir;
  static Store store;

  static final Article PLEDGED =
      article(
          "North Gazette",
          "pledged",
          "Neighbours sign border deal",
          "World",
          "2024-07-04",
          "The two governments pledged to strengthen their ties and reopened the crossing.");
  static final Article PLEDGE =
      article(
          "North Gazette",
          "pledge",
          "A pledge on water",
          "World",
          "2024-07-05",
          "The ministers made a pledge to share the river's water in dry years.");
  static final Article FRENCH =
      withLanguage(
          article(
              "Gazette du Nord",
              "passes",
              "Les passes du col",
              "Monde",
              "2024-07-06",
              "Les passes de montagne restent fermées après les orages."),
          "fr");

  @BeforeAll
  static void fill() throws Exception {
    store = Store.openForWriting(dir);
    Batch b = store.batch();
    for (Article a : List.of(PLEDGED, PLEDGE, FRENCH)) {
      b.add(a, from(a.source()));
    }
    b.commit();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void search_anotherFormOfTheWord_findsTheEnglishArticleAndMarksTheWordAsWritten() {
    SearchResult r = store.search(SearchQuery.of("strengthening pledges", 10));
    assertThat(r.hits()).extracting(Hit::id).containsExactly(PLEDGED.id());
    assertThat(r.hits().get(0).snippet())
        .contains("<mark>pledged</mark>")
        .contains("<mark>strengthen</mark>");
  }

  @Test
  void search_wordAsWritten_ranksAboveItsOtherForms() {
    SearchResult r = store.search(SearchQuery.of("pledge", 10));
    assertThat(r.hits()).extracting(Hit::id).containsExactly(PLEDGE.id(), PLEDGED.id());
  }

  @Test
  void search_phrase_matchesTheStemsInOrder() {
    assertThat(store.search(SearchQuery.of("\"pledge to strengthen\"", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(PLEDGED.id());
    assertThat(store.search(SearchQuery.of("\"strengthen pledge\"", 10)).total()).isZero();
  }

  @Test
  void search_articleInAnotherLanguage_isFoundOnlyByItsWordsAsWritten() {
    assertThat(store.search(SearchQuery.of("pass", 10)).total()).isZero();
    assertThat(store.search(SearchQuery.of("passes", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(FRENCH.id());
  }

  @Test
  void search_unparsableText_stillFindsByStem() {
    assertThat(store.search(SearchQuery.of("\"pledges AND", 10)).hits())
        .extracting(Hit::id)
        .containsExactlyInAnyOrder(PLEDGE.id(), PLEDGED.id());
  }
}
