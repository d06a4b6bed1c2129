package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.internal.Preconditions;
import org.annals.model.Article;
import org.annals.model.Timestamp;

/**
 * Articles, checkpoints and seen items gathered in memory and committed together: after {@link
 * #commit()} returns, all of them are durable; if the process dies before, none of them is. Not
 * thread-safe: one thread fills and commits a batch.
 */
public final class Batch {
  /** What {@link #add} did with an article. */
  public enum Outcome {
    /** A new article and a new story. */
    NEW,
    /** The same article id with a different {@code modified} stamp or content: replaced. */
    UPDATED,
    /** The same article unchanged (or an older version): only the new source was recorded. */
    DUPLICATE,
    /** A new article whose body nearly equals a stored story's: joined to that story. */
    REPRINT
  }

  private final Store store;
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final Map<String, List<StoredArticle>> bands = new HashMap<>();
  private final List<Map.Entry<String, Provenance>> provenance = new ArrayList<>();
  private final Map<String, Instant> touched = new HashMap<>();
  private final Map<String, String> checkpoints = new LinkedHashMap<>();
  private final Map<String, Set<String>> seen = new LinkedHashMap<>();
  private final int[] counts = new int[Outcome.values().length];
  private int size;
  private boolean done;

  Batch(Store store) {
    this.store = store;
  }

  /**
   * Adds an article read from {@code p}; it is stored at {@link #commit()}. The same id is the same
   * article: it is never a reprint of itself.
   */
  public Outcome add(Article a, Provenance p) {
    return add(a, p, null);
  }

  /**
   * Adds an article read from {@code p} with its annotations ({@code null}: not annotated). A new
   * or changed article is stored with them; an unchanged one that was stored without annotations
   * gains them (still a {@link Outcome#DUPLICATE}).
   */
  public Outcome add(Article a, Provenance p, Annotations annotations) {
    Preconditions.requireNonNull(a, "article");
    Preconditions.requireNonNull(p, "provenance");
    requireOpen();
    Pending known = pending.get(a.id());
    StoredArticle current = known != null ? known.article : store.find(a.id()).orElse(null);
    Outcome outcome;
    if (current == null) {
      outcome = addNew(a, p, annotations);
    } else if (unchanged(current, a)) {
      outcome = duplicate(known, current, p, annotations);
    } else {
      outcome = update(known, current, a, p, annotations);
    }
    counts[outcome.ordinal()]++;
    size++;
    return outcome;
  }

  /** Records that {@code sourceKey} has been read up to {@code position} (ordered sources). */
  public void checkpoint(String sourceKey, String position) {
    Preconditions.requireArgument(
        sourceKey != null && !sourceKey.isBlank(), "checkpoint source key must not be blank");
    Preconditions.requireArgument(
        position != null, "checkpoint position must not be null (source %s)", sourceKey);
    requireOpen();
    checkpoints.put(sourceKey, position);
  }

  /** Records that {@code itemId} of {@code sourceKey} has been handled (unordered sources). */
  public void seen(String sourceKey, String itemId) {
    Preconditions.requireArgument(
        sourceKey != null && !sourceKey.isBlank(), "seen source key must not be blank");
    Preconditions.requireArgument(
        itemId != null, "seen item id must not be null (source %s)", sourceKey);
    requireOpen();
    seen.computeIfAbsent(sourceKey, k -> new LinkedHashSet<>()).add(itemId);
  }

  /** How many articles were added to this batch. */
  public int size() {
    return size;
  }

  /**
   * Commits the articles, checkpoints, seen items and pending validators as one batch. When this
   * returns they are durable; when it throws, none of them was stored and the store is as before.
   */
  public BatchResult commit() throws StoreException {
    requireOpen();
    done = true;
    return store.commit(this);
  }

  boolean isEmpty() {
    return size == 0 && checkpoints.isEmpty() && seen.isEmpty();
  }

  boolean done() {
    return done;
  }

  /** The batch as written by batch number {@code seq}. */
  BatchWrite prepare(
      long seq, Instant now, Map<String, org.annals.ingest.Validators.Validator> validators) {
    List<StoredArticle> articles = new ArrayList<>();
    Set<String> replaced = new HashSet<>();
    for (Pending p : pending.values()) {
      articles.add(p.article.inBatch(seq));
      if (p.stored) {
        replaced.add(p.article.id());
      }
    }
    BatchResult result =
        new BatchResult(
            counts[Outcome.NEW.ordinal()], counts[Outcome.UPDATED.ordinal()],
            counts[Outcome.DUPLICATE.ordinal()], counts[Outcome.REPRINT.ordinal()]);
    return new BatchWrite(
        seq, now, articles, replaced, provenance, touched, checkpoints, seen, validators, result);
  }

