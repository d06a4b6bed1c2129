package org.annals.ingest;

import java.time.Duration;

/**
 * How {@link HttpFetcher} fetches.
 *
 * @param allowPrivate whether loopback, private and link-local addresses may be fetched (off by
 *     default; tests against a local server turn it on)
 * @param maxBytes cap on the body after decompression
 * @param connectTimeout cap on establishing a connection
 * @param totalTimeout cap on one fetch, redirects and body included
 * @param maxRedirects how many redirects to follow
 * @param userAgent the User-Agent header, naming Annals and its version
 */
public record FetchOptions(
    boolean allowPrivate,
    long maxBytes,
    Duration connectTimeout,
    Duration totalTimeout,
    int maxRedirects,
    String userAgent) {
  public FetchOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
    if (maxRedirects < 0 || maxRedirects > 20) {
      throw new IllegalArgumentException("maxRedirects must be within 0..20, got " + maxRedirects);
    }
    if (connectTimeout == null
        || totalTimeout == null
        || connectTimeout.isNegative()
        || totalTimeout.isNegative()) {
      throw new IllegalArgumentException("timeouts must be positive durations");
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent must not be blank");
    }
  }

  /** Safe defaults: no private addresses, 10 MB, 10 s to connect, 60 s in all, 5 redirects. */
  public static FetchOptions defaults() {
    return new FetchOptions(
        false,
        10L * 1024 * 1024,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        5,
        defaultUserAgent());
  }

  /** A copy that allows (or refuses) private addresses. */
  public FetchOptions withAllowPrivate(boolean allow) {
    return new FetchOptions(allow, maxBytes, connectTimeout, totalTimeout, maxRedirects, userAgent);
  }

  /** A copy with another body cap. */
  public FetchOptions withMaxBytes(long max) {
    return new FetchOptions(
        allowPrivate, max, connectTimeout, totalTimeout, maxRedirects, userAgent);
  }

  /** "Annals/<version> (…)", the User-Agent of every fetch. */
  public static String defaultUserAgent() {
    String v = FetchOptions.class.getPackage().getImplementationVersion();
    return "Annals/"
        + (v == null ? "dev" : v)
        + " (news event-data research tool; GPL-3.0-or-later)";
  }
}
