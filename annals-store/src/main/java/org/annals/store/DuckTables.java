package org.annals.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.ingest.Validators.Validator;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.model.Timestamp;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB side of the store: the tables of schema v1 ({@code schema-v1.sql}). One connection,
 * used by the single writer only; a batch is one transaction, staged through temporary tables
 * filled by DuckDB's appender and moved with one statement per table.
 */
final class DuckTables implements AutoCloseable {
  static final String SCHEMA = "schema-v1.sql";
  private static final String[] STAGED = {
    "st_articles AS SELECT * FROM articles",
    "st_provenance AS SELECT * FROM provenance",
    "st_minhash AS SELECT * FROM minhash",
    "st_stories AS SELECT * FROM stories",
    "st_seen AS SELECT * FROM seen_items",
    "st_touch AS SELECT id, last_seen FROM articles",
    "st_annotations AS SELECT * FROM annotations",
    "st_entities AS SELECT * FROM entities",
    "st_events AS SELECT * FROM event_mentions"
  };

  /** Moves the staged rows into the tables, keeping keys unique (the big tables have no index). */
  private static final String[] MOVE = {
    "UPDATE st_articles SET first_seen = a.first_seen FROM articles a WHERE a.id = st_articles.id",
    "DELETE FROM articles WHERE id IN (SELECT id FROM st_articles)",
    "INSERT INTO articles SELECT * FROM st_articles",
    "DELETE FROM minhash WHERE article_id IN (SELECT id FROM st_articles)",
    "INSERT INTO minhash SELECT * FROM st_minhash",
    "DELETE FROM annotations WHERE article_id IN (SELECT id FROM st_articles)",
    "INSERT INTO annotations SELECT * FROM st_annotations",
    "DELETE FROM entities WHERE article_id IN (SELECT id FROM st_articles)",
    "INSERT INTO entities SELECT * FROM st_entities",
    "DELETE FROM event_mentions WHERE article_id IN (SELECT id FROM st_articles)",
    "INSERT INTO event_mentions SELECT * FROM st_events",
    "INSERT INTO stories SELECT * FROM st_stories s WHERE NOT EXISTS (SELECT 1 FROM stories t WHERE t.id = s.id)",
    "INSERT INTO provenance SELECT * FROM st_provenance s WHERE NOT EXISTS"
        + " (SELECT 1 FROM provenance p WHERE p.article_id = s.article_id AND p.source = s.source)",
    "INSERT INTO seen_items SELECT * FROM st_seen s WHERE NOT EXISTS"
        + " (SELECT 1 FROM seen_items i WHERE i.source_key = s.source_key AND i.item_id = s.item_id)",
    "UPDATE articles SET last_seen = greatest(articles.last_seen, t.last_seen) FROM st_touch t WHERE articles.id = t.id"
  };

  private final Connection conn;

  private DuckTables(Connection conn) {
    this.conn = conn;
  }

  /** Opens (creating the tables of schema v1 when missing) the database at {@code file}. */
  static DuckTables open(Path file) throws SQLException, IOException {
    Connection conn = DriverManager.getConnection("jdbc:duckdb:" + file);
    try {
      try (Statement s = conn.createStatement()) {
        for (String ddl : schema()) {
          s.execute(ddl);
        }
        for (String staged : STAGED) {
          s.execute("CREATE TEMP TABLE " + staged + " LIMIT 0");
        }
        // fewer checkpoints: each rewrites the table's last row group (a crash replays at most this
        // much log)
        s.execute("SET checkpoint_threshold = '128MB'");
      }
      conn.setAutoCommit(false);
      return new DuckTables(conn);
    } catch (SQLException | RuntimeException e) {
      conn.close();
      throw e;
    }
  }

