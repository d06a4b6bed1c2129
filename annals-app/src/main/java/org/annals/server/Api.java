package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.actors.ActorBase;
import org.annals.export.EventCsv;
import org.annals.export.GdeltWriter;
import org.annals.export.MergedEventJson;
import org.annals.export.SearchResultJson;
import org.annals.store.ActorEntity;
import org.annals.store.EventQuery;
import org.annals.store.MergedEvent;
import org.annals.store.SearchResult;
import org.annals.store.Store;

/** The REST API: its endpoints, declared once ({@link #ENDPOINTS}), and their handlers. */
final class Api {
  static final String VERSION =
      Api.class.getPackage().getImplementationVersion() == null
          ? "dev"
          : Api.class.getPackage().getImplementationVersion();

  private static final List<Param> EVENT_FILTERS =
      List.of(
          Param.text(
              "dyad",
              "Events between two actors in either direction; codes match by prefix (RUS is every"
                  + " Russian body)",
              "RUS-IRN"),
          Param.text("actor", "Events with this actor (code or prefix) on either side", "RUSGOV"),
          Param.text("cameo", "A CAMEO code or prefix of 2 to 4 digits", "04"),
          Param.text("plover", "A PLOVER type", "CONSULT"),
          Param.oneOf(
              "kind",
              "interaction (coded political events) or occurrence (crashes, disasters, deaths)",
              "interaction",
              "occurrence"),
          Param.date("from", "First day (inclusive)"),
          Param.date("to", "Last day (inclusive)"));

  static final Endpoint HEALTH =
      new Endpoint(
          "GET",
          "/api/health",
          "Whether the server is up, with its version and how many articles the store holds",
          "",
          List.of(),
          Map.of(200, "Up"),
          "Health",
          false);

  static final Endpoint SEARCH =
      new Endpoint(
          "GET",
          "/api/articles",
          "Search the articles: ranked hits with highlighted snippets and facet counts",
          "Query syntax: \"exact phrase\", AND, OR, NOT, -word, word*, headline:word. Text that does"
              + " not parse is searched as plain words. Without q, every article, newest first.",
          List.of(
              Param.text("q", "The words to find (at most 1000 characters)", "pledge"),
              Param.date("from", "First day of publication (inclusive)"),
              Param.date("to", "Last day of publication (inclusive)"),
              Param.text("publisher", "A publisher, exactly (case ignored)", "Anadolu Agency"),
              Param.text("section", "A section, exactly (case ignored)", "World"),
              Param.text("actor", "An actor code among the article's entities", "RUSGOV"),
              Param.integer("page", "The page, from 1", "1"),
              Param.integer("size", "Hits per page, 1 to 100", "20")),
          Map.of(200, "The page of hits", 400, "A bad parameter"),
          "SearchResult",
          false);

  static final Endpoint ARTICLE =
      new Endpoint(
          "GET",
          "/api/articles/{id}",
          "One article with its annotations (entities, quotes, times, places) and events",
          "",
          List.of(Param.path("id", "The article id (16 hex digits)", "968a5fd984a47838")),
          Map.of(200, "The article", 404, "No such article"),
          "ArticleWithAnnotations",
          false);

  static final Endpoint EVENTS =
      new Endpoint(
          "GET",
          "/api/events",
          "Events merged across articles, with their mentions",
          "The same event reported by several articles (same dyad, CAMEO root, place, within a"
              + " day) is one event with its counts and every mention. format=csv, gdelt (the"
              + " GDELT 2.0 event export, 61 tab-separated columns) and jsonl are downloads.",
          concat(
              EVENT_FILTERS,
              List.of(
                  Param.integer("limit", "At most this many events (json), 1 to 100000", "1000"),
                  Param.oneOf(
                      "format",
                      "json (default), jsonl, csv or gdelt",
                      "json",
                      "jsonl",
                      "csv",
                      "gdelt"))),
          Map.of(200, "The events", 400, "A bad parameter"),
          "Events",
          false);

