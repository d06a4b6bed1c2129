package org.annals.ingestion;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.annals.events.EventCoder;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.Extractors;
import org.annals.extract.UnreadableInputException;
import org.annals.ingest.Fetched;
import org.annals.ingest.InputException;
import org.annals.ingest.Resume;
import org.annals.ingest.Source;
import org.annals.ingest.SourceOptions;
import org.annals.ingest.Sources;
import org.annals.model.Article;
import org.annals.nlp.AnnotatedArticle;
import org.annals.store.Annotations;
import org.annals.store.Batch;
import org.annals.store.BatchResult;
import org.annals.store.Provenance;
import org.annals.store.Store;
import org.annals.store.StoreException;

/**
 * The ingest job. Each source streams its items; documents are extracted on {@code threads} threads
 * within a bounded window and handed to the store in the source's order, so a checkpoint only ever
 * covers items whose articles are in the same commit. A batch commits every {@code batchSize}
 * articles, every {@code batchTime}, at the end of each source, and at the end.
 *
 * <p>Failed items advance an ordered source's position (a damaged WARC record is not retried for
 * ever) but are not marked seen in an unordered one (a feed item whose page was down is tried again
 * next run).
 */
public final class Ingestion {
  private final Store store;
  private final Sources sources;
  private final IngestOptions options;
  private final IngestListener listener;
  private final ArticleExtractor extractor;
  private final Tally tally = new Tally();

  public Ingestion(
      Store store, SourceOptions sourceOptions, IngestOptions options, IngestListener listener) {
    this(store, Sources.with(sourceOptions), options, listener);
  }

  /** An ingest reading through {@code sources} (for one with trusted hosts, say). */
  public Ingestion(Store store, Sources sources, IngestOptions options, IngestListener listener) {
    this.store = store;
    this.sources = sources;
    this.options = options;
    this.listener = listener;
    this.extractor = Extractors.of(options.format());
  }

