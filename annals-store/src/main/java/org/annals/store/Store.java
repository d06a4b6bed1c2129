package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.ingest.Resume;
import org.annals.ingest.Validators;
import org.annals.internal.Preconditions;
import org.annals.model.Article;
import org.apache.lucene.index.IndexNotFoundException;

/**
 * The embedded store of articles: Lucene for full text and facets, DuckDB for the tables (schema
 * v1, see {@code docs/store.md}).
 *
 * <p>One process writes at a time ({@link #openForWriting}); any number read ({@link
 * #openForReading}), even while a writer runs, from Lucene alone. Writes go in {@link Batch}es that
 * commit Lucene, then DuckDB; opening for writing reconciles the two after a crash between them.
 *
 * <p>Searches, {@link #article} and {@link #stats} are thread-safe; batches are filled and
 * committed by one thread at a time.
 */
public final class Store implements AutoCloseable {
  /** Where a commit can be interrupted, for tests that simulate a crash. */
  enum Stage {
    AFTER_LUCENE_COMMIT,
    BEFORE_DUCKDB_COMMIT
  }

  /**
   * Called at each {@link Stage} of a commit. A test hook throws an {@link Error} to simulate a
   * crash there: errors pass through untouched (exceptions make the commit fail and repair).
   */
  interface CommitHook {
    void at(Stage stage);
  }

  /**
   * The file in the store folder where a running {@code annals serve} writes its URL, so that a
   * command refused the writer lock can say where to go instead.
   */
  public static final String SERVER_URL_FILE = "server.url";

  private final Layout layout;
  private final WriterLock lock;
  private volatile LuceneIndex lucene;
  private volatile DuckTables duck;
  private StoreValidators validators;
  private Recovery recovery;
  private long lastBatch;
  private Batch open;
  private Exception broken;
  private boolean closed;
  volatile CommitHook hook = stage -> {};

  private Store(Layout layout, WriterLock lock, LuceneIndex lucene, DuckTables duck) {
    this.layout = layout;
    this.lock = lock;
    this.lucene = lucene;
    this.duck = duck;
  }

  /**
   * Opens the store in {@code dir} for writing, creating it (schema v1) when missing: takes the
   * single-writer lock and reconciles Lucene with DuckDB after a crash.
   *
   * @throws StoreException when another process writes to it (naming that process), when it is of
   *     another version or not a store, or when it cannot be read
   */
  public static Store openForWriting(Path dir) throws StoreException {
    Layout layout = new Layout(dir);
    layout.createOrCheck();
    WriterLock lock = WriterLock.acquire(layout);
    DuckTables duck = null;
    LuceneIndex lucene = null;
    try {
      duck = openTables(layout);
      lucene = LuceneIndex.forWriting(layout.lucene());
      Store store = new Store(layout, lock, lucene, duck);
      store.reconcile();
      return store;
    } catch (IOException | SQLException | RuntimeException e) {
      closeQuietly(lucene, duck);
      lock.close();
      throw new StoreException(
          layout.dir(),
          "cannot open the store for writing; check the disk and the files' permissions",
          e);
    } catch (StoreException e) {
      closeQuietly(lucene, duck);
      lock.close();
      throw e;
    }
  }

  /**
   * Opens the store in {@code dir} for reading: no lock, Lucene only, so it works while a writer
   * runs; each search sees the writer's last commit.
   *
   * @throws StoreException when there is no store there, or of another version
   */
  public static Store openForReading(Path dir) throws StoreException {
    Layout layout = new Layout(dir);
    layout.check();
    try {
      return new Store(layout, null, LuceneIndex.forReading(layout.lucene()), null);
    } catch (IndexNotFoundException e) {
      throw new StoreException(
          layout.dir(),
          "the store has no index yet; ingest something first (annals ingest SOURCE --store "
              + layout.dir()
              + ")");
    } catch (IOException e) {
      throw new StoreException(layout.dir(), "cannot read the index in " + layout.lucene(), e);
    }
  }

