package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.annals.model.RawDocument;

/**
 * Fetches one http(s) URL as a raw document: redirects followed by hand (so each hop passes the
 * SSRF guard), timeouts on connect and in total (a slow body is cut at the deadline), the body
 * capped after decompression, a User-Agent naming Annals. Thread-safe; share one per process.
 */
public final class HttpFetcher {
  private static final ScheduledExecutorService TIMER =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "annals-fetch-deadline");
            t.setDaemon(true);
            return t;
          });

  /** Checks one hop's host before it is contacted; throws naming the URL when it is refused. */
  @FunctionalInterface
  interface HostGuard {
    void check(String url, String host) throws InputException;
  }

  private final FetchOptions options;
  private final HttpClient client;
  private final HostGuard guard;

  public HttpFetcher(FetchOptions options) {
    this(options, AddressGuard::requirePublic);
  }

  /**
   * A fetcher whose SSRF check is {@code guard} (tests stand a local server in for a public host).
   */
  HttpFetcher(FetchOptions options, HostGuard guard) {
    this.options = options;
    this.guard = guard;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(options.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Fetches {@code url}, following at most {@code maxRedirects} redirects. */
  public RawDocument fetch(String url) throws InputException {
    Response r = get(url, Map.of(), options.maxBytes());
    if (r.status() != 200) {
      throw new InputException(url, statusProblem(r.status(), r.uri()));
    }
    return r.document();
  }

  /**
   * The final answer to a GET of {@code url} with {@code headers} added, after redirects: its
   * status and headers, and for a 200 its body within {@code maxBytes}. Any other status comes back
   * without a body, for the caller to judge (a 304, a robots.txt 404).
   */
  Response get(String url, Map<String, String> headers, long maxBytes) throws InputException {
    Instant deadline = Instant.now().plus(options.totalTimeout());
    URI uri = parse(url, url);
    for (int hop = 0; hop <= options.maxRedirects(); hop++) {
      if (!options.allowPrivate()) {
        guard.check(url, uri.getHost());
      }
      HttpResponse<InputStream> r = send(url, uri, headers, deadline);
      int status = r.statusCode();
      if (status >= 300 && status < 400 && r.headers().firstValue("location").isPresent()) {
        close(r);
        uri = parse(url, uri.resolve(r.headers().firstValue("location").get().strip()).toString());
        continue;
      }
      if (status != 200) {
        close(r);
        return new Response(status, uri, r.headers(), null);
      }
      return new Response(status, uri, r.headers(), body(url, uri, r, deadline, maxBytes));
    }
    throw new InputException(
        url, "more than " + options.maxRedirects() + " redirects; the site may loop");
  }

  /** The last hop's answer: status, URL, headers, and the body of a 200 (else {@code null}). */
  record Response(int status, URI uri, HttpHeaders headers, RawDocument document) {
    Response {
      if (status == 200 && document == null) {
        throw new IllegalArgumentException("a 200 response needs its body (" + uri + ")");
      }
    }

    /** The first value of header {@code name}, or {@code null}. */
    String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  /** "HTTP 404 from <url>; the page is gone, check the URL" and the like. */
  static String statusProblem(int status, URI uri) {
    return "HTTP " + status + " from " + uri + hint(status);
  }

  private HttpResponse<InputStream> send(
      String url, URI uri, Map<String, String> headers, Instant deadline) throws InputException {
    long left = deadline.toEpochMilli() - System.currentTimeMillis();
    if (left <= 0) {
      throw new InputException(url, "timed out after " + seconds(options.totalTimeout()));
    }
    HttpRequest.Builder req =
        HttpRequest.newBuilder(uri)
            .timeout(java.time.Duration.ofMillis(left))
            .header("User-Agent", options.userAgent())
            .header(
                "Accept",
                "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
            .header("Accept-Encoding", "gzip")
            .GET();
    headers.forEach(req::header);
    try {
      return client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new InputException(url, "timed out waiting for " + uri.getHost(), e);
    } catch (IOException e) {
      throw new InputException(url, "cannot fetch " + uri + " (" + e.getMessage() + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException(url, "interrupted", e);
    }
  }

  private RawDocument body(
      String url, URI uri, HttpResponse<InputStream> r, Instant deadline, long maxBytes)
      throws InputException {
    long left = Math.max(1, deadline.toEpochMilli() - System.currentTimeMillis());
    InputStream in = r.body();
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> cut =
        TIMER.schedule(
            () -> {
              timedOut.set(true); // set before closing, so the reader that sees the close knows why
              closeQuietly(in);
            },
            left,
            TimeUnit.MILLISECONDS);
    try (in) {
      Limits.Read read = Limits.read(in, maxBytes);
      HttpHeaders h = r.headers();
      return new RawDocument(
          url,
          uri.toString(),
          read.bytes(),
          h.firstValue("content-type").orElse(null),
          read.warnings());
    } catch (IOException e) {
      String why =
          timedOut.get()
              ? "timed out reading the body after " + seconds(options.totalTimeout())
              : e.getMessage();
      throw new InputException(url, "cannot read the body of " + uri + " (" + why + ")", e);
    } finally {
      cut.cancel(false);
    }
  }

  private static URI parse(String url, String s) throws InputException {
    try {
      URI u = new URI(s);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!List.of("http", "https").contains(scheme) || u.getHost() == null) {
        throw new InputException(url, "'" + s + "' is not an http(s) URL with a host");
      }
      return u;
    } catch (URISyntaxException e) {
      throw new InputException(url, "'" + s + "' is not a valid URL (" + e.getReason() + ")", e);
    }
  }

  /** "60 s", or "0.5 s" for a timeout under a second. */
  private static String seconds(java.time.Duration d) {
    long ms = d.toMillis();
    return (ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0)) + " s";
  }

  private static String hint(int status) {
    return switch (status) {
      case 401, 403 -> "; the site refuses access (paywall or bot protection)";
      case 404, 410 -> "; the page is gone, check the URL";
      case 429 -> "; the site rate-limits, try again later";
      default -> status >= 500 ? "; the site has a server error, try again later" : "";
    };
  }

  private static void close(HttpResponse<InputStream> r) {
    closeQuietly(r.body());
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // closing is best effort: the connection is dropped either way
    }
  }
}
