package org.annals.extract;

/**
 * An input that holds no article at all: empty, binary, or not text in any character set. The
 * message names the input, what was found and what to do; batches report it and go on.
 */
public final class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;

  public UnreadableInputException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
  }

  /** The input that could not be read. */
  public String source() {
    return source;
  }
}
