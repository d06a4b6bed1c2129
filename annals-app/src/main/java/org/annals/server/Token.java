package org.annals.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The write token: 32 random bytes in hex, created on the server's first start in the store folder
 * ({@code server-token}, readable by its owner only) and required as {@code Authorization: Bearer
 * TOKEN} by every endpoint that writes.
 */
final class Token {
  static final String FILE = "server-token";

  private final Path file;
  private final byte[] value;
  private final boolean created;

  private Token(Path file, String value, boolean created) {
    this.file = file;
    this.value = value.getBytes(StandardCharsets.US_ASCII);
    this.created = created;
  }

  /** The store's token, created when it has none. */
  static Token of(Path storeDir) throws IOException {
    Path file = storeDir.resolve(FILE);
    if (!Files.exists(file)) {
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String hex = HexFormat.of().formatHex(bytes);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, hex + "\n", StandardCharsets.US_ASCII);
        return new Token(file, hex, true);
      } catch (FileAlreadyExistsException e) {
        // another process made it first: read theirs
      } catch (UnsupportedOperationException e) {
        Files.writeString(file, hex + "\n", StandardCharsets.US_ASCII);
        return new Token(file, hex, true);
      }
    }
    String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IOException(
          file + " does not hold a server token (64 hex digits); delete it and start again");
    }
    return new Token(file, hex, false);
  }

  /** Whether {@code header} ({@code Bearer TOKEN}) carries this token; constant-time. */
  boolean accepts(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    byte[] given = header.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(given, value);
  }

  Path file() {
    return file;
  }

  String value() {
    return new String(value, StandardCharsets.US_ASCII);
  }

  boolean created() {
    return created;
  }
}
