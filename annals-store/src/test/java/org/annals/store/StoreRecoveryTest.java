package org.annals.store;

import static org.annals.store.TestArticles.WIRE;
import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.annals.model.Article;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreRecoveryTest {
  @TempDir Path dir;

  static final Article HARBOUR =
      article("North Gazette", "harbour", "Port Ellery votes", "Business", "2024-07-02", WIRE);
  static final Article HARBOUR_V2 =
      TestArticles.withParagraphs(HARBOUR, WIRE, "A later paragraph added by the editors.");
  static final Article FERRY =
      article(
          "Coast Herald",
          "ferry",
          "Ferry strike called off",
          "Transport",
          "2024-07-01",
          "Ferry crews called off Friday's strike after the operator offered a pay rise.");

  /** A simulated process death: an Error passes through the store untouched. */
  static final class SimulatedCrash extends Error {
    SimulatedCrash() {
      super("simulated crash");
    }
  }

  private void commitFirstBatch() throws StoreException {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"));
      b.checkpoint("dir:/news", "a.html");
      b.commit();
    }
  }

  private void crashSecondBatchAt(Store.Stage stage) throws StoreException {
    Store store = Store.openForWriting(dir);
    store.hook =
        s -> {
          if (s == stage) {
            throw new SimulatedCrash();
          }
        };
    Batch b = store.batch();
    b.add(HARBOUR_V2, from("a.html"));
    b.add(FERRY, from("b.html"));
    b.checkpoint("dir:/news", "b.html");
    assertThatThrownBy(b::commit).isInstanceOf(SimulatedCrash.class);
    store.crash();
  }

  @Test
  void openForWriting_crashAfterLuceneCommit_dropsTheBatchFromLucene() throws Exception {
    commitFirstBatch();
    crashSecondBatchAt(Store.Stage.AFTER_LUCENE_COMMIT);
    try (Store reader = Store.openForReading(dir)) {
      assertThat(reader.stats().articles())
          .as("Lucene holds the lost batch until a writer reconciles")
          .isEqualTo(2);
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery()).isEqualTo(new Recovery(2, 1, 2, 1, false));
      assertThat(store.article(HARBOUR.id())).contains(HARBOUR);
      assertThat(store.article(FERRY.id())).isEmpty();
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.search(SearchQuery.of("editors", 10)).total()).isZero();
      assertThat(store.resume("dir:/news").afterPosition()).isEqualTo("a.html");
      Batch again = store.batch();
      assertThat(again.add(HARBOUR_V2, from("a.html"))).isEqualTo(Batch.Outcome.UPDATED);
      assertThat(again.add(FERRY, from("b.html"))).isEqualTo(Batch.Outcome.NEW);
      again.commit();
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().clean()).isTrue();
      assertThat(store.stats().articles()).isEqualTo(2);
    }
  }

  @Test
  void openForWriting_crashBeforeDuckDbCommit_keepsOnlyCommittedBatches() throws Exception {
    commitFirstBatch();
    crashSecondBatchAt(Store.Stage.BEFORE_DUCKDB_COMMIT);
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().removed()).isEqualTo(2);
      assertThat(store.article(HARBOUR.id())).contains(HARBOUR);
      assertThat(store.article(FERRY.id())).isEmpty();
      assertThat(store.resume("dir:/news").afterPosition()).isEqualTo("a.html");
    }
  }

  @Test
  void commit_duckDbFailsInProcess_throwsAndLeavesTheStoreAsBefore() throws Exception {
    commitFirstBatch();
    try (Store store = Store.openForWriting(dir)) {
      store.hook =
          s -> {
            if (s == Store.Stage.BEFORE_DUCKDB_COMMIT) {
              throw new IllegalStateException("disk full (simulated)");
            }
          };
      Batch b = store.batch();
      b.add(FERRY, from("b.html"));
      assertThatThrownBy(b::commit)
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(
              "batch 2 was not committed, so none of its 1 articles nor its checkpoint were stored")
          .hasMessageContaining("disk full (simulated)");
      store.hook = s -> {};
      assertThat(store.article(FERRY.id())).isEmpty();
      Batch retry = store.batch();
      assertThat(retry.add(FERRY, from("b.html"))).isEqualTo(Batch.Outcome.NEW);
      assertThat(retry.commit().added()).isEqualTo(1);
      assertThat(store.stats().articles()).isEqualTo(2);
    }
  }

  @Test
  void openForWriting_luceneRestoredFromOlderCopy_reindexesNewerBatchesFromDuckDb()
      throws Exception {
    commitFirstBatch();
    Path backup = dir.resolveSibling(dir.getFileName() + "-lucene-backup");
    copy(dir.resolve("lucene"), backup);
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR_V2, from("a.html"));
      b.add(FERRY, from("b.html"));
      b.commit();
    }
    delete(dir.resolve("lucene"));
    copy(backup, dir.resolve("lucene"));
    delete(backup);
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery()).isEqualTo(new Recovery(1, 2, 0, 2, false));
      assertThat(store.article(HARBOUR.id())).contains(HARBOUR_V2);
      assertThat(store.search(SearchQuery.of("ferry", 10)).total()).isEqualTo(1);
      assertThat(store.stats().sources()).isEqualTo(2);
    }
  }

  @Test
  void openForWriting_luceneRemoved_rebuildsItFromDuckDb() throws Exception {
    commitFirstBatch();
    delete(dir.resolve("lucene"));
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().reindexed()).isEqualTo(1);
      assertThat(store.article(HARBOUR.id())).contains(HARBOUR);
      assertThat(store.search(SearchQuery.of("dredging", 10)).hits())
          .extracting(Hit::storyId)
          .containsExactly(HARBOUR.id());
    }
  }

  @Test
  void openForWriting_luceneMissingADocument_rebuildsTheIndex() throws Exception {
    commitFirstBatch();
    try (FSDirectory d = FSDirectory.open(dir.resolve("lucene"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Map<String, String> data = SegmentInfos.readLatestCommit(d).getUserData();
      w.deleteDocuments(new Term(Docs.ID, HARBOUR.id()));
      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().rebuilt()).isTrue();
      assertThat(store.article(HARBOUR.id())).contains(HARBOUR);
    }
  }

  @Test
  void openForWriting_indexOfAnEarlierAnalysis_isRebuiltWithTheStemFields() throws Exception {
    commitFirstBatch();
    try (FSDirectory d = FSDirectory.open(dir.resolve("lucene"));
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig())) {
      Map<String, String> data =
          new java.util.HashMap<>(SegmentInfos.readLatestCommit(d).getUserData());
      data.remove(LuceneIndex.ANALYSIS_KEY);

      w.setLiveCommitData(data.entrySet());
      w.commit();
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().rebuilt()).isTrue();
      assertThat(store.article(HARBOUR.id())).contains(HARBOUR);
    }
    try (FSDirectory d = FSDirectory.open(dir.resolve("lucene"))) {
      assertThat(SegmentInfos.readLatestCommit(d).getUserData())
          .containsEntry(LuceneIndex.ANALYSIS_KEY, LuceneIndex.ANALYSIS);
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().rebuilt()).as("rebuilt once").isFalse();
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (!f.getFileName().toString().equals("write.lock")) {
          Files.copy(f, to.resolve(f.getFileName()));
        }
      }
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(f);
      }
    }
  }
}
