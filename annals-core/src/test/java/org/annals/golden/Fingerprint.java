package org.annals.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Text of a third-party page as {@code {"length": N, "sha256": "…"}}: enough to pin what the
 * extractor gives without copying the publisher's sentences into the repository. {@code length}
 * counts Java chars (UTF-16 code units), the unit of every text offset in Annals; {@code sha256} is
 * the lower-case hex digest of the text's UTF-8 bytes.
 */
final class Fingerprint {
  private Fingerprint() {}

  /** The fingerprint of {@code text}, or JSON null for null. */
  static JsonNode of(String text) {
    if (text == null) {
      return JsonNodeFactory.instance.nullNode();
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("length", text.length());
    o.put("sha256", sha256(text));
    return o;
  }

  static String sha256(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
