package org.annals.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;

/**
 * Reads each set's ground truth in the format its README gives, into {@link GoldPage}s sorted by
 * id. Pages whose HTML is not in the set (the three large NAEB pages) are left out.
 */
final class GoldSets {
  /** The page URL the Readability.js tests give the parser. */
  static final String READABILITY_URL = "http://fakehost/test/page.html";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
  private static final Pattern DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})[-.](\\d{1,2})");
  private static final String HTML = "text/html";

  private GoldSets() {}

  /** The pages of {@code set} under {@code shared}, sorted by id. */
  static List<GoldPage> load(EvalSet set, Path shared) throws EvalSetException {
    Path dir = set.dir(shared);
    if (!Files.isDirectory(dir)) {
      throw new EvalSetException(
          "set "
              + set
              + ": folder "
              + dir
              + " is missing; give the shared folder with --shared DIR"
              + " (it must hold data/extraction/"
              + set.folder()
              + ")");
    }
    try {
      List<GoldPage> pages =
          switch (set) {
            case ZYTE -> zyte(dir);
            case NAEB -> naeb(dir);
            case HTMLDATE -> htmldate(dir);
            case TRAFILATURA -> trafilatura(dir);
            case READABILITY -> readability(dir);
          };
      List<GoldPage> sorted = new ArrayList<>(pages);
      sorted.sort(Comparator.comparing(GoldPage::id));
      return sorted;
    } catch (IOException | RuntimeException e) {
      throw new EvalSetException(
          "set "
              + set
              + ": cannot read its ground truth in "
              + dir
              + ": "
              + e.getMessage()
              + "; check the folder against its README.md",
          e);
    }
  }

  private static List<GoldPage> zyte(Path dir) throws IOException {
    List<GoldPage> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : fields(read(dir.resolve("ground-truth.json")))) {
      JsonNode v = e.getValue();
      Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      out.add(
          new GoldPage(
              e.getKey(),
              page,
              text(v, "url"),
              HTML + "; charset=utf-8",
              text(v, "articleBody"),
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    return out;
  }

  private static List<GoldPage> naeb(Path dir) throws IOException {
    List<GoldPage> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : fields(read(dir.resolve("articles.json")))) {
      JsonNode v = e.getValue();
      Path page = dir.resolve("html").resolve(e.getKey() + ".html.gz");
      if (!Files.exists(page)) {
        continue;
      }
      out.add(
          new GoldPage(
              e.getKey(),
              page,
              text(v, "url"),
              HTML,
              text(v, "articleBody"),
              null,
              null,
              text(v, "title"),
              NameScore.split(text(v, "authors")),
              null,
              day(text(v, "date")),
              null));
    }
    return out;
  }

  private static List<GoldPage> htmldate(Path dir) throws IOException {
    List<GoldPage> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : fields(read(dir.resolve("sample-index.json")))) {
      JsonNode v = e.getValue();
      String file = text(v, "file");
      out.add(
          new GoldPage(
              file,
              dir.resolve("html").resolve(file + ".gz"),
              e.getKey(),
              HTML,
              null,
              null,
              null,
              null,
              null,
              null,
              day(text(v, "date")),
              null));
    }
    return out;
  }

  /**
   * The 80 pages of the trafilatura folder, and the pages of the htmldate folder that trafilatura's
   * {@code evaldata.json} annotates too (the two upstream sets share pages: same URL, same file
   * name, same bytes). Those live in the sibling folder {@code htmldate-eval/html/}; when it is
   * absent only the 80 are read.
   */
  private static List<GoldPage> trafilatura(Path dir) throws IOException {
    List<GoldPage> out = new ArrayList<>();
    Set<String> urls = new HashSet<>();
    for (Map.Entry<String, JsonNode> e : fields(read(dir.resolve("sample-index.json")))) {
      urls.add(e.getKey());
      out.add(trafilaturaPage(e.getKey(), e.getValue(), dir.resolve("html")));
    }
    Path htmldate = dir.resolveSibling(EvalSet.HTMLDATE.folder());
    Path index = htmldate.resolve("sample-index.json");
    Path evaldata = dir.resolve("evaldata.json");
    if (!Files.isRegularFile(index) || !Files.isRegularFile(evaldata)) {
      return out;
    }
    JsonNode dated = read(index);
    for (Map.Entry<String, JsonNode> e : fields(read(evaldata))) {
      String file = text(e.getValue(), "file");
      JsonNode there = dated.get(e.getKey());
      if (file != null
          && !urls.contains(e.getKey())
          && there != null
          && file.equals(text(there, "file"))
          && Files.isRegularFile(htmldate.resolve("html").resolve(file + ".gz"))) {
        out.add(trafilaturaPage(e.getKey(), e.getValue(), htmldate.resolve("html")));
      }
    }
    return out;
  }

  private static GoldPage trafilaturaPage(String url, JsonNode v, Path html) {
    String file = text(v, "file");
    return new GoldPage(
        file,
        html.resolve(file + ".gz"),
        url,
        HTML,
        null,
        strings(v.get("with")),
        strings(v.get("without")),
        text(v, "title"),
        authors(v.get("author")),
        null,
        day(text(v, "date")),
        null);
  }

  private static List<GoldPage> readability(Path dir) throws IOException {
    List<GoldPage> out = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> s = Files.list(dir.resolve("pages"))) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    for (Path f : folders) {
      JsonNode m = read(f.resolve("expected-metadata.json"));
      String byline = text(m, "byline");
      out.add(
          new GoldPage(
              f.getFileName().toString(),
              f.resolve("source.html.gz"),
              READABILITY_URL,
              HTML,
              expectedBody(f.resolve("expected.html.gz")),
              null,
              null,
              text(m, "title"),
              NameScore.splitByline(byline),
              byline,
              day(text(m, "publishedTime")),
              text(m, "lang")));
    }
    return out;
  }

  /** The text of Readability's expected article DOM, one paragraph per block element. */
  private static String expectedBody(Path expected) throws IOException {
    String html = new String(gunzip(expected), StandardCharsets.UTF_8);
    return BlockText.of(Jsoup.parse(html, READABILITY_URL).body());
  }

  /** The gunzipped bytes of {@code file}. */
  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }

  /**
   * The day at the start of {@code raw} as {@code YYYY-MM-DD} (month and day zero-padded, a dot
   * accepted before the day), or {@code raw} stripped when it does not start with one; {@code null}
   * for an absent, empty, {@code NaT} or {@code NaN} value.
   */
  static String day(String raw) {
    if (raw == null || raw.isBlank() || raw.strip().equals("NaT") || raw.strip().equals("NaN")) {
      return null;
    }
    Matcher m = DAY.matcher(raw);
    if (!m.find()) {
      return raw.strip();
    }
    return m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3));
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }

  private static List<String> authors(JsonNode v) {
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (v.isArray()) {
      return strings(v).stream().flatMap(s -> NameScore.split(s).stream()).toList();
    }
    return NameScore.split(v.asText());
  }

  private static JsonNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("file " + file + " is missing");
    }
    return JSON.readTree(file.toFile());
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode object) throws IOException {
    if (!object.isObject()) {
      throw new IOException("expected one JSON object keyed by page, got " + object.getNodeType());
    }
    return object.properties();
  }

  private static String text(JsonNode v, String field) {
    JsonNode f = v.get(field);
    return f == null || f.isNull() ? null : f.asText();
  }

  private static List<String> strings(JsonNode v) {
    List<String> out = new ArrayList<>();
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
