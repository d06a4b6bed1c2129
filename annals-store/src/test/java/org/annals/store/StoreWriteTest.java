package org.annals.store;

import static org.annals.store.TestArticles.WIRE;
import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.annals.ingest.Resume;
import org.annals.ingest.Validators;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreWriteTest {
  @TempDir Path dir;

  private static final Article HARBOUR =
      article(
          "North Gazette",
          "harbour",
          "Port Ellery votes to deepen channel",
          "Business",
          "2024-07-02T09:30:00+01:00",
          WIRE);

  @Test
  void add_sameArticleTwiceAcrossBatches_isStoredOnceAndCountedDuplicate() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch first = store.batch();
      assertThat(first.add(HARBOUR, from("a.html"))).isEqualTo(Batch.Outcome.NEW);
      assertThat(first.commit()).isEqualTo(new BatchResult(1, 0, 0, 0));
      Batch second = store.batch();
      assertThat(second.add(HARBOUR, from("a.html"))).isEqualTo(Batch.Outcome.DUPLICATE);
      assertThat(second.commit()).isEqualTo(new BatchResult(0, 0, 1, 0));
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.stats().sources()).isEqualTo(1);
    }
  }

  @Test
  void add_sameArticleFromAnotherPlace_addsOnlyTheSource() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"));
      b.commit();
      Batch again = store.batch();
      assertThat(again.add(TestArticles.withSource(HARBOUR, "copy.html"), from("copy.html")))
          .isEqualTo(Batch.Outcome.DUPLICATE);
      again.commit();
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.stats().sources()).isEqualTo(2);
      assertThat(store.article(HARBOUR.id()).orElseThrow().source()).isEqualTo(HARBOUR.source());
    }
  }

  @Test
  void add_sameArticleTwiceInOneBatch_isOneArticle() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      assertThat(b.add(HARBOUR, from("a.html"))).isEqualTo(Batch.Outcome.NEW);
      assertThat(b.add(HARBOUR, from("a.html"))).isEqualTo(Batch.Outcome.DUPLICATE);
      assertThat(b.size()).isEqualTo(2);
      assertThat(b.commit()).isEqualTo(new BatchResult(1, 0, 1, 0));
      assertThat(store.stats().articles()).isEqualTo(1);
    }
  }

  @Test
  void add_newerModifiedStamp_updatesTheArticle() throws Exception {
    Article v1 = TestArticles.withModified(HARBOUR, "2024-07-02T10:00:00+01:00");
    Article v2 =
        TestArticles.withParagraphs(
            TestArticles.withModified(HARBOUR, "2024-07-03T08:00:00+01:00"),
            WIRE + " The vote was later confirmed.");
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(v1, from("a.html"));
      b.commit();
      Batch b2 = store.batch();
      assertThat(b2.add(v2, from("a.html"))).isEqualTo(Batch.Outcome.UPDATED);
      assertThat(b2.commit()).isEqualTo(new BatchResult(0, 1, 0, 0));
      Article stored = store.article(HARBOUR.id()).orElseThrow();
      assertThat(stored.modified().iso()).isEqualTo("2024-07-03T08:00:00+01:00");
      assertThat(stored.text()).endsWith("The vote was later confirmed.");
      assertThat(store.stats().articles()).isEqualTo(1);
      assertThat(store.search(SearchQuery.of("confirmed", 10)).total()).isEqualTo(1);
    }
  }

  @Test
  void add_changedContentWithoutModified_updatesTheArticle() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"));
      b.commit();
      Batch b2 = store.batch();
      assertThat(
              b2.add(
                  TestArticles.withParagraphs(
                      HARBOUR, WIRE, "Correction: the vote was twelve to three."),
                  from("a.html")))
          .isEqualTo(Batch.Outcome.UPDATED);
      b2.commit();
      assertThat(store.article(HARBOUR.id()).orElseThrow().paragraphs()).hasSize(2);
    }
  }

  @Test
  void add_olderModifiedStamp_keepsTheNewerVersion() throws Exception {
    Article newer = TestArticles.withModified(HARBOUR, "2024-07-03T08:00:00Z");
    Article older =
        TestArticles.withParagraphs(
            TestArticles.withModified(HARBOUR, "2024-07-02T08:00:00Z"),
            "An early draft of the story.");
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(newer, from("new.html"));
      b.commit();
      Batch b2 = store.batch();
      assertThat(b2.add(older, from("old.html"))).isEqualTo(Batch.Outcome.DUPLICATE);
      b2.commit();
      assertThat(store.article(HARBOUR.id()).orElseThrow().text()).isEqualTo(WIRE);
      assertThat(store.stats().sources()).isEqualTo(2);
    }
  }

  @Test
  void add_sameWireStoryOnTwoPublishers_isOneStoryCountedReprint() throws Exception {
    String edited =
        WIRE.replace("on Tuesday", "on Tuesday afternoon")
            .replace("officials said", "officials told reporters");
    Article copy =
        article(
            "Coast Herald",
            "port-ellery-dredging",
            "Channel to be deepened",
            "Regional",
            "2024-07-02T11:00:00Z",
            edited);
    Article other =
        article(
            "Coast Herald",
            "festival",
            "Festival returns",
            "Culture",
            "2024-07-02T12:00:00Z",
            "The summer music festival returns to the old fort this weekend with forty bands on three stages, the"
                + " organisers said, and tickets for the Saturday programme have already sold out, while a few"
                + " remain for Sunday; the town has added late buses from the station and asked visitors to leave"
                + " their cars at home because parking near the fort will be closed for both days of the event.");
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("gazette.html"));
      b.commit();
      Batch b2 = store.batch();
      assertThat(b2.add(copy, from("herald.html"))).isEqualTo(Batch.Outcome.REPRINT);
      assertThat(b2.add(other, from("herald-2.html"))).isEqualTo(Batch.Outcome.NEW);
      assertThat(b2.commit()).isEqualTo(new BatchResult(1, 0, 0, 1));
      StoreStats stats = store.stats();
      assertThat(stats.articles()).isEqualTo(3);
      assertThat(stats.stories()).isEqualTo(2);
      SearchResult hits = store.search(SearchQuery.of("dredging", 10));
      assertThat(hits.hits()).extracting(Hit::storyId).containsOnly(HARBOUR.id());
    }
  }

  @Test
  void add_reprintWithinTheSameBatch_joinsTheBatchedStory() throws Exception {
    Article copy =
        article(
            "Coast Herald",
            "same-batch",
            "Channel to be deepened",
            "Regional",
            "2024-07-02",
            WIRE.replace("eleven to four", "11-4"));
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      assertThat(b.add(HARBOUR, from("gazette.html"))).isEqualTo(Batch.Outcome.NEW);
      assertThat(b.add(copy, from("herald.html"))).isEqualTo(Batch.Outcome.REPRINT);
      b.commit();
      assertThat(store.stats().stories()).isEqualTo(1);
    }
  }

  @Test
  void resume_afterCommit_returnsCheckpointAndSeenItems() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.resume("warc:/x.warc.gz").afterPosition()).isNull();
      Batch b = store.batch();
      b.add(HARBOUR, from("x.warc.gz#1200"));
      b.checkpoint("warc:/x.warc.gz", "1200");
      b.seen("feed:https://n.example/rss", "guid-1");
      b.seen("feed:https://n.example/rss", "guid-2");
      b.commit();
    }
    try (Store store = Store.openForWriting(dir)) {
      Resume warc = store.resume("warc:/x.warc.gz");
      assertThat(warc.afterPosition()).isEqualTo("1200");
      Resume feed = store.resume("feed:https://n.example/rss");
      assertThat(feed.afterPosition()).isNull();
      assertThat(feed.seen().test("guid-1")).isTrue();
      assertThat(feed.seen().test("guid-3")).isFalse();
    }
  }

  @Test
  void resume_checkpointOfUncommittedBatch_isNotStored() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.checkpoint("dir:/news", "a/b.html");
      b.add(HARBOUR, from("a/b.html"));
      // closed without commit
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.resume("dir:/news").afterPosition()).isNull();
      assertThat(store.stats().articles()).isZero();
    }
  }

  @Test
  void validators_putThenCommitOrClose_persistAcrossReopen() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      store.validators().put("https://n.example/a", new Validators.Validator("\"e1\"", null));
      store.batch().commit();
      store
          .validators()
          .put(
              "https://n.example/b",
              new Validators.Validator(null, "Tue, 02 Jul 2024 08:00:00 GMT"));
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.validators().get("https://n.example/a"))
          .contains(new Validators.Validator("\"e1\"", null));
      assertThat(store.validators().get("https://n.example/b").orElseThrow().lastModified())
          .isEqualTo("Tue, 02 Jul 2024 08:00:00 GMT");
      assertThat(store.validators().get("https://n.example/c")).isEmpty();
    }
  }

  @Test
  void article_afterReopen_returnsTheStoredArticleWhole() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.add(HARBOUR, from("a.html"));
      b.commit();
    }
    try (Store store = Store.openForReading(dir)) {
      assertThat(store.article(HARBOUR.id())).contains(HARBOUR);
      assertThat(store.article("0000000000000000")).isEmpty();
    }
  }

  @Test
  void batch_whileAnotherHasArticles_isRefused() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      store.batch().add(HARBOUR, from("a.html"));
      assertThatThrownBy(store::batch)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("a batch of 1 articles is open; commit it before starting another");
    }
  }

  @Test
  void add_onCommittedBatch_isRefused() throws Exception {
    try (Store store = Store.openForWriting(dir)) {
      Batch b = store.batch();
      b.commit();
      assertThatThrownBy(() -> b.add(HARBOUR, from("a.html")))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("this batch was committed");
    }
  }
}
