package org.annals.actors;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys under which names are indexed and looked up: case- and diacritic-insensitive ("Erdoğan",
 * "ERDOGAN" and "erdogan" share one key), with acronyms kept case-sensitive so that the pronoun
 * "who" never finds the World Health Organization.
 */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s\\b");
  private static final Pattern QUOTES = Pattern.compile("['’‘`ʼ.]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z0-9&]{2,8}");
  private static final Pattern ACRONYM_NOISE = Pattern.compile("[.\\s\\-]");
  private static final Pattern HAS_LETTER = Pattern.compile(".*[A-Z].*");

  private Names() {}

  /**
   * The case- and diacritic-insensitive key: marks removed, letters without a decomposition mapped
   * (ı→i, ø→o, ß→ss…), a possessive "'s" dropped, dots and apostrophes removed ("U.S." → "us",
   * "d'Ivoire" → "divoire"), other punctuation read as a space, a leading "the" dropped.
   */
  static String fold(String text) {
    String t = POSSESSIVE.matcher(text).replaceAll("");
    t = MARKS.matcher(Normalizer.normalize(t, Normalizer.Form.NFD)).replaceAll("");
    t = QUOTES.matcher(special(t)).replaceAll("");
    t = SEPARATORS.matcher(t).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    return t.startsWith("the ") ? t.substring(4) : t;
  }

  /**
   * The case-sensitive acronym key ("U.N." → "UN", "G-7" → "G7"), or {@code null} when {@code text}
   * is not written as an acronym: 2 to 8 upper-case letters, digits or '&amp;' once dots, spaces
   * and hyphens are removed, with at least one letter.
   */
  static String acronym(String text) {
    String t = ACRONYM_NOISE.matcher(text.strip()).replaceAll("");
    return ACRONYM.matcher(t).matches() && HAS_LETTER.matcher(t).matches() ? t : null;
  }

  private static String special(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'ı' -> b.append('i');
        case 'ø' -> b.append('o');
        case 'Ø' -> b.append('O');
        case 'ł' -> b.append('l');
        case 'Ł' -> b.append('L');
        case 'đ' -> b.append('d');
        case 'Đ' -> b.append('D');
        case 'ß' -> b.append("ss");
        case 'æ' -> b.append("ae");
        case 'Æ' -> b.append("Ae");
        case 'œ' -> b.append("oe");
        case 'Œ' -> b.append("Oe");
        case 'þ' -> b.append("th");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
