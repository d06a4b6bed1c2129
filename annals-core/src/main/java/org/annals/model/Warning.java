package org.annals.model;

import java.util.regex.Pattern;

/**
 * A problem found in one input that did not stop it from being read: malformed content is data, not
 * an exception.
 *
 * @param code a stable kebab-case identifier such as {@code unplaced-line} or {@code
 *     charset-mismatch}, for scripts to count and filter
 * @param message one sentence for a person: what was found and, where useful, what was done
 * @param position where in the input, as {@code "<unit> <n>"} with unit {@code line} (1-based),
 *     {@code char} or {@code byte} (0-based), or {@code null} when it concerns the whole input
 */
public record Warning(String code, String message, String position) {
  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern POSITION = Pattern.compile("(line|char|byte) \\d+");

  public Warning {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("warning code must be kebab-case, got '" + code + "'");
    }
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("warning message must not be blank (code " + code + ")");
    }
    if (position != null && !POSITION.matcher(position).matches()) {
      throw new IllegalArgumentException(
          "warning position must look like 'line 12', 'char 40' or 'byte 7', got '"
              + position
              + "'");
    }
  }

  /** A warning about the whole input. */
  public static Warning of(String code, String message) {
    return new Warning(code, message, null);
  }

  /** A warning at a 1-based line. */
  public static Warning atLine(String code, String message, int line) {
    return new Warning(code, message, "line " + line);
  }

  /** A warning at a 0-based character offset of the decoded input (not of the article's text). */
  public static Warning atChar(String code, String message, int offset) {
    return new Warning(code, message, "char " + offset);
  }

  /** A warning at a 0-based byte offset. */
  public static Warning atByte(String code, String message, long offset) {
    return new Warning(code, message, "byte " + offset);
  }
}
