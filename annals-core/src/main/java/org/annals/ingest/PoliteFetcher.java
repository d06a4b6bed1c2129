package org.annals.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.annals.model.RawDocument;

/**
 * Fetching like a good citizen, around {@link HttpFetcher}: the SSRF guard first, then robots.txt
 * (see {@link Robots}), a delay between two requests to one host (the larger of the configured
 * delay and the host's crawl-delay, itself capped), and conditional GET with the {@link Validators}
 * of earlier fetches. Thread-safe; one per run, shared by its sources.
 */
final class PoliteFetcher {
  /** What a polite fetch came to. */
  sealed interface Outcome permits Page, NotModified, Disallowed {}

  /** The page, and the validators its server sent (or {@code null}). */
  record Page(RawDocument document, Validators.Validator validator) implements Outcome {}

  /** A 304: the page has not changed since the fetch that left {@code validator}. */
  record NotModified(Validators.Validator validator) implements Outcome {}

  /** Left alone on purpose (robots.txt); {@code reason} says why. */
  record Disallowed(String reason) implements Outcome {}

  private final SourceOptions options;
  private final HttpFetcher http;
  private final HttpFetcher.HostGuard guard;
  private final HostPacer pacer = new HostPacer();
  private final Robots robots;

  PoliteFetcher(SourceOptions options, HttpFetcher.HostGuard guard) {
    this.options = options;
    this.guard = guard;
    this.http = new HttpFetcher(options.fetch(), guard);
    this.robots = new Robots(http, pacer, options.hostDelay(), options.maxCrawlDelay());
  }

  SourceOptions options() {
    return options;
  }

  /**
   * Fetches {@code url} politely; with {@code conditional}, sends the validators of an earlier
   * fetch so that an unchanged page comes back as {@link NotModified}. Validators are not stored
   * here: a page's go with its document event, for the pipeline to store with the article.
   *
   * @throws InputException naming the URL when it is refused, fails or answers other than 200/304
   */
  Outcome fetch(String url, boolean conditional) throws InputException {
    URI uri = parse(url);
    if (!options.fetch().allowPrivate()) {
      guard.check(url, uri.getHost());
    }
    String origin = origin(uri);
    Duration delay = options.hostDelay();
    if (options.obeyRobots()) {
      Robots.Rules rules = robots.of(origin);
      if (rules.unreachable() != null) {
        return new Disallowed(
            "not fetched for now: "
                + rules.unreachable()
                + ", which RFC 9309 reads as \"disallow all\"; try again later");
      }
      if (!rules.allows(url)) {
        return new Disallowed("robots.txt of " + origin + " disallows it for Annals");
      }
      delay = max(delay, rules.crawlDelay());
    }
    pacer.await(origin, delay, url);
    Optional<Validators.Validator> known =
        conditional ? options.validators().get(url) : Optional.empty();
    HttpFetcher.Response r = http.get(url, conditionalHeaders(known), options.fetch().maxBytes());
    if (r.status() == 304 && known.isPresent()) {
      return new NotModified(known.get());
    }
    if (r.status() != 200) {
      throw new InputException(url, HttpFetcher.statusProblem(r.status(), r.uri()));
    }
    return new Page(r.document(), validatorOf(r));
  }

  /**
   * One item of a feed or sitemap as an event: its page fetched conditionally, a document (with the
   * page's validators) when it is a page, skipped when robots.txt forbids it, it has not changed or
   * it is not a page, failed (with the reason) when it cannot be fetched. Never throws.
   */
  Fetched fetchItem(String itemId, String url, FeedHints hints) {
    try {
      Outcome o = fetch(url, true);
      if (o instanceof Disallowed d) {
        return new Fetched.Skipped(itemId, null, url + ": " + d.reason());
      }
      if (o instanceof NotModified n) {
        return new Fetched.Skipped(itemId, null, url + ": " + notModified(n.validator()));
      }
      Page p = (Page) o;
      if (!ContentKind.isPage(p.document().contentType())) {
        return new Fetched.Skipped(
            itemId, null, url + ": not a page (" + p.document().contentType() + ")");
      }
      return new Fetched.Document(p.document(), itemId, null, hints, p.validator());
    } catch (InputException e) {
      return new Fetched.Failed(itemId, null, e.getMessage());
    }
  }

  /** "not modified since <date>" or "not modified since the last fetch (ETag "x")". */
  static String notModified(Validators.Validator v) {
    if (v.lastModified() != null && !v.lastModified().isBlank()) {
      return "not modified since " + v.lastModified();
    }
    return "not modified since the last fetch (ETag " + v.etag() + ")";
  }

  private static Map<String, String> conditionalHeaders(Optional<Validators.Validator> known) {
    Map<String, String> h = new LinkedHashMap<>();
    known.ifPresent(
        v -> {
          if (v.etag() != null && !v.etag().isBlank()) {
            h.put("If-None-Match", v.etag());
          }
          if (v.lastModified() != null && !v.lastModified().isBlank()) {
            h.put("If-Modified-Since", v.lastModified());
          }
        });
    return h;
  }

  private static Validators.Validator validatorOf(HttpFetcher.Response r) {
    String etag = r.header("etag");
    String modified = r.header("last-modified");
    boolean none = (etag == null || etag.isBlank()) && (modified == null || modified.isBlank());
    return none ? null : new Validators.Validator(etag, modified);
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * scheme://host[:port], the unit robots.txt and politeness apply to (a default port left out).
   */
  static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port < 0 || port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https");
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }

  private static URI parse(String url) throws InputException {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new InputException(url, "'" + url + "' is not an http(s) URL with a host");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new InputException(url, "'" + url + "' is not a valid URL (" + e.getReason() + ")", e);
    }
  }
}
