package org.annals.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.Timestamp;

/**
 * One article as the store keeps it: the article, its story, the fingerprint of its content, every
 * place it was read from, and the batch that last wrote it. The same value goes to Lucene and to
 * DuckDB, so the two can be rebuilt one from the other.
 *
 * @param article the article (schema v1)
 * @param storyId the story: the article's own id, or that of the story it reprints
 * @param fingerprint 64 bits of SHA-256 over the content (see {@link #fingerprint(Article)})
 * @param sources every place it was read from, first first
 * @param signature its MinHash signature, or {@code null} when the body is too short
 * @param batch the batch that last wrote it
 * @param seenAt when it was last read
 * @param annotations what the NLP stage found in it, or {@code null} when it was not annotated
 */
record StoredArticle(
    Article article,
    String storyId,
    long fingerprint,
    List<String> sources,
    int[] signature,
    long batch,
    Instant seenAt,
    Annotations annotations) {
  StoredArticle {
    if (article == null || storyId == null || seenAt == null) {
      throw new NullPointerException("a stored article needs its article, story id and time read");
    }
    sources = List.copyOf(sources);
  }

  String id() {
    return article.id();
  }

  /** A copy written by batch {@code seq}. */
  StoredArticle inBatch(long seq) {
    return new StoredArticle(
        article, storyId, fingerprint, sources, signature, seq, seenAt, annotations);
  }

  /** A copy with {@code a} as its annotations. */
  StoredArticle withAnnotations(Annotations a) {
    return new StoredArticle(article, storyId, fingerprint, sources, signature, batch, seenAt, a);
  }

  /**
   * The fingerprint of what an article says: URL, headline, section, publisher, authors, both
   * stamps, language and body. Not the source (the same article read from two places is the same
   * article), nor related links or warnings (page furniture and reading notes).
   */
  static long fingerprint(Article a) {
    StringBuilder s = new StringBuilder(a.text().length() + 256);
    for (Object field :
        List.of(
            String.valueOf(a.url()),
            String.valueOf(a.headline()),
            String.valueOf(a.section()),
            String.valueOf(a.publisher()),
            String.join("\u001f", a.authors()),
            iso(a.published()),
            iso(a.modified()),
            String.valueOf(a.language()),
            a.text())) {
      s.append(field).append('\u001e');
    }
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(s.toString().getBytes(StandardCharsets.UTF_8));
      return java.nio.ByteBuffer.wrap(h).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static String iso(Timestamp t) {
    return t == null ? "null" : t.iso();
  }
}
