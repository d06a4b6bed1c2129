package org.annals.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.ingest.Limits;
import org.annals.ingest.LocalFiles;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.model.RawDocument;
import org.annals.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of the extract stage: every case under {@code src/test/resources/golden/extract/} is
 * extracted and compared with its {@code <case>.expected.json}. See the README there for the case
 * forms and the regeneration command.
 */
class ExtractGoldenTest {
  private static final Path FOLDER = GoldenFiles.folder("extract");
  private static final List<String> INPUTS =
      List.of(".html.gz", ".html", ".txt", ".example", ".shared");
  private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
  private static final String EXPECTED = ".expected.json";

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> inputSuffix(n) != null)
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void extract_goldenCase_matchesItsExpectedJson(String file) throws Exception {
    String name = file.substring(0, file.length() - inputSuffix(file).length());
    JsonNode actual;
    if (file.endsWith(".shared")) {
      actual = sharedCase(FOLDER.resolve(file));
    } else if (file.endsWith(".example")) {
      actual = exampleCase(FOLDER.resolve(file));
    } else {
      actual = ownCase(FOLDER.resolve(file), "golden/extract/" + file);
    }
    GoldenFiles.assertMatches(FOLDER.resolve(name + EXPECTED), actual);
  }

  @Test
  void folder_everyExpectedFile_hasItsInput() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      List<String> orphans =
          names.stream()
              .filter(n -> n.endsWith(EXPECTED))
              .map(n -> n.substring(0, n.length() - EXPECTED.length()))
              .filter(c -> INPUTS.stream().noneMatch(s -> names.contains(c + s)))
              .toList();
      assertThat(orphans).as("expected files without an input in %s", FOLDER).isEmpty();
    }
  }

  @Test
  void fingerprint_ofText_isItsLengthAndSha256() {
    assertThat(Fingerprint.of("é").toString())
        .isEqualTo("{\"length\":1,\"sha256\":\"" + Fingerprint.sha256("é") + "\"}");
    assertThat(Fingerprint.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  /** A page of our own: the whole article JSON, read as the CLI reads a file, as {@code source}. */
  private static JsonNode ownCase(Path file, String source) throws Exception {
    RawDocument raw = LocalFiles.read(file, Limits.DEFAULT_MAX_BYTES);
    return ArticleJson.toTree(extract(raw, source, null, Format.AUTO));
  }

  /**
   * A sample article in the repository's {@code examples/}, named by an {@code .example} file
   * ({@code path}).
   */
  private static JsonNode exampleCase(Path pointer) throws Exception {
    String relative = pointed(pointer, "the repository");
    return ownCase(REPOSITORY.resolve(relative), relative);
  }

  /**
   * A third-party page under ../shared, named by a {@code .shared} file ({@code path}, {@code url},
   * optional {@code format}): the article JSON with the publisher's text replaced by fingerprints.
   */
  private static JsonNode sharedCase(Path pointer) throws Exception {
    Properties p = load(pointer);
    String relative = pointed(pointer, "../shared");
    Path page = Shared.require(relative);
    Format format =
        Format.valueOf(p.getProperty("format", "auto").strip().toUpperCase(Locale.ROOT));
    String url = p.getProperty("url", "").strip();
    RawDocument raw = LocalFiles.read(page, Limits.DEFAULT_MAX_BYTES);
    return fingerprinted(extract(raw, relative, url.isEmpty() ? null : url, format));
  }

  private static Properties load(Path pointer) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(pointer, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  /** The {@code path} a pointer file names, relative to {@code base}. */
  private static String pointed(Path pointer, String base) throws IOException {
    String relative = load(pointer).getProperty("path", "").strip();
    assertThat(relative)
        .as("%s needs a 'path' relative to %s", pointer.getFileName(), base)
        .isNotBlank();
    return relative;
  }

  private static Article extract(RawDocument raw, String source, String url, Format format) {
    RawDocument named =
        new RawDocument(source, url, raw.content(), raw.contentType(), raw.warnings());
    return Extractors.of(format).extract(named);
  }

  /**
   * The article's JSON with headline, paragraphs, body, related headlines and warning messages as
   * fingerprints.
   */
  static ObjectNode fingerprinted(Article a) {
    ObjectNode full = ArticleJson.toTree(a);
    ObjectNode out = full.objectNode();
    for (Map.Entry<String, JsonNode> f : full.properties()) {
      switch (f.getKey()) {
        case "headline" -> out.set("headline", Fingerprint.of(a.headline()));
        case "paragraphs" -> {
          ArrayNode ps = out.putArray("paragraphs");
          a.paragraphs().forEach(t -> ps.add(Fingerprint.of(t)));
          out.set("body", Fingerprint.of(a.text()));
        }
        case "related" -> {
          ArrayNode rs = out.putArray("related");
          a.related()
              .forEach(
                  r ->
                      rs.addObject()
                          .<ObjectNode>set("headline", Fingerprint.of(r.headline()))
                          .put("url", r.url()));
        }
        case "warnings" -> {
          ArrayNode ws = out.putArray("warnings");
          a.warnings()
              .forEach(
                  w ->
                      ws.addObject()
                          .put("code", w.code())
                          .<ObjectNode>set("message", Fingerprint.of(w.message()))
                          .put("position", w.position()));
        }
        default -> out.set(f.getKey(), f.getValue());
      }
    }
    return out;
  }

  private static String inputSuffix(String name) {
    if (name.endsWith(EXPECTED)) {
      return null;
    }
    return INPUTS.stream().filter(name::endsWith).findFirst().orElse(null);
  }
}
