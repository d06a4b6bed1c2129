package org.annals.store;

import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.annals.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreSearchTest {
  @TempDir static Path dir;
  static Store store;

  static final Article BUDGET =
      article(
          "North Gazette",
          "budget",
          "Council passes the budget",
          "Politics",
          "2024-06-03T09:00:00Z",
          "The city council passed next year's budget on Monday after a long debate about bus fares.",
          "Opposition members said the plan cut too deeply into libraries.");
  static final Article BUSES =
      article(
          "North Gazette",
          "buses",
          "New bus routes for the east side",
          "Transport",
          "2024-06-20",
          "Three new bus routes will serve the east side from September, the transport office said.",
          "The council budget pays for twelve more drivers.");
  static final Article FERRY =
      article(
          "Coast Herald",
          "ferry",
          "Ferry strike called off",
          "Transport",
          "2024-07-01T18:00:00+02:00",
          "Ferry crews called off Friday's strike after the operator offered a pay rise of four per cent.");
  static final Article MARKUP =
      article(
          "Coast Herald",
          "markup",
          "Tags & brackets",
          "Technology",
          "2024-07-02",
          "Engineers warned that <script> tags & \"quotes\" in pages must be escaped before display.");
  static final Article PLAIN =
      article(
          "Valley Times",
          "garden",
          "A quiet garden show",
          "culture",
          "2024-05-15",
          "Gardeners showed roses and apple trees at the spring show. Prizes went to three villages.");

  @BeforeAll
  static void fill() throws Exception {
    store = Store.openForWriting(dir);
    Batch b = store.batch();
    for (Article a : List.of(BUDGET, BUSES, FERRY, MARKUP, PLAIN)) {
      b.add(a, from(a.source()));
    }
    b.commit();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void search_word_findsArticlesWithHeadlineMatchFirst() {
    SearchResult r = store.search(SearchQuery.of("budget", 10));
    assertThat(r.total()).isEqualTo(2);
    assertThat(r.hits()).extracting(Hit::id).containsExactly(BUDGET.id(), BUSES.id());
    assertThat(r.hits().get(0).score()).isGreaterThan(r.hits().get(1).score());
  }

  @Test
  void search_hit_carriesStoredFields() {
    Hit h = store.search(SearchQuery.of("ferry", 10)).hits().get(0);
    assertThat(h)
        .isEqualTo(
            new Hit(
                FERRY.id(),
                "Ferry strike called off",
                "2024-07-01T18:00:00+02:00",
                h.score(),
                h.snippet(),
                "Coast Herald",
                "Transport",
                FERRY.id()));
  }

  @Test
  void search_snippet_marksMatchesInEscapedHtml() {
    Hit h = store.search(SearchQuery.of("escaped", 10)).hits().get(0);
    assertThat(h.snippet())
        .contains("<mark>escaped</mark>")
        .contains("&lt;script&gt;")
        .contains("&amp;")
        .doesNotContain("<script>");
  }

  @Test
  void search_matchOnlyInHeadline_snippetIsFirstSentenceEscaped() {
    Hit h = store.search(SearchQuery.of("brackets", 10)).hits().get(0);
    assertThat(h.snippet())
        .startsWith("Engineers warned that &lt;script&gt;")
        .doesNotContain("<mark>");
  }

  @Test
  void search_phrase_matchesOnlyTheExactPhrase() {
    assertThat(store.search(SearchQuery.of("\"bus routes\"", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(BUSES.id());
    assertThat(store.search(SearchQuery.of("\"routes bus\"", 10)).total()).isZero();
  }

  @Test
  void search_accentsAndCase_areFolded() {
    assertThat(store.search(SearchQuery.of("FÉRRY", 10)).total()).isEqualTo(1);
  }

  @Test
  void search_dateRange_keepsPublicationsWithinInclusiveDays() {
    SearchQuery q =
        new SearchQuery(
            null, LocalDate.parse("2024-06-03"), LocalDate.parse("2024-07-01"), null, null, 10, 0);
    assertThat(store.search(q).hits())
        .extracting(Hit::id)
        .containsExactly(FERRY.id(), BUSES.id(), BUDGET.id());
  }

  @Test
  void search_sectionAndPublisherFilters_matchExactlyIgnoringCase() {
    SearchQuery q = new SearchQuery(null, null, null, "TRANSPORT", "coast herald", 10, 0);
    assertThat(store.search(q).hits()).extracting(Hit::id).containsExactly(FERRY.id());
    assertThat(store.search(new SearchQuery(null, null, null, "Trans", null, 10, 0)).total())
        .isZero();
    assertThat(store.search(new SearchQuery(null, null, null, "Culture", null, 10, 0)).total())
        .isEqualTo(1);
  }

  @Test
  void search_facets_countTheWholeResultSet() {
    SearchResult r = store.search(SearchQuery.of(null, 1));
    assertThat(r.total()).isEqualTo(5);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.facets().get("publisher"))
        .containsExactly(
            Map.entry("Coast Herald", 2L),
            Map.entry("North Gazette", 2L),
            Map.entry("Valley Times", 1L));
    assertThat(r.facets().get("section"))
        .containsEntry("Transport", 2L)
        .containsEntry("culture", 1L);
    assertThat(r.facets().get("year-month"))
        .containsExactly(
            Map.entry("2024-05", 1L), Map.entry("2024-06", 2L), Map.entry("2024-07", 2L));
  }

  @Test
  void search_noText_isNewestFirst() {
    assertThat(store.search(SearchQuery.of(null, 10)).hits())
        .extracting(Hit::id)
        .containsExactly(MARKUP.id(), FERRY.id(), BUSES.id(), BUDGET.id(), PLAIN.id());
  }

  @Test
  void search_offset_pagesThroughTheHits() {
    List<String> all = store.search(SearchQuery.of(null, 5)).hits().stream().map(Hit::id).toList();
    SearchResult page2 = store.search(new SearchQuery(null, null, null, null, null, 2, 2));
    assertThat(page2.total()).isEqualTo(5);
    assertThat(page2.hits()).extracting(Hit::id).containsExactlyElementsOf(all.subList(2, 4));
    assertThat(store.search(new SearchQuery(null, null, null, null, null, 2, 10)).hits()).isEmpty();
  }

  @Test
  void search_booleanSyntax_isHonoured() {
    assertThat(store.search(SearchQuery.of("ferry OR gardeners", 10)).total()).isEqualTo(2);
    assertThat(store.search(SearchQuery.of("council -libraries", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(BUSES.id());
    assertThat(store.search(SearchQuery.of("headline:budget", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(BUDGET.id());
  }

  @Test
  void search_onlyExcludedWords_returnsEverythingElse() {
    assertThat(store.search(SearchQuery.of("-council", 10)).hits())
        .extracting(Hit::id)
        .containsExactlyInAnyOrder(FERRY.id(), MARKUP.id(), PLAIN.id());
  }

  @Test
  void search_colonInText_isNotAField() {
    assertThat(store.search(SearchQuery.of("Ferry: strike", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(FERRY.id());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"bus routes",
        "budget AND",
        "AND",
        "OR OR",
        "(((",
        ")",
        "*",
        "?",
        "ferry~9",
        "/[a-z/",
        "\\",
        "budget^^",
        "title:",
        ":",
        "\"\"",
        "- - -",
        "[1 TO",
        "{*}",
        "a*b*c*d*e*",
        "!!!",
        "&&",
        "||",
        "budget ((AND ferry"
      })
  void search_hostileText_neverThrows(String text) {
    assertThatCode(() -> store.search(SearchQuery.of(text, 10))).doesNotThrowAnyException();
  }

  @Test
  void search_unbalancedQuote_searchesTheWords() {
    assertThat(store.search(SearchQuery.of("\"bus routes", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(BUSES.id());
  }

  @Test
  void search_trailingAnd_searchesTheWords() {
    assertThat(store.search(SearchQuery.of("ferry AND", 10)).hits())
        .extracting(Hit::id)
        .containsExactly(FERRY.id());
  }

  @Test
  void searchQuery_badLimitOrRange_failsWithClearMessage() {
    assertThatThrownBy(() -> SearchQuery.of("x", 0))
        .hasMessage("search limit must be between 1 and 1000, got 0");
    assertThatThrownBy(
            () ->
                new SearchQuery(
                    "x",
                    LocalDate.parse("2024-02-01"),
                    LocalDate.parse("2024-01-01"),
                    null,
                    null,
                    10,
                    0))
        .hasMessage(
            "search date range is empty: from 2024-02-01 is after to 2024-01-01; swap the two dates");
  }
}
