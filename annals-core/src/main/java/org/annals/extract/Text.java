package org.annals.extract;

/** Whitespace handling shared by the extractors. */
final class Text {
  private Text() {}

  /**
   * Collapses every run of whitespace (including no-break spaces) to one space, and strips; drops
   * NUL characters, which a character reference ({@code &#0;} in an attribute) can bring back after
   * the decoder removed the raw ones, and the invisible word joiner, invisible operators and stray
   * byte-order marks (U+2060–U+2064, U+FEFF), which some editors leave at line ends ("Stir well.⁣")
   * where they hide a sentence's full stop. Joiners that shape a script's letters (U+200C, U+200D)
   * and soft hyphens stay.
   */
  static String squash(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u0000' || c >= '\u2060' && c <= '\u2064' || c == '\ufeff') {
        continue;
      }
      if (Character.isWhitespace(c)
          || c == '\u00a0'
          || c == '\u200b'
          || c == '\u2007'
          || c == '\u202f') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }
}
