package org.annals.cli;

import java.util.Locale;

/** What the console can do: whether to draw a progress bar and use bold text. */
final class Terminal {
  private Terminal() {}

  /** True when standard error is most likely an interactive terminal. */
  static boolean interactive() {
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }

  /**
   * {@code text} with {@code <mark>…</mark>} shown as bold on a terminal, or as «…» otherwise;
   * entities unescaped.
   */
  static String marks(String html, boolean ansi) {
    String open = ansi ? "\u001b[1m" : "«";
    String close = ansi ? "\u001b[0m" : "»";
    return org.jsoup.parser.Parser.unescapeEntities(
        html.replace("<mark>", open).replace("</mark>", close), false);
  }

  /** A count with thousands separators. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
