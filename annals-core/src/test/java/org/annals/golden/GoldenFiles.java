package org.annals.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Expected-output files for golden tests of any stage: {@code <case>.expected.json} beside the
 * case's input under {@code src/test/resources/golden/<stage>/}. A run compares; a run with {@code
 * -Dannals.golden.update=true} (re)writes the expected files instead, and the change is read in
 * {@code git diff} before it is committed.
 */
public final class GoldenFiles {
  /** The system property that turns comparison into regeneration. */
  public static final String UPDATE_PROPERTY = "annals.golden.update";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GoldenFiles() {}

  /**
   * The golden folder of {@code stage} in the module's source tree (tests run in the module
   * folder).
   */
  public static Path folder(String stage) {
    return Path.of("src", "test", "resources", "golden", stage).toAbsolutePath().normalize();
  }

  /** True when this run regenerates the expected files. */
  public static boolean updating() {
    return Boolean.getBoolean(UPDATE_PROPERTY);
  }

  /**
   * Compares {@code actual} with the JSON in {@code expectedFile}, or writes it there when
   * regenerating. A mismatch fails with both texts (an IDE shows the diff) and the command that
   * regenerates.
   */
  public static void assertMatches(Path expectedFile, JsonNode actual) throws IOException {
    String actualText = pretty(actual);
    if (updating()) {
      if (!Files.exists(expectedFile)
          || !Files.readString(expectedFile, StandardCharsets.UTF_8).equals(actualText)) {
        Files.writeString(expectedFile, actualText, StandardCharsets.UTF_8);
      }
      return;
    }
    assertThat(expectedFile)
        .as(
            "no expected file %s; create it with %s and read what it holds",
            expectedFile.getFileName(), regenerate())
        .exists();
    JsonNode expected = JSON.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8));
    if (!expected.equals(actual)) {
      assertThat(actualText)
          .as(
              "%s differs from the output; if the change is intended, run %s and read the diff",
              expectedFile.getFileName(), regenerate())
          .isEqualTo(pretty(expected));
    }
  }

  /** The command that regenerates every golden file of annals-core. */
  public static String regenerate() {
    return "mvn -B -o -pl annals-core test -Dtest='*GoldenTest' -D" + UPDATE_PROPERTY + "=true";
  }

  private static String pretty(JsonNode n) throws JsonProcessingException {
    return JSON.writeValueAsString(n).replace("\r\n", "\n") + "\n";
  }
}
