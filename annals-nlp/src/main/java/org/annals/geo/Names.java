package org.annals.geo;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison key of a place name: diacritics and special letters folded to ASCII, lower case,
 * apostrophes dropped, every other non-alphanumeric run one space. "Tromsø" and "Tromso",
 * "Nur-Sultan" and "Nur Sultan", "Washington, D.C." and "Washington DC" differ only where the
 * gazetteer lists both spellings; a possessive is dropped ("Iran's" keys as "iran").
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
    String bare = withoutPossessive(name);
    String folded = isAscii(bare) ? bare : fold(bare);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = Character.toLowerCase(folded.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else if (!isApostrophe(c)) {
        space = true;
      }
    }
    return out.toString();
  }

  /** "Iran's" → "Iran" (also with a typographic apostrophe). */
  private static String withoutPossessive(String name) {
    String s = name.strip();
    int n = s.length();
    if (n > 2 && (s.charAt(n - 1) == 's' || s.charAt(n - 1) == 'S') && isApostrophe(s.charAt(n - 2))) {
      return s.substring(0, n - 2);
    }
    return s;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u02bb' || c == '\u2018';
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Compatibility decomposition without marks; letters that do not decompose are spelled out. */
  static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else if (c < TABLE_END) {
        out.append(TABLE[c - 0x80]);
      } else {
        out.append(foldSlowly(String.valueOf(c)));
      }
    }
    return out.toString();
  }

  private static String[] table() {
    String[] table = new String[TABLE_END - 0x80];
    for (char c = 0x80; c < TABLE_END; c++) {
      table[c - 0x80] = foldSlowly(String.valueOf(c));
    }
    return table;
  }

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