  static final Endpoint SERIES =
      new Endpoint(
          "GET",
          "/api/series",
          "Event counts per quad class and mean Goldstein score per day, week or month",
          "Occurrences have no quad class and are not counted. Empty periods between the first"
              + " and the last are included.",
          concat(
              EVENT_FILTERS,
              List.of(
                  Param.oneOf("interval", "day, week (default) or month", "week", "day", "month"))),
          Map.of(200, "The series", 400, "A bad parameter"),
          "Series",
          false);

  static final Endpoint NETWORK =
      new Endpoint(
          "GET",
          "/api/network",
          "The actor graph: who acted on whom, weighted by quad class",
          "",
          List.of(
              Param.date("from", "First day (inclusive)"),
              Param.date("to", "Last day (inclusive)"),
              Param.text("cameo", "A CAMEO code or prefix", "04"),
              Param.text("actor", "Only events with this actor (code or prefix)", "RUS"),
              Param.integer("min", "Keep edges with at least this many events (default 1)", "1")),
          Map.of(200, "The graph", 400, "A bad parameter"),
          "Network",
          false);

  static final Endpoint ACTOR =
      new Endpoint(
          "GET",
          "/api/actors/{code}",
          "An actor: who the articles coded under it, with their roles over time, and its recent"
              + " events",
          "",
          List.of(Param.path("code", "A CAMEO-style actor code", "RUSGOV")),
          Map.of(200, "The actor", 400, "A malformed code", 404, "No actor with that code"),
          "Actor",
          false);

  static final Endpoint INGEST =
      new Endpoint(
          "POST",
          "/api/ingest",
          "Fetch and store a URL, feed or sitemap, or store uploaded files (needs the write token)",
          "Body: JSON {\"url\": \"https://…\"} or {\"urls\": [\"…\"]}, or multipart/form-data with"
              + " files (HTML, scraped text, WARC, .gz). The job runs in the background: poll"
              + " GET /api/ingest/{job}. URLs on private or loopback addresses are refused unless"
              + " the server was started with --allow-private.",
          List.of(),
          Map.of(
              202, "The job was queued",
              400, "No URL or file, or a malformed one",
              401, "No or wrong token",
              413, "The upload is larger than the server's limit"),
          "Job",
          true);

  static final Endpoint JOB =
      new Endpoint(
          "GET",
          "/api/ingest/{job}",
          "An ingest job: queued, running, done or failed, with its counts and failures",
          "",
          List.of(Param.path("job", "The job id from POST /api/ingest", "1")),
          Map.of(200, "The job", 404, "No such job"),
          "Job",
          false);

  static final Endpoint OPENAPI =
      new Endpoint(
          "GET",
          "/api/openapi.json",
          "This API's OpenAPI 3.0 document",
          "",
          List.of(),
          Map.of(200, "The document"),
          null,
          false);

  static final List<Endpoint> ENDPOINTS =
      List.of(HEALTH, SEARCH, ARTICLE, EVENTS, SERIES, NETWORK, ACTOR, INGEST, JOB, OPENAPI);

  private final Store store;
  private final IngestJobs jobs;
  private final Token token;
  private final ServerOptions options;
  private final byte[] openApi;
  private final ActorNames names = new ActorNames(ActorBase.shipped());
  private final EventCache cache;
  private final AnswerCache answers;

  Api(Store store, IngestJobs jobs, Token token, ServerOptions options) {
    this.store = store;
    this.jobs = jobs;
    this.token = token;
    this.options = options;
    this.cache = store == null ? null : new EventCache(store);
    this.answers =
        store == null ? null : new AnswerCache(store::version, AnswerCache.DEFAULT_BYTES);
    try {
      this.openApi = Json.MAPPER.writeValueAsBytes(OpenApi.document(ENDPOINTS, VERSION));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the OpenAPI document", e);
    }
  }

  AnswerCache answers() {
    return answers;
  }

