package org.annals.internal;

import java.util.Locale;

/**
 * One small precondition helper, in the manner of Caffeine's {@code requireArgument}: fail fast on
 * programmer and configuration mistakes with a message that names the field and the value.
 *
 * <p>Not API: this package may change without notice.
 */
public final class Preconditions {
  private Preconditions() {}

  /** Throws {@link IllegalArgumentException} with a formatted message when {@code ok} is false. */
  public static void requireArgument(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, template, args));
    }
  }

  /** Throws {@link IllegalStateException} with a formatted message when {@code ok} is false. */
  public static void requireState(boolean ok, String template, Object... args) {
    if (!ok) {
      throw new IllegalStateException(String.format(Locale.ROOT, template, args));
    }
  }

  /** Returns {@code value}, or throws naming {@code field} when it is null. */
  public static <T> T requireNonNull(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }
}
