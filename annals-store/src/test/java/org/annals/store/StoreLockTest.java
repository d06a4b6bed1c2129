package org.annals.store;

import static org.annals.store.TestArticles.WIRE;
import static org.annals.store.TestArticles.article;
import static org.annals.store.TestArticles.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLockTest {
  @TempDir Path dir;

  static final Article HARBOUR =
      article("North Gazette", "harbour", "Port Ellery votes", "Business", "2024-07-02", WIRE);
  static final Article FERRY =
      article(
          "Coast Herald",
          "ferry",
          "Ferry strike called off",
          "Transport",
          "2024-07-01",
          "Ferry crews called off Friday's strike after the operator offered a pay rise.");

  @Test
  void openForWriting_whileAnotherWriterHoldsIt_namesTheHolder() throws Exception {
    try (Store writer = Store.openForWriting(dir)) {
      Path abs = writer.dir();
      assertThatThrownBy(() -> Store.openForWriting(dir))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "store "
                  + abs
                  + ": another writer is using this store ("
                  + WriterLock.holder()
                  + "); wait for it to finish or stop it, then run again. Reading (annals search, show, stats) works meanwhile");
    }
  }

  @Test
  void openForWriting_afterTheWriterClosed_succeeds() throws Exception {
    Store.openForWriting(dir).close();
    try (Store again = Store.openForWriting(dir)) {
      assertThat(again.dir()).isEqualTo(dir.toAbsolutePath().normalize());
    }
  }

  @Test
  void openForReading_whileWriterRuns_searchesAndFollowsCommits() throws Exception {
    try (Store writer = Store.openForWriting(dir)) {
      Batch b = writer.batch();
      b.add(HARBOUR, from("a.html"));
      b.commit();
      try (Store reader = Store.openForReading(dir)) {
        assertThat(reader.search(SearchQuery.of("channel", 10)).hits())
            .extracting(Hit::id)
            .containsExactly(HARBOUR.id());
        assertThat(reader.article(HARBOUR.id())).contains(HARBOUR);
        Batch b2 = writer.batch();
        b2.add(FERRY, from("b.html"));
        assertThat(reader.search(SearchQuery.of("ferry", 10)).total()).isZero();
        b2.commit();
        assertThat(reader.search(SearchQuery.of("ferry", 10)).total()).isEqualTo(1);
        assertThat(reader.stats().articles()).isEqualTo(2);
        assertThatThrownBy(() -> Store.openForWriting(dir))
            .hasMessageContaining("another writer is using this store");
      }
    }
  }

  @Test
  void openForReading_writeCalls_areRefused() throws Exception {
    Store.openForWriting(dir).close();
    try (Store reader = Store.openForReading(dir)) {
      assertThatThrownBy(reader::batch)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("was opened for reading; writing needs Store.openForWriting");
      assertThatThrownBy(() -> reader.resume("x")).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void openForReading_noStore_saysHowToCreateOne() {
    Path abs = dir.resolve("none").toAbsolutePath().normalize();
    assertThatThrownBy(() -> Store.openForReading(abs))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "store "
                + abs
                + ": there is no Annals store here (no VERSION file); create one with `annals ingest SOURCE --store "
                + abs
                + "`");
  }

  @Test
  void open_unknownVersion_isRefusedWithMessage() throws Exception {
    Store.openForWriting(dir).close();
    Files.writeString(dir.resolve("VERSION"), "annals-store-v2\n", StandardCharsets.UTF_8);
    String expected =
        "store "
            + dir.toAbsolutePath().normalize()
            + ": the store's format is 'annals-store-v2' but this Annals reads "
            + "'annals-store-v1'; open it with the Annals version that wrote it, or ingest into a new store with --store";
    assertThatThrownBy(() -> Store.openForWriting(dir))
        .isInstanceOf(StoreException.class)
        .hasMessage(expected);
    assertThatThrownBy(() -> Store.openForReading(dir))
        .isInstanceOf(StoreException.class)
        .hasMessage(expected);
  }

  @Test
  void openForWriting_nonEmptyDirectoryWithoutVersion_isRefused() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Store.openForWriting(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageEndingWith(
            "the directory is not empty and has no VERSION file, so it is not an Annals store; "
                + "choose a new or empty directory with --store");
    assertThat(dir.resolve("VERSION")).doesNotExist();
  }

  @Test
  void openForWriting_newDirectory_writesVersionAndLayout() throws Exception {
    Path store = dir.resolve("annals-data");
    Store.openForWriting(store).close();
    assertThat(Files.readString(store.resolve("VERSION"), StandardCharsets.UTF_8))
        .isEqualTo("annals-store-v1\n");
    assertThat(store.resolve("lucene")).isDirectory();
    assertThat(store.resolve("annals.duckdb")).isRegularFile();
    assertThat(store.resolve("lock")).isRegularFile();
  }
}