  /**
   * The number of the last committed batch: it grows with every commit, so a cache of query results
   * keyed on it is never stale. Only a store opened for writing counts its batches.
   */
  public synchronized long version() {
    requireWritable();
    return lastBatch;
  }

  /** The store directory (absolute). */
  public Path dir() {
    return layout.dir();
  }

  /**
   * Where {@code sourceKey} starts again: after its checkpoint, past the items already committed.
   */
  public synchronized Resume resume(String sourceKey) {
    requireWritable();
    try {
      Optional<String> position = duck.checkpoint(sourceKey);
      Set<String> seen = Set.copyOf(duck.seen(sourceKey));
      return new Resume(position.orElse(null), seen::contains);
    } catch (SQLException e) {
      throw failure("cannot read the checkpoint of " + sourceKey, e);
    }
  }

  /**
   * The conditional-GET validators kept by the store; new ones are written with the next commit.
   */
  public synchronized Validators validators() {
    requireWritable();
    if (validators == null) {
      try {
        validators = new StoreValidators(duck.validators());
      } catch (SQLException e) {
        throw failure("cannot read the validators", e);
      }
    }
    return validators;
  }

  /** A new batch. One batch is open at a time: commit it before starting the next. */
  public synchronized Batch batch() {
    requireWritable();
    Preconditions.requireState(
        open == null || open.done() || open.isEmpty(),
        "a batch of %d articles is open; commit it before starting another",
        open == null ? 0 : open.size());
    open = new Batch(this);
    return open;
  }

  /** The stored article {@code id} (schema v1), as last written. */
  public Optional<Article> article(String id) {
    return find(id).map(StoredArticle::article);
  }

  /**
   * The JSON of stored article {@code id} as it was written, for serving without reading it into
   * objects: one look-up, neither part parsed.
   *
   * @param article the article, schema v1, one line ({@link org.annals.model.ArticleJson#toLine})
   * @param annotations the annotation JSON ({@link Annotations#json()}), or {@code null} when the
   *     article was stored without annotations
   */
  public record StoredJson(String article, String annotations) {
    public StoredJson {
      Preconditions.requireArgument(article != null, "a stored article's JSON is never null");
    }
  }

  /** The JSON of stored article {@code id}, as last written; empty when it is not stored. */
  public Optional<StoredJson> json(String id) {
    Preconditions.requireNonNull(id, "article id");
    try {
      return lucene
          .document(id, Docs.JSON_FIELDS)
          .map(d -> new StoredJson(d.get(Docs.JSON), Docs.annotationsJson(d)));
    } catch (IOException e) {
      throw failure("cannot look up article " + id, e);
    }
  }

  /**
   * What the NLP stage found in stored article {@code id}, as last written; empty when the article
   * is not stored or was stored without annotations.
   */
  public Optional<Annotations> annotations(String id) {
    return find(id).map(StoredArticle::annotations);
  }

  /**
   * True when {@code a} is stored with the same content and with annotations: annotating it again
   * would change nothing (an ingest skips the costly step for articles read again).
   */
  public boolean annotated(Article a) {
    Preconditions.requireNonNull(a, "article");
    return find(a.id())
        .filter(s -> s.annotations() != null && s.fingerprint() == StoredArticle.fingerprint(a))
        .isPresent();
  }

  /**
   * The events of the store that {@code q} selects, merged across articles ({@link MergedEvent}),
   * ordered by date. Reads DuckDB: only a store opened for writing can answer.
   */
  public List<MergedEvent> events(EventQuery q) {
    return events(q, true);
  }

