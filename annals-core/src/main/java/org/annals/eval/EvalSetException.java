package org.annals.eval;

/** A test set that cannot be read: its folder or ground truth is missing or malformed. */
public final class EvalSetException extends Exception {
  public EvalSetException(String message) {
    super(message);
  }

  public EvalSetException(String message, Throwable cause) {
    super(message, cause);
  }
}