  private Outcome addNew(Article a, Provenance p, Annotations annotations) {
    int[] signature = MinHash.signature(a.text());
    List<String> keys = signature == null ? List.of() : MinHash.bands(signature);
    String story = signature == null ? null : story(signature, keys);
    StoredArticle s =
        new StoredArticle(
            a,
            story == null ? a.id() : story,
            StoredArticle.fingerprint(a),
            List.of(p.source()),
            signature,
            0,
            p.readAt(),
            annotations);
    pending.put(a.id(), new Pending(s, false));
    provenance.add(Map.entry(a.id(), p));
    for (String band : keys) {
      bands.computeIfAbsent(band, k -> new ArrayList<>()).add(s);
    }
    return story == null ? Outcome.NEW : Outcome.REPRINT;
  }

  private Outcome duplicate(
      Pending known, StoredArticle current, Provenance p, Annotations annotations) {
    if (current.annotations() == null && annotations != null) {
      // stored before without annotations: the same article gains them
      current = current.withAnnotations(annotations);
      pending.put(current.id(), new Pending(current, known == null || known.stored));
    }
    if (current.sources().contains(p.source())) {
      if (known == null) {
        touched.merge(current.id(), p.readAt(), (x, y) -> x.isAfter(y) ? x : y);
      }
      return Outcome.DUPLICATE;
    }
    List<String> sources = new ArrayList<>(current.sources());
    sources.add(p.source());
    StoredArticle s =
        new StoredArticle(
            current.article(),
            current.storyId(),
            current.fingerprint(),
            sources,
            current.signature(),
            0,
            later(current.seenAt(), p.readAt()),
            current.annotations());
    pending.put(current.id(), new Pending(s, known == null || known.stored));
    provenance.add(Map.entry(current.id(), p));
    return Outcome.DUPLICATE;
  }

  private Outcome update(
      Pending known, StoredArticle current, Article a, Provenance p, Annotations annotations) {
    List<String> sources = new ArrayList<>(current.sources());
    if (!sources.contains(p.source())) {
      sources.add(p.source());
      provenance.add(Map.entry(a.id(), p));
    }
    StoredArticle s =
        new StoredArticle(
            a,
            current.storyId(),
            StoredArticle.fingerprint(a),
            sources,
            MinHash.signature(a.text()),
            0,
            later(current.seenAt(), p.readAt()),
            annotations);
    pending.put(a.id(), new Pending(s, known == null || known.stored));
    return Outcome.UPDATED;
  }

  /** The story of the most similar stored or batched body at or above the threshold, or null. */
  private String story(int[] signature, List<String> keys) {
    String best = null;
    double bestSimilarity = MinHash.THRESHOLD;
    Set<String> checked = new HashSet<>();
    for (String key : keys) {
      for (StoredArticle s : bands.getOrDefault(key, List.of())) {
        double sim = MinHash.similarity(signature, s.signature());
        if (checked.add(s.id()) && sim >= bestSimilarity) {
          best = s.storyId();
          bestSimilarity = sim;
        }
      }
    }
    try {
      for (Map.Entry<String, int[]> candidate : store.candidates(keys)) {
        double sim = MinHash.similarity(signature, candidate.getValue());
        if (sim > bestSimilarity || (best == null && sim >= bestSimilarity)) {
          best = candidate.getKey();
          bestSimilarity = sim;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "store " + store.dir() + ": cannot look up similar stories", e);
    }
    return best;
  }

  /**
   * True when {@code incoming} says nothing new: the same content, or an older version (both carry
   * a {@code modified} stamp and the incoming one is earlier).
   */
  static boolean unchanged(StoredArticle current, Article incoming) {
    if (current.fingerprint() == StoredArticle.fingerprint(incoming)) {
      return true;
    }
    Article stored = current.article();
    return stored.modified() != null
        && incoming.modified() != null
        && compare(incoming.modified(), stored.modified()) < 0;
  }

  /** Orders stamps by instant when both offsets are known, else by local date-time. */
  static int compare(Timestamp a, Timestamp b) {
    if (a.instant().isPresent() && b.instant().isPresent()) {
      return a.instant().get().toInstant().compareTo(b.instant().get().toInstant());
    }
    return local(a).compareTo(local(b));
  }

  private static java.time.LocalDateTime local(Timestamp t) {
    return java.time.LocalDateTime.of(
        t.date(), t.time() == null ? java.time.LocalTime.MIDNIGHT : t.time());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private void requireOpen() {
    Preconditions.requireState(
        !done, "this batch was committed; start a new one with store.batch()");
    store.requireWritable();
  }

  /** An article of this batch and whether an earlier version of it is committed. */
  private static final class Pending {
    final StoredArticle article;
    final boolean stored;

    Pending(StoredArticle article, boolean stored) {
      this.article = article;
      this.stored = stored;
    }
  }
}
