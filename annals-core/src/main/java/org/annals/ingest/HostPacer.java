package org.annals.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps requests to one host apart by at least a delay. Hosts are paced independently; a caller
 * waiting for one host does not hold up another. Thread-safe.
 */
final class HostPacer {
  /** When each host (scheme://host[:port]) was last asked, in {@link System#nanoTime()} units. */
  private final Map<String, long[]> last = new ConcurrentHashMap<>();

  /**
   * Waits until {@code delay} has passed since the last request to {@code host}, then books this
   * one. The delay is the one known now (a crawl-delay learnt from robots.txt applies at once).
   *
   * @throws InputException naming {@code url} when interrupted while waiting
   */
  void await(String host, Duration delay, String url) throws InputException {
    long[] slot = last.computeIfAbsent(host, h -> new long[] {0, 0});
    synchronized (slot) {
      long now = System.nanoTime();
      long wait = slot[1] == 0 ? 0 : slot[0] + delay.toNanos() - now;
      if (wait > 0) {
        sleep(wait, url);
        now = System.nanoTime();
      }
      slot[0] = now;
      slot[1] = 1;
    }
  }

  private static void sleep(long nanos, String url) throws InputException {
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(url, "interrupted while waiting for the host's politeness delay", e);
    }
  }
}