  /** Each endpoint's handler, in {@link #ENDPOINTS} order. */
  Map<Endpoint, Handler> handlers() {
    Map<Endpoint, Handler> m = new java.util.LinkedHashMap<>();
    m.put(HEALTH, this::health);
    m.put(SEARCH, this::search);
    m.put(ARTICLE, this::article);
    m.put(EVENTS, this::events);
    m.put(SERIES, this::series);
    m.put(NETWORK, this::network);
    m.put(ACTOR, this::actor);
    m.put(INGEST, this::ingest);
    m.put(JOB, this::job);
    m.put(OPENAPI, this::openApi);
    return m;
  }

  void health(Context ctx) {
    new Query(ctx, HEALTH);
    long articles = store.articleCount();
    Json.send(
        ctx,
        200,
        Json.MAPPER
            .createObjectNode()
            .put("status", "ok")
            .put("version", VERSION)
            .put("articles", articles)
            .put("ingesting", jobs.busy()));
  }

  void search(Context ctx) {
    Requests.Search req = Requests.search(new Query(ctx, SEARCH));
    SearchResult r = store.search(req.query());
    ObjectNode o = SearchResultJson.of(r);
    o.put("page", req.page()).put("size", req.size());
    Json.send(ctx, 200, o);
  }

  void article(Context ctx) {
    new Query(ctx, ARTICLE);
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9a-f]{16}")) {
      throw ApiException.notFound(
          "no article with id '"
              + abbreviate(id)
              + "': ids are 16 hex digits, as 968a5fd984a47838");
    }
    Store.StoredJson stored =
        store
            .json(id)
            .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "' is stored"));
    ctx.status(200).contentType("application/json; charset=utf-8").result(Json.article(stored));
  }

  void events(Context ctx) {
    Requests.Events req = Requests.events(new Query(ctx, EVENTS));
    send(ctx, answers.get(req, () -> events(req.query(), req.limit(), req.format())));
  }

  private AnswerCache.Answer events(EventQuery eq, int limit, String format) {
    List<MergedEvent> events = cache.events(eq, true);
    List<MergedEvent> page = events.size() > limit ? events.subList(0, limit) : events;
    return switch (format) {
      case "csv" -> download("text/csv", "annals-events.csv", w -> EventCsv.write(page, w));
      case "gdelt" ->
          download(
              "text/tab-separated-values",
              "annals-events.export.tsv",
              w -> GdeltWriter.events(page, new PrintWriter(w)));
      case "jsonl" ->
          download(
              "application/x-ndjson",
              "annals-events.jsonl",
              w -> {
                for (MergedEvent e : page) {
                  w.write(Json.MAPPER.writeValueAsString(MergedEventJson.of(e)));
                  w.write('\n');
                }
              });
      default -> {
        ObjectNode o = Json.MAPPER.createObjectNode().put("total", events.size());
        o.put("limit", limit);
        ArrayNode list = o.putArray("events");
        page.forEach(e -> list.add(MergedEventJson.of(e)));
        yield Json.answer(o);
      }
    };
  }

  void series(Context ctx) {
    Requests.SeriesOf req = Requests.series(new Query(ctx, SERIES));
    send(ctx, answers.get(req, () -> series(req.query(), req.interval())));
  }

  private AnswerCache.Answer series(EventQuery eq, Series.Interval interval) {
    List<Series.Point> points = Series.of(cache.events(eq, false), interval, eq.from(), eq.to());
    ObjectNode o = Json.MAPPER.createObjectNode().put("interval", interval.label());
    ArrayNode list = o.putArray("points");
    for (Series.Point p : points) {
      p.tally()
          .putInto(
              list.addObject().put("period", p.period().toString()).put("end", p.end().toString()));
    }
    return Json.answer(o);
  }

  void network(Context ctx) {
    Requests.NetworkOf req = Requests.network(new Query(ctx, NETWORK));
    send(ctx, answers.get(req, () -> network(req.query(), req.min())));
  }

  private AnswerCache.Answer network(EventQuery eq, int min) {
    Network.Graph g = Network.of(cache.events(eq, false), min, names::of);
    ObjectNode o = Json.MAPPER.createObjectNode();
    ArrayNode nodes = o.putArray("nodes");
    g.nodes()
        .forEach(
            n ->
                nodes
                    .addObject()
                    .put("id", n.id())
                    .put("name", n.name())
                    .put("events", n.events()));
    ArrayNode edges = o.putArray("edges");
    for (Network.Edge e : g.edges()) {
      e.tally().putInto(edges.addObject().put("source", e.source()).put("target", e.target()));
    }
    return Json.answer(o);
  }

  void actor(Context ctx) {
    new Query(ctx, ACTOR);
    String raw = ctx.pathParam("code");
    if (!raw.matches("[A-Za-z0-9]{3,15}")) {
      throw ApiException.badParameter(
          "code", raw, "an actor code of 3 to 15 letters, as RUS or RUSGOV");
    }
    String code = raw.toUpperCase(Locale.ROOT);
    send(ctx, answers.get(List.of("actor", code), () -> actor(code)));
  }

  private AnswerCache.Answer actor(String code) {
    List<ActorEntity> people = store.actorEntities(code);
    List<MergedEvent> events =
        new ArrayList<>(
            cache.events(new EventQuery(null, null, code, null, null, null, null, null), true));
    ActorBase base = ActorBase.shipped();
    var country = base.country(code.substring(0, 3));
    java.util.Optional<String> known = names.of(code);
    if (people.isEmpty() && events.isEmpty() && known.isEmpty()) {
      throw ApiException.notFound(
          "no actor '"
              + code
              + "': no stored article names it and the actor base does not know it");
    }
    events.sort(Comparator.comparing(MergedEvent::date).reversed());
    ObjectNode o = Json.MAPPER.createObjectNode().put("code", code);
    o.put("name", known.orElseGet(() -> name(code, people, events)));
    o.put("country", country.map(c -> c.alpha3()).orElse(null));
    ArrayNode list = o.putArray("people");
    for (ActorEntity p : people) {
      list.addObject()
          .put("name", p.name())
          .put("type", p.type())
          .put("role", p.role())
          .put("from", p.first().toString())
          .put("to", p.last().toString())
          .put("articles", p.articles());
    }
    ArrayNode ev = o.putArray("events");
    events.stream().limit(50).forEach(e -> ev.add(MergedEventJson.of(e)));
    o.put("totalEvents", events.size());
    return Json.answer(o);
  }

  void ingest(Context ctx) throws IOException {
    if (!token.accepts(ctx.header("Authorization"))) {
      throw ApiException.unauthorized(
          "writing needs the server's token: send 'Authorization: Bearer TOKEN' (the token is in "
              + token.file()
              + ")");
    }
    long length = ctx.contentLength();
    if (length > options.maxUploadBytes()) {
      throw tooLarge(length);
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    String job;
    if (type.startsWith("multipart/form-data")) {
      job = uploads(ctx);
    } else if (type.startsWith("application/json")) {
      job = jobs.submit(urls(ctx.body()), null);
    } else {
      throw ApiException.badRequest(
          "send JSON ({\"url\": \"https://…\"}, Content-Type: application/json) or files"
              + " (multipart/form-data); got Content-Type '"
              + abbreviate(type)
              + "'");
    }
    ctx.header("Location", "/api/ingest/" + job);
    Json.send(ctx, 202, jobs.describe(job));
  }

  void job(Context ctx) {
    new Query(ctx, JOB);
    String id = ctx.pathParam("job");
    ObjectNode o = id.matches("\\d{1,18}") ? jobs.describe(id) : null;
    if (o == null) {
      throw ApiException.notFound(
          "no ingest job '" + abbreviate(id) + "' (jobs are kept until the server stops)");
    }
    Json.send(ctx, 200, o);
  }

  void openApi(Context ctx) {
    new Query(ctx, OPENAPI);
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  ApiException tooLarge(long length) {
    return ApiException.tooLarge(
        "the request body is "
            + (length < 0 ? "larger than" : length + " bytes, over")
            + " the server's limit of "
            + options.maxUploadBytes()
            + " bytes; send fewer or smaller files, or start the server with a larger"
            + " --max-upload");
  }

  private String uploads(Context ctx) throws IOException {
    List<UploadedFile> files = ctx.uploadedFiles();
    if (files.isEmpty()) {
      throw ApiException.badRequest(
          "the multipart body holds no file: add one or more 'file' parts");
    }
    Path dir = jobs.uploadFolder();
    Map<String, Integer> seen = new HashMap<>();
    long total = 0;
    for (UploadedFile f : files) {
      String name = safeName(f.filename(), seen);
      total += f.size();
      if (total > options.maxUploadBytes()) {
        throw tooLarge(total);
      }
      try (InputStream in = f.content()) {
        Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return jobs.submit(List.of(dir.toString()), dir);
  }

  private static List<String> urls(String body) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw ApiException.badRequest("the body is not JSON: send {\"url\": \"https://…\"}");
    }
    List<String> urls = new ArrayList<>();
    if (tree != null && tree.hasNonNull("url")) {
      urls.add(tree.get("url").asText());
    }
    if (tree != null && tree.has("urls") && tree.get("urls").isArray()) {
      tree.get("urls").forEach(u -> urls.add(u.asText()));
    }
    if (urls.isEmpty()) {
      throw ApiException.badRequest(
          "the body names no URL: send {\"url\": \"https://…\"} or {\"urls\": [\"…\"]}");
    }
    if (urls.size() > 100) {
      throw ApiException.badParameter("urls", urls.size() + " URLs", "at most 100 URLs per job");
    }
    for (String u : urls) {
      try {
        URI uri = new URI(u);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
          throw ApiException.badParameter(
              "url", u, "an http or https URL with a host, as https://example.org/feed");
        }
      } catch (URISyntaxException e) {
        throw ApiException.badParameter("url", u, "a well-formed http or https URL");
      }
    }
    return urls;
  }

  private static String safeName(String filename, Map<String, Integer> seen) {
    String base =
        filename == null ? "upload" : Path.of(filename.replace('\\', '/')).getFileName().toString();
    base = base.replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "upload" + base;
    }
    int n = seen.merge(base, 1, Integer::sum);
    return n == 1 ? base : n + "-" + base;
  }

  private static String name(String code, List<ActorEntity> people, List<MergedEvent> events) {
    for (MergedEvent e : events) {
      if (code.equals(e.sourceCode()) && e.sourceName() != null) {
        return e.sourceName();
      }
      if (code.equals(e.targetCode()) && e.targetName() != null) {
        return e.targetName();
      }
    }
    return people.isEmpty() ? code : people.get(0).name();
  }

  private interface Body {
    void write(Writer w) throws IOException;
  }

  private static AnswerCache.Answer download(String type, String file, Body body) {
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(buf, StandardCharsets.UTF_8)) {
      body.write(w);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return new AnswerCache.Answer(
        type + "; charset=utf-8", "attachment; filename=\"" + file + "\"", buf.toByteArray());
  }

  private static void send(Context ctx, AnswerCache.Answer a) {
    ctx.status(200).contentType(a.contentType());
    if (a.disposition() != null) {
      ctx.header("Content-Disposition", a.disposition());
    }
    ctx.result(a.body());
  }

  /** At most 80 characters of {@code s} (never half a surrogate pair), "…" marking a cut. */
  static String abbreviate(String s) {
    if (s.length() <= 80) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(79)) ? 79 : 80;
    return s.substring(0, end) + "…";
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T>... lists) {
    List<T> out = new ArrayList<>();
    for (List<T> l : lists) {
      out.addAll(l);
    }
    return List.copyOf(out);
  }
}
