package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTest {
  @TempDir Path dir;

  @Test
  void expand_mixedSpecs_keepsTheOrderGivenAndExpandsFoldersSorted() throws Exception {
    Files.createDirectories(dir.resolve("d"));
    Files.writeString(dir.resolve("d/b.txt"), "b");
    Files.writeString(dir.resolve("d/a.txt"), "a");
    Files.writeString(dir.resolve("z.txt"), "z");
    List<Input> in =
        Input.expand(
            List.of(
                dir.resolve("z.txt").toString(),
                "https://news.example/a",
                dir.resolve("d").toString(),
                "-"));
    assertThat(in)
        .containsExactly(
            new Input(dir.resolve("z.txt").toString(), Input.Kind.FILE),
            new Input("https://news.example/a", Input.Kind.URL),
            new Input(dir.resolve("d/a.txt").toString(), Input.Kind.FILE),
            new Input(dir.resolve("d/b.txt").toString(), Input.Kind.FILE),
            new Input("-", Input.Kind.STDIN));
  }

  @Test
  void expand_upperCaseScheme_isAUrl() throws Exception {
    assertThat(Input.expand(List.of("HTTP://news.example/a")))
        .extracting(Input::kind)
        .containsExactly(Input.Kind.URL);
  }

  @Test
  void expand_missingName_isAFileWhoseReadingFailsNamingIt() throws Exception {
    List<Input> in = Input.expand(List.of("no/such/file.html"));
    assertThat(in).containsExactly(new Input("no/such/file.html", Input.Kind.FILE));
    assertThatThrownBy(() -> in.get(0).read(null, null, 1000))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "no/such/file.html: no such file or directory; check the path"
                + " (an input is a file, a directory, '-' or an http(s) URL)");
  }

  @Test
  void read_nameWithNulCharacter_failsNamingIt() throws Exception {
    List<Input> in = Input.expand(List.of("bad\0name"));
    assertThatThrownBy(() -> in.get(0).read(null, null, 1000))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("bad\0name: not a valid file name");
  }

  @Test
  void new_blankSource_isRefused() {
    assertThatThrownBy(() -> new Input(" ", Input.Kind.FILE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