  /**
   * As {@link #events(EventQuery)}; without {@code withJson} each mention's coded event is left out
   * (its row's {@code json} is {@code "{}"}): the counts, codes, actors, dates and places are all
   * there, for series and networks, at a fraction of the reading.
   */
  public synchronized List<MergedEvent> events(EventQuery q, boolean withJson) {
    Preconditions.requireNonNull(q, "event query");
    requireWritable();
    try {
      return EventMerge.merge(duck.eventMentions(q, withJson)).stream()
          .sorted(
              java.util.Comparator.comparing(MergedEvent::date)
                  .thenComparing(e -> e.mentions().get(0).articleId())
                  .thenComparingInt(e -> e.mentions().get(0).row().event()))
          .toList();
    } catch (java.sql.SQLException e) {
      throw failure("cannot read the events", e);
    }
  }

  /**
   * The people and bodies the store's annotated articles code as {@code actor} (exactly, as {@code
   * RUSGOV}): each name with the role the articles gave it and the first and last day they did.
   * Reads DuckDB: only a store opened for writing can answer.
   */
  public synchronized List<ActorEntity> actorEntities(String actor) {
    Preconditions.requireNonNull(actor, "actor code");
    requireWritable();
    try {
      return duck.actorEntities(actor);
    } catch (java.sql.SQLException e) {
      throw failure("cannot read the entities of " + actor, e);
    }
  }

  /**
   * Writes {@code events} (as {@link #events} gives them) to a Parquet file through DuckDB: one row
   * per event with its counts, and its mentions as a list of structs.
   */
  public synchronized void writeParquet(List<MergedEvent> events, Path file) {
    requireWritable();
    try {
      duck.writeEventsParquet(events, file);
    } catch (java.sql.SQLException e) {
      throw failure("cannot write the Parquet file " + file, e);
    }
  }

  /** Searches the articles: ranked hits with snippets and facet counts. */
  public SearchResult search(SearchQuery q) {
    Preconditions.requireNonNull(q, "search query");
    return withSnapshot(s -> Searches.run(s, q));
  }

  /** How many articles the store holds (the index's last commit): cheap, for health checks. */
  public long articleCount() {
    return withSnapshot(s -> (long) s.getIndexReader().numDocs());
  }

  /** What the store holds, counted from the index (so it works while a writer runs). */
  public StoreStats stats() {
    long bytes;
    try {
      bytes = layout.bytes();
    } catch (IOException e) {
      throw failure("cannot measure the store's size", e);
    }
    return withSnapshot(s -> Counts.stats(s, bytes));
  }

  /**
   * Releases the lock (writers) and the files. Validators not yet written are written first; an
   * open batch is not committed (its articles and checkpoint are dropped, as in a crash).
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (duck != null
          && broken == null
          && validators != null
          && !validators.unwritten().isEmpty()) {
        duck.writeValidators(validators.unwritten());
      }
    } catch (SQLException e) {
      // the validators only save a re-fetch; the data is committed
    } finally {
      closeQuietly(lucene, duck);
      if (lock != null) {
        lock.close();
      }
    }
  }

  /** Closes as a crash would: nothing more is written, uncommitted work is dropped. For tests. */
  synchronized void crash() {
    closed = true;
    closeQuietly(lucene, duck);
    if (lock != null) {
      lock.close();
    }
  }

  /** What reconciling did when this writer opened (or after a failed commit). */
  Recovery recovery() {
    return recovery;
  }

  // ---- used by Batch ----

  synchronized BatchResult commit(Batch batch) throws StoreException {
    requireWritable();
    Preconditions.requireState(
        batch == open,
        "this batch was replaced by a newer one (store.batch() was called again); add to the newest");
    open = null;
    long seq = lastBatch + 1;
    Map<String, Validators.Validator> pendingValidators =
        validators == null ? Map.of() : validators.unwritten();
    BatchWrite w = batch.prepare(seq, Instant.now(), pendingValidators);
    try {
      for (StoredArticle s : w.articles()) {
        lucene.write(s, w.replaced().contains(s.id()));
      }
      lucene.commit(seq);
      hook.at(Stage.AFTER_LUCENE_COMMIT);
      duck.write(w, () -> hook.at(Stage.BEFORE_DUCKDB_COMMIT));
    } catch (IOException | SQLException | RuntimeException e) {
      repair();
      throw new StoreException(
          layout.dir(),
          "batch "
              + seq
              + " was not committed, so none of its "
              + batch.size()
              + " articles nor its checkpoint were stored; check the free disk space and run again (it resumes from the last checkpoint)",
          e);
    }
    lastBatch = seq;
    if (validators != null) {
      validators.written(pendingValidators);
    }
    return w.counts();
  }

