package org.annals.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.annals.internal.Preconditions;

/**
 * Finished answers (status, type and bytes) of the read endpoints that only summarise the store's
 * events (series, network, events, actor), so that a dashboard polled by many readers tallies and
 * writes each answer once, not once per request.
 *
 * <p>Keyed by the endpoint and its parameters as parsed (so {@code ?dyad=rus-irn} and {@code
 * ?dyad=RUS-IRN} share an entry; a malformed request fails before the cache is asked). Each entry
 * is kept with the store's {@link org.annals.store.Store#version() version} it was made at and is
 * dropped when anything was committed since, as {@link EventCache} does. Bounded by the bytes it
 * holds: the least recently used answers go first; an answer larger than a tenth of the bound is
 * sent but not kept.
 */
final class AnswerCache {
  /** The default bound: 64 MiB of answers. */
  static final long DEFAULT_BYTES = 64L * 1024 * 1024;

  /** One finished answer. */
  record Answer(String contentType, String disposition, byte[] body) {
    Answer {
      Preconditions.requireArgument(
          contentType != null && body != null, "an answer needs its content type and body");
    }
  }

  private record Entry(long version, Answer answer) {}

  private final LongSupplier version;
  private final long maxBytes;
  private final Map<Object, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;
  private long hits;
  private long misses;

  /**
   * A cache of at most {@code maxBytes} bytes of answers, each valid while {@code version} gives
   * the number it was made at.
   */
  AnswerCache(LongSupplier version, long maxBytes) {
    Preconditions.requireArgument(
        maxBytes > 0, "the cache bound must be positive, got %s", maxBytes);
    this.version = version;
    this.maxBytes = maxBytes;
  }

  /**
   * The answer kept for {@code key} at the store's current version, else the one {@code make} makes
   * (kept unless too large). Exceptions of {@code make} (a 400 for a range too long) pass through
   * and nothing is kept.
   */
  Answer get(Object key, Supplier<Answer> make) {
    long v = version.getAsLong();
    synchronized (this) {
      Entry e = entries.get(key);
      if (e != null && e.version() == v) {
        hits++;
        return e.answer();
      }
      misses++;
    }
    Answer a = make.get();
    put(key, new Entry(v, a));
    return a;
  }

  private synchronized void put(Object key, Entry e) {
    Entry old = entries.remove(key);
    if (old != null) {
      bytes -= old.answer().body().length;
    }
    if (e.answer().body().length > maxBytes / 10) {
      return;
    }
    entries.put(key, e);
    bytes += e.answer().body().length;
    var it = entries.values().iterator();
    while (bytes > maxBytes && it.hasNext()) {
      bytes -= it.next().answer().body().length;
      it.remove();
    }
  }

  /** The bytes of the answers kept. */
  synchronized long bytes() {
    return bytes;
  }

  /** The answers kept. */
  synchronized int size() {
    return entries.size();
  }

  /** Requests answered from the cache so far. */
  synchronized long hits() {
    return hits;
  }

  /** Requests whose answer had to be made so far. */
  synchronized long misses() {
    return misses;
  }
}
