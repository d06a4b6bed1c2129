package org.annals.pipeline;

import java.util.Optional;

/**
 * What became of one input of a batch: a value, or the reason it failed.
 *
 * @param source the input, as named by the user
 * @param value the result, or {@code null} when it failed
 * @param error a one-line reason naming the input and the fix, or {@code null} when it succeeded
 */
public record Outcome<T>(String source, T value, String error) {
  public Outcome {
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException(
          "an outcome holds a value or an error, not both or neither (source " + source + ")");
    }
  }

  public static <T> Outcome<T> ok(String source, T value) {
    return new Outcome<>(source, value, null);
  }

  public static <T> Outcome<T> failed(String source, String error) {
    return new Outcome<>(source, null, error);
  }

  public boolean succeeded() {
    return value != null;
  }

  public Optional<T> result() {
    return Optional.ofNullable(value);
  }
}