  Optional<StoredArticle> find(String id) {
    try {
      return lucene.find(id);
    } catch (IOException e) {
      throw failure("cannot look up article " + id, e);
    }
  }

  List<Map.Entry<String, int[]>> candidates(List<String> bands) throws IOException {
    return lucene.candidates(bands);
  }

  synchronized void requireWritable() {
    Preconditions.requireState(!closed, "store %s is closed", layout.dir());
    Preconditions.requireState(
        duck != null,
        "store %s was opened for reading; writing needs Store.openForWriting",
        layout.dir());
    Preconditions.requireState(
        broken == null,
        "store %s could not be repaired after a failed commit (%s); close it and open it again",
        layout.dir(),
        broken == null ? "" : broken.getMessage());
  }

  // ---- internals ----

  private static DuckTables openTables(Layout layout) throws StoreException, IOException {
    DuckTables duck;
    try {
      duck = DuckTables.open(layout.duckdb());
    } catch (SQLException e) {
      throw new StoreException(
          layout.dir(),
          "cannot open "
              + layout.duckdb()
              + "; close any other program using it (such as a duckdb shell) and retry",
          e);
    }
    try {
      String format = duck.format();
      if (!Layout.VERSION.equals(format)) {
        throw new StoreException(
            layout.dir(),
            "annals.duckdb is of format '"
                + format
                + "' but VERSION says '"
                + Layout.VERSION
                + "'; the store is damaged: ingest into a new store with --store");
      }
      return duck;
    } catch (SQLException | StoreException e) {
      closeQuietly(null, duck);
      if (e instanceof StoreException) {
        throw (StoreException) e;
      }
      throw new StoreException(layout.dir(), "cannot read " + layout.duckdb(), e);
    }
  }

  private void reconcile() throws IOException, SQLException {
    recovery = Recovery.run(lucene, duck);
    lastBatch = duck.lastBatch();
  }

  /**
   * After a failed commit: reopen both sides and reconcile, so the store is as before the batch.
   */
  private void repair() {
    closeQuietly(lucene, duck);
    try {
      duck = DuckTables.open(layout.duckdb());
      lucene = LuceneIndex.forWriting(layout.lucene());
      reconcile();
    } catch (IOException | SQLException | RuntimeException e) {
      broken = e;
    }
  }

  private <T> T withSnapshot(SnapshotFunction<T> f) {
    Preconditions.requireState(!closed, "store %s is closed", layout.dir());
    try {
      Snapshot s = lucene.acquire();
      try {
        return f.apply(s);
      } finally {
        lucene.release(s);
      }
    } catch (IOException e) {
      throw failure("cannot read the index", e);
    }
  }

  private UncheckedIOException failure(String what, Exception e) {
    return new UncheckedIOException(
        "store " + layout.dir() + ": " + what + ": " + e.getMessage(),
        e instanceof IOException ? (IOException) e : new IOException(e));
  }

  private static void closeQuietly(LuceneIndex lucene, DuckTables duck) {
    try {
      if (lucene != null) {
        lucene.close();
      }
    } catch (IOException | RuntimeException e) {
      // closing after a failure: the committed state is on disk
    }
    try {
      if (duck != null) {
        duck.close();
      }
    } catch (SQLException | RuntimeException e) {
      // as above
    }
  }

  @FunctionalInterface
  private interface SnapshotFunction<T> {
    T apply(Snapshot s) throws IOException;
  }
}
