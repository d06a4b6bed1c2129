package org.annals.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable article identifiers: the first 64 bits of SHA-256, as 16 hex digits, of the canonical URL
 * when known, else of the headline and body text. The same page read twice gets the same id.
 */
public final class ArticleIds {
  private ArticleIds() {}

  /** The id of the article at {@code canonicalUrl} (already normalised by the caller). */
  public static String fromUrl(String canonicalUrl) {
    return digest("url\n" + canonicalUrl);
  }

  /** The id of an article without a known URL, from what it says. */
  public static String fromContent(String headline, List<String> paragraphs) {
    return digest(
        "text\n" + (headline == null ? "" : headline) + "\n" + String.join("\n\n", paragraphs));
  }

  private static String digest(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
