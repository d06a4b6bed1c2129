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
    List<Input> in = Input.expand(List.of(dir.resolve("z.txt").toString(), "https://news.example/a", dir.resolve("d").toString(), "-"));
    assertThat(in).containsExactly(
        new Input(dir.resolve("z.txt").toString(), Input.Kind.FILE),
        new Input("https://news.example/a", Input.Kind.URL),
        new Input(dir.resolve("d/a.txt").toString(), Input.Kind.FILE),
        new Input(dir.resolve("d/b.txt").toString(), Input.Kind.FILE),
        new Input("-", Input.Kind.STDIN));
  }

  @Test
  void expand_upperCaseScheme_isAUrl() throws Exception {
    assertThat(Input.expand(List.of("HTTP://news.example/a"))).extracting(Input::kind).containsExactly(Input.Kind.URL);
  }

  @Test
  void expand_missingName_throwsNamingItAndWhatItCouldHaveBeen() {
    assertThatThrownBy(() -> Input.expand(List.of("no/such/file.html")))
        .isInstanceOf(InputException.class)
        .hasMessage("no/such/file.html: no such file or directory (and not an http(s) URL or '-')");
  }

  @Test
  void new_blankSource_isRefused() {
    assertThatThrownBy(() -> new Input(" ", Input.Kind.FILE)).isInstanceOf(IllegalArgumentException.class);
  }
}
