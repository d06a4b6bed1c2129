package org.annals.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps requests to one host apart by at least a delay. Hosts are paced independently; a caller
 * waiting for one host does not hold up another. Thread-safe.
 */
final class HostPacer {
  /** When each host (scheme://host:port) may be asked again, in {@link System#nanoTime()} units. */
  private final Map<String, long[]> next = new ConcurrentHashMap<>();

  /**
   * Waits until {@code host} may be asked again, then books its next turn {@code delay} from now.
   *
   * @throws InputException naming {@code url} when interrupted while waiting
   */
  void await(String host, Duration delay, String url) throws InputException {
    long[] slot = next.computeIfAbsent(host, h -> new long[] {Long.MIN_VALUE});
    synchronized (slot) {
      long now = System.nanoTime();
      long wait = slot[0] == Long.MIN_VALUE ? 0 : slot[0] - now;
      if (wait > 0) {
        sleep(wait, url);
        now = System.nanoTime();
      }
      slot[0] = now + delay.toNanos();
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
