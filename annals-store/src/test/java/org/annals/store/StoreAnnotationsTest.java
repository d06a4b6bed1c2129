package org.annals.store;

import static org.annals.store.TestArticles.WIRE;
import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations stored with their article: kept whole, searchable by actor, rebuilt after a loss. */
class StoreAnnotationsTest {
  @TempDir Path dir;

  static final Article HARBOUR =
      article("North Gazette", "harbour", "Port Ellery votes", "Business", "2024-07-02", WIRE);
  static final Annotations ANNOTATIONS =
      new Annotations(
          "{\"mentions\":[],\"entities\":[{\"id\":\"e1\"}]}",
          List.of(
              new Annotations.Entity(
                  "e1", "Jane Roe", "PERSON", "UTOGOV", "President of Utopia", "UTO", 3),
              new Annotations.Entity("e2", "Utopia", "GPE", "UTO", null, "UTO", 2),
              new Annotations.Entity("e3", "Harbour board", "ORG", null, null, null, 1)));

  @Test
  void add_withAnnotations_keptWholeAndFoundByActor() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"), ANNOTATIONS);
      b.commit();
      assertThat(store.annotations(HARBOUR.id())).contains(ANNOTATIONS);
      assertThat(store.search(actor("UTOGOV")).total()).isEqualTo(1);
      assertThat(store.search(actor("uto")).total())
          .as("country letters find its bodies")
          .isEqualTo(1);
      assertThat(store.search(actor("RUSGOV")).total()).isZero();
      assertThat(store.search(actor(null)).facets().get("actor"))
          .containsEntry("UTOGOV", 1L)
          .containsEntry("UTO", 1L);
    }
  }

  @Test
  void add_unchangedArticleStoredWithoutAnnotations_gainsThem() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"));
      b.commit();
      assertThat(store.annotations(HARBOUR.id())).isEmpty();
      Batch again = store.batch();
      assertThat(again.add(HARBOUR, from("a.html"), ANNOTATIONS))
          .isEqualTo(Batch.Outcome.DUPLICATE);
      again.commit();
      assertThat(store.annotations(HARBOUR.id())).contains(ANNOTATIONS);
      assertThat(store.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void add_changedArticleWithoutAnnotations_dropsTheStaleOnes() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"), ANNOTATIONS);
      b.commit();
      Batch again = store.batch();
      Article changed = TestArticles.withParagraphs(HARBOUR, WIRE, "A correction was added.");
      assertThat(again.add(changed, from("a.html"))).isEqualTo(Batch.Outcome.UPDATED);
      again.commit();
      assertThat(store.annotations(HARBOUR.id())).isEmpty();
      assertThat(store.search(actor("UTOGOV")).total()).isZero();
    }
    assertThat(rows("SELECT count(*) FROM entities")).isZero();
  }

  @Test
  void openForWriting_luceneRemoved_annotationsRebuiltFromDuckDb() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"), ANNOTATIONS);
      b.commit();
    }
    assertThat(rows("SELECT count(*) FROM entities WHERE actor = 'UTOGOV'")).isEqualTo(1);
    try (Stream<Path> files = Files.walk(dir.resolve("lucene"))) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().reindexed()).isEqualTo(1);
      assertThat(store.annotations(HARBOUR.id())).contains(ANNOTATIONS);
      assertThat(store.search(actor("UTOGOV")).total()).isEqualTo(1);
    }
  }

  private static SearchQuery actor(String code) {
    return new SearchQuery(null, null, null, null, null, code, 10, 0);
  }

  private long rows(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("annals.duckdb"));
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
