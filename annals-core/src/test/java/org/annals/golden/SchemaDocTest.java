package org.annals.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.ArticleJson;
import org.junit.jupiter.api.Test;

/**
 * docs/article-schema-v1.md against the code: every JSON field in order, every warning code the
 * code can emit.
 */
class SchemaDocTest {
  private static final Path DOC =
      Path.of("..", "docs", "article-schema-v1.md").toAbsolutePath().normalize();
  private static final Path MAIN = Path.of("src", "main", "java").toAbsolutePath();
  private static final Pattern WARNING_CALL =
      Pattern.compile(
          "(?:Warning\\.(?:of|atLine|atByte)|new Warning)\\(\\s*(?:[^\";]*?\\?\\s*)?\"([a-z0-9-]+)\"(?:\\s*:\\s*\"([a-z0-9-]+)\")?");
  private static final Pattern FIELD_ROW = Pattern.compile("(?m)^\\| `([a-zA-Z]+)` \\|");

  @Test
  void fieldTable_listsExactlyTheJsonFieldsInOrder() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String table = doc.substring(doc.indexOf("## Fields"), doc.indexOf("## The canonical text"));
    List<String> documented = new ArrayList<>();
    Matcher m = FIELD_ROW.matcher(table);
    while (m.find()) {
      documented.add(m.group(1));
    }
    Article a =
        new Article(
            ArticleIds.fromContent("h", List.of("p")),
            "s",
            null,
            "h",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of("p"),
            null,
            null);
    List<String> json = new ArrayList<>();
    ArticleJson.toTree(a).fieldNames().forEachRemaining(json::add);
    assertThat(documented).isEqualTo(json);
  }

  @Test
  void warningTable_listsEveryCodeTheCodeEmits() throws IOException {
    Set<String> emitted = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = WARNING_CALL.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          emitted.add(m.group(1));
          if (m.group(2) != null) {
            emitted.add(m.group(2));
          }
        }
      }
    }
    assertThat(emitted)
        .as("warning codes found in %s", MAIN)
        .contains("input-truncated", "no-body", "charset-detected");
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    assertThat(emitted)
        .as("codes missing from the warning table of %s", DOC)
        .allSatisfy(code -> assertThat(doc).contains("| `" + code + "` |"));
  }
}
