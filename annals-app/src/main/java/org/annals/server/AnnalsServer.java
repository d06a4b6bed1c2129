package org.annals.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.store.Store;
import org.annals.store.StoreException;

/**
 * {@code annals serve}: the REST API ({@code /api/…}, documented at {@code /api/openapi.json}) and
 * the web UI, in one process that owns the store while it runs.
 *
 * <p>Binds to 127.0.0.1 unless told otherwise. Reads are open on that interface; writes need the
 * token kept in the store folder. Every answer carries a Content-Security-Policy that allows only
 * the server's own scripts and styles.
 */
public final class AnnalsServer implements AutoCloseable {
  /** The Content-Security-Policy of every answer. */
  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  private final Store store;
  private final IngestJobs jobs;
  private final Token token;
  private final Javalin app;
  private final String host;
  private final Api api;

  private AnnalsServer(
      Store store, IngestJobs jobs, Token token, Javalin app, String host, Api api) {
    this.store = store;
    this.api = api;
    this.jobs = jobs;
    this.token = token;
    this.app = app;
    this.host = host;
  }

  /**
   * Opens the store for writing and starts serving.
   *
   * @throws StoreException when the store cannot be opened (another writer holds it, …)
   * @throws IOException when the token cannot be read or made
   * @throws IllegalStateException when the port cannot be bound (naming host and port)
   */
  public static AnnalsServer start(ServerOptions options) throws StoreException, IOException {
    return start(options, new PrintWriter(Writer.nullWriter()));
  }

  /** As {@link #start(ServerOptions)}, reporting failed requests to {@code log}. */
  public static AnnalsServer start(ServerOptions options, PrintWriter log)
      throws StoreException, IOException {
    Store store = Store.openForWriting(options.store());
    IngestJobs jobs = null;
    try {
      IngestJobs.cleanUploads(store.dir());
      Token token = Token.of(store.dir());
      jobs = new IngestJobs(store, options);
      Api api = new Api(store, jobs, token, options);
      IngestJobs j = jobs;
      Javalin app;
      try {
        app = Javalin.create(config -> configure(config, options, api, log)).start();
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "cannot start the server on "
                + options.host()
                + ":"
                + options.port()
                + " ("
                + rootMessage(e)
                + "); if the port is in use, choose another --port or stop what uses it",
            e);
      }
      AnnalsServer server = new AnnalsServer(store, j, token, app, options.host(), api);
      Files.writeString(
          store.dir().resolve(Store.SERVER_URL_FILE), server.url() + "\n", StandardCharsets.UTF_8);
      return server;
    } catch (IOException | RuntimeException e) {
      if (jobs != null) {
        jobs.close();
      }
      store.close();
      throw e;
    }
  }

  private static void configure(
      JavalinConfig config, ServerOptions options, Api api, PrintWriter log) {
    config.jetty.host = options.host();
    config.jetty.port = options.port();
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.maxRequestSize = options.maxUploadBytes();
    config.jetty.multipartConfig.maxTotalRequestSize(options.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxFileSize(options.maxUploadBytes(), SizeUnit.BYTES);
    config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
    if (AnnalsServer.class.getClassLoader().getResource("META-INF/resources/webjars") != null) {
      config.staticFiles.enableWebjars();
    }
    if (AnnalsServer.class.getResource("/web/index.html") != null) {
      config.staticFiles.add(
          sf -> {
            sf.hostedPath = "/";
            sf.directory = "/web";
            sf.location = Location.CLASSPATH;
          });
    }
    var r = config.routes;
    r.before(AnnalsServer::securityHeaders);
    api.handlers()
        .forEach(
            (endpoint, handler) -> {
              if (endpoint.method().equals("POST")) {
                r.post(endpoint.path(), handler);
              } else {
                r.get(endpoint.path(), handler);
              }
            });
    r.exception(ApiException.class, (e, ctx) -> Json.send(ctx, e.status(), e.body()));
    r.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          ApiException mapped =
              e.getStatus() == 413
                  ? api.tooLarge(ctx.contentLength())
                  : e.getStatus() == 404
                      ? ApiException.notFound("nothing at " + Api.abbreviate(ctx.path()))
                      : ApiException.badRequest(e.getMessage());
          Json.send(
              ctx,
              e.getStatus() == 413 || e.getStatus() == 404 ? e.getStatus() : 400,
              mapped.body());
        });
    r.exception(
        Exception.class,
        (e, ctx) -> {
          log.println("annals serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
          log.flush();
          Json.send(
              ctx,
              500,
              Json.MAPPER
                  .createObjectNode()
                  .put("error", "internal")
                  .put(
                      "message",
                      "the server failed on this request ("
                          + e.getClass().getSimpleName()
                          + "); the server's log has the details"));
        });
    r.error(
        404,
        ctx -> {
          if (ctx.path().startsWith("/api/") && ctx.result() == null) {
            Json.send(
                ctx,
                404,
                ApiException.notFound(
                        "no endpoint "
                            + ctx.method()
                            + " "
                            + Api.abbreviate(ctx.path())
                            + "; see /api/openapi.json")
                    .body());
          }
        });
    r.error(
        405,
        ctx ->
            Json.send(
                ctx,
                405,
                Json.MAPPER
                    .createObjectNode()
                    .put("error", "method-not-allowed")
                    .put(
                        "message",
                        ctx.method() + " is not allowed on " + Api.abbreviate(ctx.path()))));
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }

  private static String rootMessage(Throwable t) {
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  /** The port listened on (the one picked when asked for 0). */
  public int port() {
    return app.port();
  }

  /** The base URL, as {@code http://127.0.0.1:7070}. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + port();
  }

  /** The write token. */
  public String token() {
    return token.value();
  }

  /** Where the write token is kept. */
  public Path tokenFile() {
    return token.file();
  }

  /** Whether this start created the token (so it is printed once). */
  public boolean tokenCreated() {
    return token.created();
  }

  /** The store, open for writing (for tests that commit while the server runs). */
  Store store() {
    return store;
  }

  /** The cache of finished answers. */
  AnswerCache answers() {
    return api.answers();
  }

  /** The store served. */
  public Path storeDir() {
    return store.dir();
  }

  /** Stops serving, waits for the ingest job in progress to stop, and closes the store. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      jobs.close();
      try {
        Files.deleteIfExists(store.dir().resolve(Store.SERVER_URL_FILE));
      } catch (IOException e) {
        // stale file: the next start overwrites it
      }
      store.close();
    }
  }
}