  /** Ingests every source in turn; returns the counts. Throws only when the store fails. */
  public IngestReport run(List<String> specs) throws StoreException {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            options.threads(),
            r -> {
              Thread t = new Thread(r, "annals-extract");
              t.setDaemon(true);
              return t;
            });
    try {
      for (String spec : specs) {
        runOne(spec, pool);
      }
    } finally {
      pool.shutdownNow();
    }
    return tally.report();
  }

  private void runOne(String spec, ExecutorService pool) throws StoreException {
    Source source;
    try {
      source = sources.open(spec);
    } catch (InputException e) {
      tally.sourceFailed(e.getMessage());
      listener.sourceFailed(spec, e.getMessage());
      return;
    }
    listener.sourceStarted(spec, source.key());
    Run run = new Run(source, pool);
    try {
      boolean complete = false;
      try {
        source.read(resume(source), run::accept);
        complete = true;
      } catch (InputException e) {
        tally.sourceFailed(e.getMessage());
        listener.sourceFailed(spec, e.getMessage());
      }
      run.finish(complete && source.ordered() && source.rescanWhenDone());
    } catch (StoreFailure e) {
      throw e.cause;
    }
  }

  /**
   * The store's checkpoint for {@code source}; an empty position is a reset: from the beginning.
   */
  private Resume resume(Source source) {
    Resume r = store.resume(source.key());
    return r.afterPosition() != null && r.afterPosition().isEmpty()
        ? new Resume(null, r.seen())
        : r;
  }

  /** An item in flight: its event and, for documents, the extraction under way. */
  private record Pending(Fetched event, Future<Extracted> extraction) {}

  /** An extraction's result: the article or why there is none. */
  private record Extracted(Article article, Annotations annotations, String error) {}

  /** A store failure carried out of the source's callback. */
  private static final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient StoreException cause;

    StoreFailure(StoreException cause) {
      super(cause.getMessage(), cause);
      this.cause = cause;
    }
  }

  /** One source's pass: the window of items in flight and the open batch. */
  private final class Run {
    private final Source source;
    private final ExecutorService pool;
    private final Deque<Pending> window = new ArrayDeque<>();
    private Batch batch;
    private long batchStarted;

    Run(Source source, ExecutorService pool) {
      this.source = source;
      this.pool = pool;
    }

    void accept(Fetched event) {
      Future<Extracted> f =
          event instanceof Fetched.Document d ? pool.submit(() -> extract(d)) : null;
      window.add(new Pending(event, f));
      while (window.size() > options.threads() * 4) {
        handle(window.poll());
      }
    }

    private Extracted extract(Fetched.Document d) {
      Article a;
      try {
        a = Hints.apply(extractor.extract(d.raw()), d.hints());
      } catch (UnreadableInputException e) {
        return new Extracted(null, null, e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        return new Extracted(
            null,
            null,
            d.raw().source()
                + ": internal error while extracting ("
                + e
                + "); please report it with this input");
      }
      if (options.annotator() == null || store.annotated(a)) {
        return new Extracted(a, null, null);
      }
      try {
        AnnotatedArticle annotated = options.annotator().annotate(a);
        return new Extracted(
            a, StoredAnnotations.of(annotated, EventCoder.standard().code(annotated)), null);
      } catch (RuntimeException | StackOverflowError e) {
        // the article is still stored, without annotations; the failure is reported
        return new Extracted(
            a,
            null,
            d.raw().source()
                + ": internal error while annotating or coding events ("
                + e
                + "); stored without annotations; please report it with this input");
      }
    }

    private void handle(Pending p) {
      Fetched e = p.event();
      if (e instanceof Fetched.Document d) {
        Extracted x = get(p.extraction());
        if (x.article() == null) {
          failed(e, x.error());
        } else {
          added(d, x);
        }
      } else if (e instanceof Fetched.Failed f) {
        failed(e, f.reason());
      } else if (e instanceof Fetched.Skipped s) {
        tally.skipped();
        advance(e, false);
        listener.item(
            new ItemResult(
                source.key(), e.itemId(), ItemResult.Kind.SKIPPED, null, s.reason(), progress(e)));
      }
      maybeCommit();
    }

    private void added(Fetched.Document d, Extracted x) {
      Article a = x.article();
      Batch.Outcome outcome =
          batch()
              .add(
                  a,
                  new Provenance(d.raw().source(), source.key(), Instant.now()),
                  x.annotations());
      if (x.error() != null) {
        tally.note(x.error());
      }
      d.storeValidator(store.validators());
      advance(d, true);
      listener.item(
          new ItemResult(
              source.key(),
              d.itemId(),
              ItemResult.Kind.valueOf(outcome.name()),
              a.id(),
              x.error(),
              progress(d)));
    }

    private void failed(Fetched e, String reason) {
      tally.failed(reason);
      advance(e, false);
      listener.item(
          new ItemResult(
              source.key(), e.itemId(), ItemResult.Kind.FAILED, null, reason, progress(e)));
    }

    private double progress(Fetched e) {
      return e.position() == null ? Double.NaN : source.progress(e.position());
    }

    /**
     * Moves an ordered source's position; marks an unordered source's item seen when it is stored.
     */
    private void advance(Fetched e, boolean stored) {
      if (source.ordered() && e.position() != null) {
        batch().checkpoint(source.key(), e.position());
      } else if (!source.ordered() && stored) {
        batch().seen(source.key(), e.itemId());
      }
    }

    private Batch batch() {
      if (batch == null) {
        batch = store.batch();
        batchStarted = System.nanoTime();
      }
      return batch;
    }

    private void maybeCommit() {
      if (batch != null
          && (batch.size() >= options.batchSize()
              || System.nanoTime() - batchStarted >= options.batchTime().toNanos())) {
        commit();
      }
    }

    private void commit() {
      if (batch == null) {
        return;
      }
      try {
        BatchResult r = batch.commit();
        batch = null;
        tally.committed(r);
        listener.committed(r, tally.report());
      } catch (StoreException e) {
        throw new StoreFailure(e);
      }
    }

    /**
     * Handles what is in flight and commits; {@code reset} rewinds the source's position to the
     * start.
     */
    void finish(boolean reset) {
      while (!window.isEmpty()) {
        handle(window.poll());
      }
      if (reset) {
        batch().checkpoint(source.key(), "");
      }
      commit();
    }

    private Extracted get(Future<Extracted> f) {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Extracted(null, null, "interrupted");
      } catch (ExecutionException e) {
        return new Extracted(null, null, "internal error while extracting (" + e.getCause() + ")");
      }
    }
  }

  /** The running counts. */
  private static final class Tally {
    private long added;
    private long updated;
    private long duplicates;
    private long reprints;
    private long skipped;
    private long failed;
    private long failedSources;
    private final List<String> failures = new ArrayList<>();

    void committed(BatchResult r) {
      added += r.added();
      updated += r.updated();
      duplicates += r.duplicates();
      reprints += r.reprints();
    }

    void skipped() {
      skipped++;
    }

    void failed(String reason) {
      failed++;
      note(reason);
    }

    void sourceFailed(String reason) {
      failedSources++;
      note(reason);
    }

    void note(String reason) {
      if (failures.size() < IngestReport.MAX_REASONS) {
        failures.add(reason);
      }
    }

    IngestReport report() {
      return new IngestReport(
          added, updated, duplicates, reprints, skipped, failed, failedSources, failures);
    }
  }
}