  /** The statements of {@code schema-v1.sql}, comments removed. */
  static List<String> schema() throws IOException {
    try (InputStream in = DuckTables.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IOException(
            "resource " + SCHEMA + " is missing from the annals-store jar; rebuild it");
      }
      StringBuilder sql = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.strip().startsWith("--")) {
          sql.append(line).append('\n');
        }
      }
      List<String> out = new ArrayList<>();
      for (String stmt : sql.toString().split(";")) {
        if (!stmt.isBlank()) {
          out.add(stmt.strip());
        }
      }
      return out;
    }
  }

  /** Runs one statement in its own transaction (settings, maintenance). */
  void execute(String sql) throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute(sql);
    }
    conn.commit();
  }

  /** The format named in the {@code meta} table. */
  String format() throws SQLException {
    return single("SELECT value FROM meta WHERE key = 'format'", "");
  }

  /** The last committed batch, 0 when none. */
  long lastBatch() throws SQLException {
    return Long.parseLong(single("SELECT coalesce(max(seq), 0) FROM batches", "0"));
  }

  long count() throws SQLException {
    return Long.parseLong(single("SELECT count(*) FROM articles", "0"));
  }

  Optional<String> checkpoint(String sourceKey) throws SQLException {
    try (PreparedStatement p =
        conn.prepareStatement("SELECT position FROM checkpoints WHERE source_key = ?")) {
      p.setString(1, sourceKey);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      } finally {
        conn.commit();
      }
    }
  }

  Set<String> seen(String sourceKey) throws SQLException {
    Set<String> ids = new HashSet<>();
    try (PreparedStatement p =
        conn.prepareStatement("SELECT item_id FROM seen_items WHERE source_key = ?")) {
      p.setString(1, sourceKey);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          ids.add(r.getString(1));
        }
      } finally {
        conn.commit();
      }
    }
    return ids;
  }

  Map<String, Validator> validators() throws SQLException {
    Map<String, Validator> out = new HashMap<>();
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery("SELECT url, etag, last_modified FROM validators")) {
      while (r.next()) {
        out.put(r.getString(1), new Validator(r.getString(2), r.getString(3)));
      }
    } finally {
      conn.commit();
    }
    return out;
  }

  /** Writes validators on their own (when the writer closes with some not yet committed). */
  void writeValidators(Map<String, Validator> validators) throws SQLException {
    try {
      upsertValidators(validators);
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    }
  }

  /**
   * Writes one batch in one transaction; {@code beforeCommit} runs just before the commit (tests
   * use it to simulate a crash). Nothing of the batch is visible unless this returns.
   */
  void write(BatchWrite b, Runnable beforeCommit) throws SQLException {
    try {
      try (Statement s = conn.createStatement()) {
        for (String staged : STAGED) {
          s.execute("DELETE FROM " + staged.substring(0, staged.indexOf(' ')));
        }
      }
      stageArticles(b);
      stageAnnotations(b);
      stageProvenance(b);
      stageSeen(b);
      stageTouched(b);
      move(b);
      upsertValidators(b.validators());
      beforeCommit.run();
      conn.commit();
    } catch (SQLException | RuntimeException e) {
      conn.rollback();
      throw e;
    }
  }

  /** Every stored article written by a batch after {@code batch}, to {@code sink}. */
  void articlesAfter(long batch, Consumer<StoredArticle> sink) throws SQLException {
    read("a.batch > " + batch, sink);
  }

  /** The stored articles among {@code ids}, to {@code sink}. */
  void articles(Collection<String> ids, Consumer<StoredArticle> sink) throws SQLException {
    List<String> list = new ArrayList<>(ids);
    for (int from = 0; from < list.size(); from += 500) {
      List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
      StringBuilder in = new StringBuilder();
      for (String id : chunk) {
        in.append(in.length() == 0 ? "" : ",")
            .append('\'')
            .append(id.replace("'", "''"))
            .append('\'');
      }
      read("a.id IN (" + in + ")", sink);
    }
  }

  /** The entities whose actor code is {@code code}, grouped by name, type and role. */
  List<ActorEntity> actorEntities(String code) throws SQLException {
    String sql =
        "SELECT e.name, e.type, e.role, e.country, min(coalesce(a.published_at, a.first_seen)),"
            + " max(coalesce(a.published_at, a.first_seen)), count(DISTINCT e.article_id)"
            + " FROM entities e JOIN articles a ON a.id = e.article_id WHERE e.actor = ?"
            + " GROUP BY e.name, e.type, e.role, e.country ORDER BY 5, 1, 3";
    List<ActorEntity> out = new ArrayList<>();
    try (PreparedStatement p = conn.prepareStatement(sql)) {
      p.setString(1, code);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(
              new ActorEntity(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getTimestamp(5).toLocalDateTime().toLocalDate(),
                  r.getTimestamp(6).toLocalDateTime().toLocalDate(),
                  r.getInt(7)));
        }
      }
    }
    return out;
  }

  /** The event mentions {@code q} selects, with their articles, sorted for {@link EventMerge}. */
  List<MergedEvent.Mention> eventMentions(EventQuery q, boolean withJson) throws SQLException {
    StringBuilder where = new StringBuilder("TRUE");
    List<Object> args = new ArrayList<>();
    if (q.dyadA() != null) {
      where.append(
          " AND ((starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
              + " OR (starts_with(e.source_code, ?) AND starts_with(e.target_code, ?)))");
      args.addAll(List.of(q.dyadA(), q.dyadB(), q.dyadB(), q.dyadA()));
    }
    if (q.actor() != null) {
      where.append(" AND (starts_with(e.source_code, ?) OR starts_with(e.target_code, ?))");
      args.addAll(List.of(q.actor(), q.actor()));
    }
    if (q.cameo() != null) {
      where.append(" AND starts_with(e.cameo, ?)");
      args.add(q.cameo());
    }
    if (q.plover() != null) {
      where.append(" AND e.plover = ?");
      args.add(q.plover());
    }
    if (q.kind() != null) {
      where.append(" AND e.kind = ?");
      args.add(q.kind());
    }
    if (q.from() != null) {
      where.append(" AND e.date >= ?");
      args.add(q.from());
    }
    if (q.to() != null) {
      where.append(" AND e.date <= ?");
      args.add(q.to());
    }
    String sql =
        "SELECT e.event, e.sentence, e.kind, e.cameo, e.occurrence, e.plover, e.plover_mode,"
            + " e.quad, e.goldstein, e.source_code, e.source_name, e.target_code, e.target_name,"
            + " e.date::VARCHAR, e.date_precision, e.place_name, e.place_country, e.place_adm1,"
            + " e.lat, e.lon, e.source_start, e.target_start, e.action_start, e.action_end,"
            + " e.confidence, "
            + (withJson ? "e.json" : "'{}'")
            + ","
            + " a.id, a.story_id, a.url, a.publisher, a.published, a.first_seen"
            + " FROM event_mentions e JOIN articles a ON a.id = e.article_id WHERE "
            + where
            + " ORDER BY e.kind, coalesce(e.source_code, ''), coalesce(e.target_code, ''),"
            + " coalesce(e.root, 'o:' || e.occurrence), coalesce(e.place_country, ''),"
            + " coalesce(e.place_name, ''), e.date, a.first_seen, a.id, e.event";
    List<MergedEvent.Mention> out = new ArrayList<>();
    try (PreparedStatement p = conn.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        p.setObject(i + 1, args.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          EventRow row =
              new EventRow(
                  r.getInt(1),
                  r.getInt(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getInt(8),
                  (Double) r.getObject(9),
                  r.getString(10),
                  r.getString(11),
                  r.getString(12),
                  r.getString(13),
                  r.getString(14),
                  r.getString(15),
                  r.getString(16),
                  r.getString(17),
                  r.getString(18),
                  (Double) r.getObject(19),
                  (Double) r.getObject(20),
                  r.getInt(21),
                  r.getInt(22),
                  r.getInt(23),
                  r.getInt(24),
                  r.getDouble(25),
                  r.getString(26));
          out.add(
              new MergedEvent.Mention(
                  r.getString(27),
                  r.getString(28),
                  r.getString(29),
                  r.getString(30),
                  r.getString(31),
                  r.getObject(32, LocalDateTime.class).toInstant(ZoneOffset.UTC).toString(),
                  row));
        }
      }
    } finally {
      conn.commit();
    }
    return out;
  }

  /** {@code events} to a Parquet file, one row per event, its mentions as a list of structs. */
  void writeEventsParquet(List<MergedEvent> events, Path file) throws SQLException {
    try (Statement s = conn.createStatement()) {
      s.execute("DROP TABLE IF EXISTS x_events");
      s.execute("DROP TABLE IF EXISTS x_mentions");
      s.execute(
          "CREATE TEMP TABLE x_events (id BIGINT, kind VARCHAR, date DATE, date_precision VARCHAR,"
              + " cameo VARCHAR, cameo_root VARCHAR, occurrence VARCHAR, plover VARCHAR,"
              + " plover_mode VARCHAR, quad INTEGER, goldstein DOUBLE, source_code VARCHAR,"
              + " source_name VARCHAR, target_code VARCHAR, target_name VARCHAR,"
              + " place_name VARCHAR, place_country VARCHAR, place_adm1 VARCHAR, lat DOUBLE,"
              + " lon DOUBLE, num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER)");
      s.execute(
          "CREATE TEMP TABLE x_mentions (event_id BIGINT, article_id VARCHAR, story_id VARCHAR,"
              + " url VARCHAR, publisher VARCHAR, published VARCHAR, sentence INTEGER,"
              + " action_start INTEGER, action_end INTEGER, confidence DOUBLE, json VARCHAR)");
    }
    try (DuckDBAppender ev = appender("x_events");
        DuckDBAppender mn = appender("x_mentions")) {
      for (MergedEvent e : events) {
        ev.beginRow().append(e.id()).append(e.kind()).append(java.time.LocalDate.parse(e.date()));
        ev.append(e.datePrecision());
        for (String v :
            new String[] {e.cameo(), e.root(), e.occurrence(), e.plover(), e.ploverMode()}) {
          nullable(ev, v);
        }
        ev.append(e.quad());
        nullableDouble(ev, e.goldstein());
        for (String v :
            new String[] {
              e.sourceCode(),
              e.sourceName(),
              e.targetCode(),
              e.targetName(),
              e.placeName(),
              e.placeCountry(),
              e.placeAdm1()
            }) {
          nullable(ev, v);
        }
        nullableDouble(ev, e.lat());
        nullableDouble(ev, e.lon());
        ev.append(e.numMentions()).append(e.numSources()).append(e.numArticles()).endRow();
        for (MergedEvent.Mention m : e.mentions()) {
          mn.beginRow().append(e.id()).append(m.articleId()).append(m.storyId());
          nullable(mn, m.url());
          nullable(mn, m.publisher());
          nullable(mn, m.published());
          mn.append(m.row().sentence()).append(m.row().actionStart()).append(m.row().actionEnd());
          mn.append(m.row().confidence()).append(m.row().json()).endRow();
        }
      }
    }
    String target = file.toAbsolutePath().toString().replace("'", "''");
    try (Statement s = conn.createStatement()) {
      s.execute(
          "COPY (SELECT e.*, (SELECT list(struct_pack(article_id := m.article_id,"
              + " story_id := m.story_id, url := m.url, publisher := m.publisher,"
              + " published := m.published, sentence := m.sentence,"
              + " action_start := m.action_start, action_end := m.action_end,"
              + " confidence := m.confidence, event := m.json))"
              + " FROM x_mentions m WHERE m.event_id = e.id) AS mentions"
              + " FROM x_events e ORDER BY e.date, e.id) TO '"
              + target
              + "' (FORMAT PARQUET)");
      s.execute("DROP TABLE x_events");
      s.execute("DROP TABLE x_mentions");
    } finally {
      conn.commit();
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      conn.rollback();
    } finally {
      conn.close();
    }
  }

  private void read(String where, Consumer<StoredArticle> sink) throws SQLException {
    String sql =
        "SELECT a.id, a.story_id, a.fingerprint, a.batch, a.json, a.last_seen, m.signature,"
            + " (SELECT list(p.source ORDER BY p.read_at, p.source) FROM provenance p WHERE p.article_id = a.id),"
            + " n.json,"
            + " (SELECT list(struct_pack(i := e.entity_id, n := e.name, t := e.type, a := e.actor,"
            + " r := e.role, c := e.country, m := e.mentions) ORDER BY e.entity_id)"
            + " FROM entities e WHERE e.article_id = a.id),"
            + " (SELECT list(struct_pack(f0 := v.event, f1 := v.sentence, f2 := v.kind, f3 := v.cameo, f4 := v.occurrence, f5 := v.plover, f6 := v.plover_mode, f7 := v.quad, f8 := v.goldstein, f9 := v.source_code, f10 := v.source_name, f11 := v.target_code, f12 := v.target_name, f13 := v.date::VARCHAR, f14 := v.date_precision, f15 := v.place_name, f16 := v.place_country, f17 := v.place_adm1, f18 := v.lat, f19 := v.lon, f20 := v.source_start, f21 := v.target_start, f22 := v.action_start, f23 := v.action_end, f24 := v.confidence, f25 := v.json)"
            + " ORDER BY v.event, v.source_code, v.target_code)"
            + " FROM event_mentions v WHERE v.article_id = a.id)"
            + " FROM articles a LEFT JOIN minhash m ON m.article_id = a.id"
            + " LEFT JOIN annotations n ON n.article_id = a.id WHERE "
            + where
            + " ORDER BY a.id";
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        sink.accept(row(r));
      }
    } finally {
      conn.commit();
    }
  }

  private static StoredArticle row(ResultSet r) throws SQLException {
    Article a = ArticleJson.parse(r.getString(5));
    byte[] sig = r.getBytes(7);
    List<String> sources = new ArrayList<>();
    Array array = r.getArray(8);
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        sources.add(String.valueOf(o));
      }
    }
    return new StoredArticle(
        a,
        r.getString(2),
        r.getLong(3),
        sources,
        sig == null ? null : MinHash.fromBytes(sig, 0, sig.length),
        r.getLong(4),
        r.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC),
        annotations(r.getString(9), r.getArray(10), r.getArray(11)));
  }

  private static Annotations annotations(String json, Array rows, Array eventRows)
      throws SQLException {
    if (json == null) {
      return null;
    }
    List<Annotations.Entity> entities = new ArrayList<>();
    if (rows != null) {
      for (Object o : (Object[]) rows.getArray()) {
        Object[] f = ((java.sql.Struct) o).getAttributes();
        entities.add(
            new Annotations.Entity(
                (String) f[0],
                (String) f[1],
                (String) f[2],
                (String) f[3],
                (String) f[4],
                (String) f[5],
                ((Number) f[6]).intValue()));
      }
    }
    List<EventRow> events = new ArrayList<>();
    if (eventRows != null) {
      for (Object o : (Object[]) eventRows.getArray()) {
        Object[] f = ((java.sql.Struct) o).getAttributes();
        events.add(
            new EventRow(
                integer(f[0]),
                integer(f[1]),
                (String) f[2],
                (String) f[3],
                (String) f[4],
                (String) f[5],
                (String) f[6],
                integer(f[7]),
                dbl(f[8]),
                (String) f[9],
                (String) f[10],
                (String) f[11],
                (String) f[12],
                (String) f[13],
                (String) f[14],
                (String) f[15],
                (String) f[16],
                (String) f[17],
                dbl(f[18]),
                dbl(f[19]),
                integer(f[20]),
                integer(f[21]),
                integer(f[22]),
                integer(f[23]),
                ((Number) f[24]).doubleValue(),
                (String) f[25]));
      }
    }
    return new Annotations(json, entities, events);
  }

  private static int integer(Object o) {
    return ((Number) o).intValue();
  }

  private static Double dbl(Object o) {
    return o == null ? null : ((Number) o).doubleValue();
  }

  private void stageAnnotations(BatchWrite b) throws SQLException {
    try (DuckDBAppender annotations = appender("st_annotations");
        DuckDBAppender entities = appender("st_entities");
        DuckDBAppender events = appender("st_events")) {
      for (StoredArticle s : b.articles()) {
        Annotations a = s.annotations();
        if (a == null) {
          continue;
        }
        annotations.beginRow().append(s.id()).append(a.json()).append(s.batch()).endRow();
        for (Annotations.Entity e : a.entities()) {
          entities.beginRow().append(s.id()).append(e.id()).append(e.name()).append(e.type());
          nullable(entities, e.actor());
          nullable(entities, e.role());
          nullable(entities, e.country());
          entities.append(e.mentions()).append(s.batch()).endRow();
        }
        for (EventRow e : a.events()) {
          appendEvent(events, s.id(), e, s.batch());
        }
      }
    }
  }

  private static void appendEvent(DuckDBAppender ap, String articleId, EventRow e, long batch)
      throws SQLException {
    ap.beginRow().append(articleId).append(e.event()).append(e.sentence()).append(e.kind());
    for (String v :
        new String[] {e.cameo(), e.root(), e.occurrence(), e.plover(), e.ploverMode()}) {
      nullable(ap, v);
    }
    ap.append(e.quad());
    nullableDouble(ap, e.goldstein());
    for (String v : new String[] {e.sourceCode(), e.sourceName(), e.targetCode(), e.targetName()}) {
      nullable(ap, v);
    }
    ap.append(java.time.LocalDate.parse(e.date())).append(e.datePrecision());
    for (String v : new String[] {e.placeName(), e.placeCountry(), e.placeAdm1()}) {
      nullable(ap, v);
    }
    nullableDouble(ap, e.lat());
    nullableDouble(ap, e.lon());
    ap.append(e.sourceStart())
        .append(e.targetStart())
        .append(e.actionStart())
        .append(e.actionEnd());
    ap.append(e.confidence()).append(e.json()).append(batch).endRow();
  }

  private static void nullableDouble(DuckDBAppender ap, Double v) throws SQLException {
    if (v == null) {
      ap.appendNull();
    } else {
      ap.append(v.doubleValue());
    }
  }

  private void stageArticles(BatchWrite b) throws SQLException {
    try (DuckDBAppender articles = appender("st_articles");
        DuckDBAppender minhash = appender("st_minhash");
        DuckDBAppender stories = appender("st_stories")) {
      for (StoredArticle s : b.articles()) {
        appendArticle(articles, s);
        if (s.signature() != null) {
          minhash
              .beginRow()
              .append(s.id())
              .append(MinHash.toBytes(s.signature()))
              .append(s.batch())
              .endRow();
        }
        if (s.storyId().equals(s.id())) {
          stories.beginRow().append(s.id());
          nullable(stories, s.article().headline());
          stories.append(utc(s.seenAt())).append(s.batch()).endRow();
        }
      }
    }
  }

  private static void appendArticle(DuckDBAppender ap, StoredArticle s) throws SQLException {
    Article a = s.article();
    ap.beginRow().append(a.id()).append(s.storyId());
    nullable(ap, a.url());
    nullable(ap, a.headline());
    nullable(ap, a.section());
    nullable(ap, a.publisher());
    ap.append(a.authors());
    stamp(ap, a.published());
    stamp(ap, a.modified());
    nullable(ap, a.language());
    ap.append(a.text()).append(ArticleJson.toLine(a)).append(s.fingerprint());
    ap.append(utc(s.seenAt())).append(utc(s.seenAt())).append(s.batch()).endRow();
  }

  private void stageProvenance(BatchWrite b) throws SQLException {
    try (DuckDBAppender ap = appender("st_provenance")) {
      for (Map.Entry<String, Provenance> e : b.provenance()) {
        Provenance p = e.getValue();
        ap.beginRow()
            .append(e.getKey())
            .append(p.source())
            .append(p.sourceKey())
            .append(utc(p.readAt()))
            .append(b.seq())
            .endRow();
      }
    }
  }

  private void stageSeen(BatchWrite b) throws SQLException {
    try (DuckDBAppender ap = appender("st_seen")) {
      for (Map.Entry<String, Set<String>> e : b.seen().entrySet()) {
        for (String item : e.getValue()) {
          ap.beginRow().append(e.getKey()).append(item).append(b.seq()).endRow();
        }
      }
    }
  }

  private void stageTouched(BatchWrite b) throws SQLException {
    try (DuckDBAppender ap = appender("st_touch")) {
      for (Map.Entry<String, Instant> e : b.touched().entrySet()) {
        ap.beginRow().append(e.getKey()).append(utc(e.getValue())).endRow();
      }
    }
  }

  private void move(BatchWrite b) throws SQLException {
    try (Statement s = conn.createStatement()) {
      for (String sql : MOVE) {
        s.execute(sql);
      }
    }
    try (PreparedStatement p =
        conn.prepareStatement("INSERT OR REPLACE INTO checkpoints VALUES (?, ?, ?)")) {
      for (Map.Entry<String, String> e : b.checkpoints().entrySet()) {
        p.setString(1, e.getKey());
        p.setString(2, e.getValue());
        p.setLong(3, b.seq());
        p.addBatch();
      }
      p.executeBatch();
    }
    try (PreparedStatement p =
        conn.prepareStatement("INSERT INTO batches VALUES (?, ?, ?, ?, ?, ?)")) {
      BatchResult c = b.counts();
      p.setLong(1, b.seq());
      p.setObject(2, utc(b.committedAt()));
      p.setInt(3, c.added());
      p.setInt(4, c.updated());
      p.setInt(5, c.duplicates());
      p.setInt(6, c.reprints());
      p.executeUpdate();
    }
  }

  private void upsertValidators(Map<String, Validator> validators) throws SQLException {
    if (validators.isEmpty()) {
      return;
    }
    try (PreparedStatement p =
        conn.prepareStatement("INSERT OR REPLACE INTO validators VALUES (?, ?, ?)")) {
      for (Map.Entry<String, Validator> e : validators.entrySet()) {
        p.setString(1, e.getKey());
        p.setString(2, e.getValue().etag());
        p.setString(3, e.getValue().lastModified());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private DuckDBAppender appender(String table) throws SQLException {
    return conn.unwrap(DuckDBConnection.class).createAppender("temp", "main", table);
  }

  private String single(String sql, String orElse) throws SQLException {
    try (Statement s = conn.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      return r.next() && r.getString(1) != null ? r.getString(1) : orElse;
    } finally {
      conn.commit();
    }
  }

  private static void nullable(DuckDBAppender ap, String value) throws SQLException {
    if (value == null) {
      ap.appendNull();
    } else {
      ap.append(value);
    }
  }

  private static void stamp(DuckDBAppender ap, Timestamp t) throws SQLException {
    if (t == null) {
      ap.appendNull().appendNull();
      return;
    }
    ap.append(t.iso());
    if (t.offset() != null) {
      ap.append(
          LocalDateTime.of(t.date(), t.time())
              .atOffset(t.offset())
              .withOffsetSameInstant(ZoneOffset.UTC)
              .toLocalDateTime());
    } else {
      ap.append(LocalDateTime.of(t.date(), t.time() == null ? LocalTime.MIDNIGHT : t.time()));
    }
  }

  private static LocalDateTime utc(Instant i) {
    return LocalDateTime.ofInstant(i, ZoneOffset.UTC);
  }
}
