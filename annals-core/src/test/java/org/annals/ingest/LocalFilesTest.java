package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {
  @TempDir Path dir;

  @Test
  void expand_tree_givesRegularFilesRecursivelyInSortedOrder() throws Exception {
    touch("b.txt", "z/y/w.txt", "a/c.html", "a/b/a.txt", "a/a.txt", "B.txt");
    assertThat(relative(LocalFiles.expand(dir)))
        .containsExactly("B.txt", "a/a.txt", "a/b/a.txt", "a/c.html", "b.txt", "z/y/w.txt");
  }

  @Test
  void expand_hiddenFilesAndFolders_areLeftOut() throws Exception {
    touch(
        "a.txt",
        ".hidden.txt",
        ".git/config",
        "sub/.DS_Store",
        "sub/.cache/page.html",
        "sub/page.html");
    assertThat(relative(LocalFiles.expand(dir))).containsExactly("a.txt", "sub/page.html");
  }

  @Test
  void expand_filesThatAreNotArticles_areLeftOut() throws Exception {
    touch(
        "README.md",
        "page.html",
        "page_files/style.css",
        "page_files/photo.jpg",
        "page_files/app.js",
        "story.TXT",
        "story2.htm.gz",
        "dump/0a1b2c",
        "notes.json",
        "archive.tar.gz",
        "old.xhtml",
        "x.shtml");
    assertThat(relative(LocalFiles.expand(dir)))
        .containsExactly(
            "dump/0a1b2c", "old.xhtml", "page.html", "story.TXT", "story2.htm.gz", "x.shtml");
  }

  @Test
  void expand_hiddenFolderGivenByName_isStillRead() throws Exception {
    touch(".inbox/one.txt", ".inbox/.two.txt");
    assertThat(LocalFiles.expand(dir.resolve(".inbox")))
        .containsExactly(dir.resolve(".inbox/one.txt"));
  }

  @Test
  void expand_emptyFolder_givesNothing() throws Exception {
    Files.createDirectories(dir.resolve("empty"));
    assertThat(LocalFiles.expand(dir.resolve("empty"))).isEmpty();
  }

  @Test
  void expand_missingFolder_throwsNamingIt() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> LocalFiles.expand(missing))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(missing + ": cannot list the directory");
  }

  @Test
  void read_gzipFile_isDecompressedAndTypedByItsName() throws Exception {
    Path f = dir.resolve("page.html.gz");
    Files.write(f, LimitsTest.gzip("<p>hello</p>".getBytes(StandardCharsets.UTF_8)));
    RawDocument d = LocalFiles.read(f, 1000);
    assertThat(new String(d.content(), StandardCharsets.UTF_8)).isEqualTo("<p>hello</p>");
    assertThat(d.source()).isEqualTo(f.toString());
    assertThat(d.contentType()).isEqualTo("text/html");
    assertThat(d.url()).isNull();
  }

  @Test
  void read_textFile_hasNoContentType() throws Exception {
    Path f = dir.resolve("story.txt");
    Files.writeString(f, "Headline\n\nBody.");
    assertThat(LocalFiles.read(f, 1000).contentType()).isNull();
  }

  @Test
  void read_fileOverTheCap_isTruncatedWithAWarning() throws Exception {
    Path f = dir.resolve("big.txt");
    Files.write(f, new byte[5000]);
    RawDocument d = LocalFiles.read(f, 1000);
    assertThat(d.length()).isEqualTo(1000);
    assertThat(d.warnings()).extracting(Warning::code).containsExactly("input-truncated");
  }

  @Test
  void read_missingFile_throwsNamingItWithTheFix() {
    Path f = dir.resolve("missing.html");
    assertThatThrownBy(() -> LocalFiles.read(f, 1000))
        .isInstanceOf(InputException.class)
        .hasMessage(
            f
                + ": no such file or directory; check the path (an input is a file, a directory, '-' or an http(s) URL)")
        .satisfies(e -> assertThat(((InputException) e).source()).isEqualTo(f.toString()));
  }

  @Test
  void read_directory_throwsNamingIt() {
    assertThatThrownBy(() -> LocalFiles.read(dir, 1000))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir + ": ");
  }

  @Test
  void read_standardInput_isReadAsDash() throws Exception {
    RawDocument d =
        LocalFiles.read(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), "-", 1000);
    assertThat(d.source()).isEqualTo("-");
    assertThat(d.content()).containsExactly('x');
  }

  private void touch(String... names) throws IOException {
    for (String n : names) {
      Path p = dir.resolve(n);
      Files.createDirectories(p.getParent());
      Files.writeString(p, n);
    }
  }

  private List<String> relative(List<Path> paths) {
    return paths.stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
  }
}
