package org.annals.ingest;

/**
 * An input that could not be read or fetched. The message names the input, what went wrong and what
 * to do; a batch reports it and goes on.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String source;

  public InputException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
  }

  public InputException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
  }

  /** The input that failed. */
  public String source() {
    return source;
  }
}
