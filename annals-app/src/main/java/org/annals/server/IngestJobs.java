package org.annals.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.annals.actors.ActorBase;
import org.annals.extract.Format;
import org.annals.ingest.FetchOptions;
import org.annals.ingest.SourceOptions;
import org.annals.ingestion.IngestListener;
import org.annals.ingestion.IngestOptions;
import org.annals.ingestion.IngestReport;
import org.annals.ingestion.Ingestion;
import org.annals.ingestion.ItemResult;
import org.annals.internal.FileTrees;
import org.annals.nlp.Annotator;
import org.annals.store.Store;
import org.annals.store.StoreException;

/**
 * The server's ingest jobs: run one at a time on their own thread (the store has one writer), each
 * reading its sources through the same {@link Ingestion} as {@code annals ingest}, annotating and
 * coding events. Uploaded files wait in the store's {@code uploads/} folder and are deleted when
 * their job ends. The last {@value #KEPT} jobs are kept for {@code GET /api/ingest/{job}}.
 */
final class IngestJobs implements AutoCloseable {
  static final int KEPT = 200;

  /** How far a job got. */
  enum Status {
    queued,
    running,
    done,
    failed
  }

  private static final class Job {
    final String id;
    final List<String> sources;
    final Path uploads;
    final Instant created = Instant.now();
    volatile Status status = Status.queued;
    volatile Instant started;
    volatile Instant ended;
    volatile IngestReport report;
    volatile String error;
    final List<String> articles = Collections.synchronizedList(new ArrayList<>());

    Job(String id, List<String> sources, Path uploads) {
      this.id = id;
      this.sources = List.copyOf(sources);
      this.uploads = uploads;
    }
  }

  private final Store store;
  private final ServerOptions options;
  private final ExecutorService worker;
  private final Map<String, Job> jobs = Collections.synchronizedMap(new LinkedHashMap<>());
  private final AtomicLong next = new AtomicLong(1);
  private Annotator annotator;

  IngestJobs(Store store, ServerOptions options) {
    this.store = store;
    this.options = options;
    this.worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "annals-ingest");
              t.setDaemon(true);
              return t;
            });
  }

  /** A folder for the files of a job about to be submitted. */
  Path uploadFolder() throws IOException {
    Path dir = store.dir().resolve("uploads");
    Files.createDirectories(dir);
    return Files.createTempDirectory(dir, "job-");
  }

  /** Queues a job reading {@code sources}; {@code uploads} (or null) is deleted when it ends. */
  String submit(List<String> sources, Path uploads) {
    String id = Long.toString(next.getAndIncrement());
    Job job = new Job(id, sources, uploads);
    synchronized (jobs) {
      jobs.put(id, job);
      while (jobs.size() > KEPT) {
        String oldest = jobs.keySet().iterator().next();
        if (jobs.get(oldest).status == Status.running || jobs.get(oldest).status == Status.queued) {
          break;
        }
        jobs.remove(oldest);
      }
    }
    worker.execute(() -> run(job));
    return id;
  }

  /** The job's state as JSON, or {@code null} when unknown. */
  ObjectNode describe(String id) {
    Job j = jobs.get(id);
    if (j == null) {
      return null;
    }
    ObjectNode o =
        Json.MAPPER
            .createObjectNode()
            .put("job", j.id)
            .put("status", j.status.name())
            .put("created", j.created.toString())
            .put("started", j.started == null ? null : j.started.toString())
            .put("ended", j.ended == null ? null : j.ended.toString());
    ArrayNode sources = o.putArray("sources");
    j.sources.forEach(
        s -> sources.add(j.uploads != null && s.startsWith(j.uploads.toString()) ? "upload" : s));
    synchronized (j.articles) {
      ArrayNode a = o.putArray("articles");
      j.articles.forEach(a::add);
    }
    IngestReport r = j.report;
    if (r != null) {
      ObjectNode rep =
          o.putObject("report")
              .put("added", r.added())
              .put("updated", r.updated())
              .put("duplicates", r.duplicates())
              .put("reprints", r.reprints())
              .put("skipped", r.skipped())
              .put("failed", r.failed())
              .put("failedSources", r.failedSources());
      ArrayNode f = rep.putArray("failures");
      r.failures().forEach(s -> f.add(hideUploads(s, j)));
    } else {
      o.putNull("report");
    }
    o.put("error", j.error);
    return o;
  }

  /** Whether a job is queued or running. */
  boolean busy() {
    synchronized (jobs) {
      return jobs.values().stream()
          .anyMatch(j -> j.status == Status.queued || j.status == Status.running);
    }
  }

  private void run(Job job) {
    job.started = Instant.now();
    job.status = Status.running;
    try {
      FetchOptions fetch = FetchOptions.defaults().withAllowPrivate(options.allowPrivateFetch());
      SourceOptions sources =
          SourceOptions.defaults().withFetch(fetch).withValidators(store.validators());
      IngestOptions ingest =
          new IngestOptions(Format.AUTO, 2, 500, Duration.ofSeconds(5)).withAnnotator(annotator());
      IngestListener listener =
          new IngestListener() {
            @Override
            public void item(ItemResult r) {
              if (r.articleId() != null) {
                job.articles.add(r.articleId());
              }
            }
          };
      job.report = new Ingestion(store, sources, ingest, listener).run(job.sources);
      finish(job, Status.done);
    } catch (StoreException | IOException | RuntimeException e) {
      job.error = hideUploads(e.getMessage(), job);
      finish(job, Status.failed);
    } finally {
      if (job.status == Status.running) {
        finish(job, Status.failed); // an Error: the job is over all the same
      }
    }
  }

  /** The uploads are gone before anyone polling can see the job ended. */
  private static void finish(Job job, Status status) {
    if (job.uploads != null) {
      FileTrees.deleteQuietly(job.uploads);
    }
    job.ended = Instant.now();
    job.status = status;
  }

  private Annotator annotator() throws IOException {
    if (annotator == null) {
      annotator =
          options.actorFiles().isEmpty()
              ? Annotator.standard()
              : Annotator.standard(ActorBase.load(options.actorFiles().toArray(Path[]::new)));
    }
    return annotator;
  }

  private static String hideUploads(String s, Job j) {
    return s == null || j.uploads == null ? s : s.replace(j.uploads.toString(), "upload");
  }

  /** Deletes what earlier runs left in {@code uploads/}. */
  static void cleanUploads(Path storeDir) {
    Path dir = storeDir.resolve("uploads");
    if (Files.isDirectory(dir)) {
      FileTrees.deleteQuietly(dir);
    }
  }

  @Override
  public void close() {
    worker.shutdownNow();
    try {
      worker.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
