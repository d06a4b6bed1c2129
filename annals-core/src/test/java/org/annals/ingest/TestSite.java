package org.annals.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on a free loopback port (the JDK's own), serving what a test puts on it, and
 * logging every request with its time and headers. Close it after the test.
 */
final class TestSite implements AutoCloseable {
  /** One request as the server saw it. */
  record Request(
      String path, String userAgent, String ifNoneMatch, String ifModifiedSince, long nanos) {}

  /** How to answer one path. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange x) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch release = new CountDownLatch(1);

  TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "test-site");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** http://127.0.0.1:port */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String url(String path) {
    return base() + path;
  }

  int port() {
    return server.getAddress().getPort();
  }

  TestSite on(String path, Handler h) {
    routes.put(path, h);
    return this;
  }

  TestSite page(String path, String contentType, String body) {
    return on(path, x -> send(x, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  TestSite html(String path, String body) {
    return page(path, "text/html; charset=utf-8", body);
  }

  TestSite status(String path, int status) {
    return on(
        path,
        x -> send(x, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8)));
  }

  TestSite redirect(String path, String location) {
    return on(
        path,
        x -> {
          x.getResponseHeaders().add("Location", location);
          x.sendResponseHeaders(302, -1);
        });
  }

  /** Every request so far, in arrival order. */
  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** The paths requested so far, in arrival order. */
  List<String> paths() {
    List<String> out = new ArrayList<>();
    requests.forEach(r -> out.add(r.path()));
    return out;
  }

  /** Lets handlers that wait for the end of the test go. */
  void release() {
    release.countDown();
  }

  /** Waits until {@link #release} or 20 s (a handler that should hang, but not forever). */
  void hang() {
    try {
      release.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    release();
    server.stop(0);
    pool.shutdownNow();
  }

  private void dispatch(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath();
    var h = x.getRequestHeaders();
    requests.add(
        new Request(
            path,
            h.getFirst("User-Agent"),
            h.getFirst("If-None-Match"),
            h.getFirst("If-Modified-Since"),
            System.nanoTime()));
    try (x) {
      Handler handler = routes.get(path);
      if (handler == null) {
        send(x, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8));
      } else {
        handler.handle(x);
      }
    } catch (IOException e) {
      // the client hung up (a cap or a timeout on its side): nothing to answer
    }
  }

  static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      x.getResponseBody().write(body);
    }
  }

  /**
   * Writes {@code chunk} again and again in chunked encoding until the client hangs up or the time
   * is up.
   */
  static void endless(HttpExchange x, String type, byte[] chunk, Duration atMost)
      throws IOException {
    x.getResponseHeaders().add("Content-Type", type);
    x.sendResponseHeaders(200, 0);
    OutputStream out = x.getResponseBody();
    long end = System.nanoTime() + atMost.toNanos();
    while (System.nanoTime() < end) {
      out.write(chunk);
      out.flush();
    }
  }

  static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** The events of reading {@code source} from the start. */
  static List<Fetched> readAll(Source source) throws InputException {
    return readAll(source, Resume.START);
  }

  static List<Fetched> readAll(Source source, Resume resume) throws InputException {
    List<Fetched> out = new ArrayList<>();
    Consumer<Fetched> sink = out::add;
    source.read(resume, sink);
    return out;
  }

  /** A short article page written for these tests. */
  static String article(String headline, String sentence) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>"
        + headline
        + "</title></head><body><article><h1>"
        + headline
        + "</h1><p>"
        + sentence
        + "</p></article></body></html>";
  }
}
