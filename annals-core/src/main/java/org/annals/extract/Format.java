package org.annals.extract;

import java.util.Locale;

/** The form of an input, as given with {@code --format} or detected. */
public enum Format {
  /** Detect from the content type, file name and the first bytes. */
  AUTO,
  /** Scraped page text, the seed's form: headline, {@code - } metadata lines, body, related. */
  SCRAPED,
  /** An HTML page. */
  HTML,
  /** Plain text: first line the headline, paragraphs separated by blank lines. */
  TEXT;

  /** The lower-case name used on the command line. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
