package org.annals.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of a place name: diacritics and special letters folded to ASCII, lower case,
 * apostrophes and a final possessive dropped, every other run of non-alphanumerics one space.
 * Spellings that differ only so share a key ("Tromsø" and "TROMSO", "Nur-Sultan" and "Nur Sultan",
 * "Iran's" and "Iran"); other variants ("Kiev" for Kyiv) are found through the alternate names the
 * gazetteer lists.
 */
final class Names {
  /** Longer inputs are no place name; they key to "" so that nothing matches. */
  static final int MAX_LENGTH = 200;

  /** Latin-1 Supplement to Latin Extended Additional, folded once: most names need no more. */
  private static final char TABLE_END = 0x1F00;

  private static final String[] TABLE = table();

  private Names() {}

  /** The key of {@code name}, or "" when there is nothing to match (null, blank, too long). */
  static String key(String name) {
    if (name == null || name.length() > MAX_LENGTH) {
      return "";
    }
    char[] chars = withoutPossessive(name).toCharArray();
    StringBuilder out = new StringBuilder(chars.length);
    boolean space = false;
    for (char c : chars) {
      if (c < 0x80) {
        space = append(out, c, space);
        continue;
      }
      String folded = c < TABLE_END ? TABLE[c - 0x80] : foldSlowly(String.valueOf(c));
      for (int i = 0; i < folded.length(); i++) {
        space = append(out, folded.charAt(i), space);
      }
    }
    return out.toString();
  }

  /**
   * Appends a letter or digit in lower case, after one space if a separator came before it; returns
   * whether a separator is pending. Apostrophes vanish ("Akmolins'k" → "akmolinsk").
   */
  private static boolean append(StringBuilder out, char c, boolean space) {
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
      if (space && out.length() > 0) {
        out.append(' ');
      }
      out.append(lower);
      return false;
    }
    return space || !isApostrophe(lower);
  }

  /** "Iran's" → "Iran" (also with a typographic apostrophe). */
  private static String withoutPossessive(String name) {
    String s = name.strip();
    int n = s.length();
    if (n > 2
        && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S')
        && isApostrophe(s.charAt(n - 2))) {
      return s.substring(0, n - 2);
    }
    return s;
  }

  private static boolean isApostrophe(char c) {
    return c == '\''
        || c == '\u2019'
        || c == '\u02bc'
        || c == '`'
        || c == '\u02bb'
        || c == '\u2018';
  }

  private static String[] table() {
    String[] table = new String[TABLE_END - 0x80];
    for (char c = 0x80; c < TABLE_END; c++) {
      table[c - 0x80] = foldSlowly(String.valueOf(c));
    }
    return table;
  }

  /** Compatibility decomposition without marks; letters that do not decompose are spelled out. */
  private static String foldSlowly(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        out.append(special(c));
      }
    }
    return out.toString();
  }

  private static String special(char c) {
    return switch (c) {
      case 'ß' -> "ss";
      case 'ø', 'Ø' -> "o";
      case 'æ', 'Æ' -> "ae";
      case 'œ', 'Œ' -> "oe";
      case 'đ', 'Đ', 'ð', 'Ð' -> "d";
      case 'ł', 'Ł' -> "l";
      case 'ı' -> "i";
      case 'þ', 'Þ' -> "th";
      case 'ħ', 'Ħ' -> "h";
      default -> String.valueOf(c);
    };
  }

  /** Lower case in the root locale, for words of context ("Province" → "province"). */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
