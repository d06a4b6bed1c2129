package org.annals.ingest;

import java.time.Duration;

/**
 * How {@link Sources} read: how to fetch, how politely, and how much at most.
 *
 * @param fetch how one page is fetched (SSRF guard, size cap, timeouts, redirects, User-Agent)
 * @param hostDelay the least time between two requests to one host (robots.txt may ask for more)
 * @param obeyRobots whether robots.txt is fetched and obeyed (on by default)
 * @param maxCrawlDelay the most a robots.txt {@code Crawl-delay} may slow a host down to
 * @param validators the validators of pages fetched before, for conditional GET
 * @param maxItems the most items read from one feed or sitemap (with its sub-sitemaps); the rest
 *     are reported skipped, so a hostile feed with a million items cannot exhaust memory
 */
public record SourceOptions(
    FetchOptions fetch,
    Duration hostDelay,
    boolean obeyRobots,
    Duration maxCrawlDelay,
    Validators validators,
    int maxItems) {
  /** The default cap on items per feed or sitemap: 50,000, the sitemap protocol's own limit. */
  public static final int DEFAULT_MAX_ITEMS = 50_000;

  public SourceOptions {
    if (fetch == null) {
      throw new IllegalArgumentException("source options need fetch options");
    }
    if (hostDelay == null || hostDelay.isNegative()) {
      throw new IllegalArgumentException("hostDelay must be zero or positive, got " + hostDelay);
    }
    if (maxCrawlDelay == null || maxCrawlDelay.isNegative()) {
      throw new IllegalArgumentException(
          "maxCrawlDelay must be zero or positive, got " + maxCrawlDelay);
    }
    if (validators == null) {
      throw new IllegalArgumentException(
          "source options need validators (Validators.inMemory() for one run)");
    }
    if (maxItems <= 0) {
      throw new IllegalArgumentException("maxItems must be positive, got " + maxItems);
    }
  }

  /**
   * Safe defaults: {@link FetchOptions#defaults()}, 1 s per host, robots.txt obeyed, crawl-delay up
   * to 30 s.
   */
  public static SourceOptions defaults() {
    return new SourceOptions(
        FetchOptions.defaults(),
        Duration.ofSeconds(1),
        true,
        Duration.ofSeconds(30),
        Validators.inMemory(),
        DEFAULT_MAX_ITEMS);
  }

  /** The User-Agent of every request, from the fetch options. */
  public String userAgent() {
    return fetch.userAgent();
  }

  /** A copy with other fetch options. */
  public SourceOptions withFetch(FetchOptions f) {
    return new SourceOptions(f, hostDelay, obeyRobots, maxCrawlDelay, validators, maxItems);
  }

  /** A copy with another least delay between two requests to one host. */
  public SourceOptions withHostDelay(Duration d) {
    return new SourceOptions(fetch, d, obeyRobots, maxCrawlDelay, validators, maxItems);
  }

  /** A copy that obeys robots.txt or not. */
  public SourceOptions withObeyRobots(boolean obey) {
    return new SourceOptions(fetch, hostDelay, obey, maxCrawlDelay, validators, maxItems);
  }

  /** A copy with another ceiling on robots.txt crawl-delay. */
  public SourceOptions withMaxCrawlDelay(Duration d) {
    return new SourceOptions(fetch, hostDelay, obeyRobots, d, validators, maxItems);
  }

  /** A copy with other validators (the store's, to remember them between runs). */
  public SourceOptions withValidators(Validators v) {
    return new SourceOptions(fetch, hostDelay, obeyRobots, maxCrawlDelay, v, maxItems);
  }

  /** A copy with another cap on items per feed or sitemap. */
  public SourceOptions withMaxItems(int max) {
    return new SourceOptions(fetch, hostDelay, obeyRobots, maxCrawlDelay, validators, max);
  }
}
