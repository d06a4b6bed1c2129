package org.annals.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;

/** Articles for tests: the seed (read from ../shared, never copied) and our own. */
final class Articles {
  static final String SEED = "corpus/seed/000_968a5fd984a47838.txt";

  private Articles() {}

  /** The seed article, extracted as Annals extracts it; skips the test without ../shared. */
  static Article seed() {
    String p = System.getProperty("annals.shared");
    Path root = Path.of(p == null || p.isBlank() ? "../shared" : p).toAbsolutePath().normalize();
    Path seed = root.resolve(SEED);
    assumeTrue(
        Files.isRegularFile(seed),
        "../shared is absent (a fresh clone): skipped; CI and developer machines have the seed there");
    try {
      return Extractors.of(Format.SCRAPED)
          .extract(RawDocument.of(seed.toString(), Files.readAllBytes(seed)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An article of ours published at {@code published} (local time), in {@code language}. */
  static Article of(String published, String language, String... paragraphs) {
    List<String> body = List.of(paragraphs);
    return new Article(
        ArticleIds.fromContent("test", body),
        "test",
        null,
        "Test article",
        null,
        null,
        List.of(),
        published == null ? null : Timestamp.ofLocal(LocalDateTime.parse(published)),
        null,
        language,
        body,
        List.of(),
        List.of());
  }
}
