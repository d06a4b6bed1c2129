package org.annals.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A text cut into words (letters, with inner apostrophes as in "o'clock"; a possessive "'s" is its
 * own token), runs of ASCII digits and single other characters, with the line and sentence each
 * token belongs to. Expressions never span two lines or two sentences.
 */
final class Tokens {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte OTHER = 2;

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
          "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr",
          "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
          "thu", "thur", "thurs", "fri", "sat", "sun", "mt", "ft", "est", "approx", "ca", "etc",
          "al", "fig", "op", "pres", "adm", "maj", "cmdr", "rev", "hon");

  final String text;
  int size;
  int[] start;
  int[] end;
  byte[] kind;
  String[] lower;
  int[] value;
  boolean[] spaceBefore;
  int[] line;
  int[] sentence;

  private Tokens(String text) {
    this.text = text;
    int cap = Math.max(16, Math.min(text.length() / 3 + 16, 1 << 20));
    start = new int[cap];
    end = new int[cap];
    kind = new byte[cap];
    lower = new String[cap];
    value = new int[cap];
    spaceBefore = new boolean[cap];
    line = new int[cap];
  }

  /** The tokens of {@code text}. */
  static Tokens of(String text) {
    Tokens t = new Tokens(text);
    t.scan();
    t.sentences();
    return t;
  }

  private void scan() {
    int n = text.length();
    int lineNo = 0;
    boolean space = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineNo++;
        space = true;
        i++;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
      } else {
        int j = tokenEnd(i, c);
        add(i, j, c, space, lineNo);
        space = false;
        i = j;
      }
    }
  }

  private int tokenEnd(int i, char c) {
    int n = text.length();
    int j = i + 1;
    if (isAsciiDigit(c)) {
      while (j < n && isAsciiDigit(text.charAt(j))) {
        j++;
      }
    } else if (Character.isLetter(c)) {
      while (j < n) {
        char d = text.charAt(j);
        if (Character.isLetter(d)) {
          j++;
        } else if (isApostrophe(d) && innerApostrophe(j)) {
          j += 2;
        } else {
          break;
        }
      }
    }
    return j;
  }

  /** An apostrophe at {@code j} joins the word unless it starts a possessive "'s". */
  private boolean innerApostrophe(int j) {
    int n = text.length();
    if (j + 1 >= n || !Character.isLetter(text.charAt(j + 1))) {
      return false;
    }
    char next = text.charAt(j + 1);
    boolean possessive =
        (next == 's' || next == 'S') && (j + 2 >= n || !Character.isLetter(text.charAt(j + 2)));
    return !possessive;
  }

  private void add(int s, int e, char c, boolean space, int lineNo) {
    if (size == start.length) {
      grow();
    }
    start[size] = s;
    end[size] = e;
    spaceBefore[size] = space;
    line[size] = lineNo;
    if (isAsciiDigit(c)) {
      kind[size] = NUMBER;
      lower[size] = e - s <= 12 ? text.substring(s, e) : "";
      value[size] = e - s <= 9 ? Integer.parseInt(text, s, e, 10) : -1;
    } else if (Character.isLetter(c)) {
      kind[size] = WORD;
      lower[size] = lower(s, e);
    } else {
      kind[size] = OTHER;
      lower[size] = isApostrophe(c) ? "'" : null;
    }
    size++;
  }

  /** The word from {@code s} to {@code e} in lower case, with a typographic apostrophe as "'". */
  private String lower(int s, int e) {
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (Character.isUpperCase(c) || c == '’' || c > 0x7f) {
        return text.substring(s, e).toLowerCase(Locale.ROOT).replace('’', '\'');
      }
    }
    return text.substring(s, e);
  }

  private void grow() {
    int cap = start.length * 2;
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    kind = Arrays.copyOf(kind, cap);
    lower = Arrays.copyOf(lower, cap);
    value = Arrays.copyOf(value, cap);
    spaceBefore = Arrays.copyOf(spaceBefore, cap);
    line = Arrays.copyOf(line, cap);
  }

  /** Sentence numbers: a new one after a line break, or after . ! ? before a capital or digit. */
  private void sentences() {
    sentence = new int[Math.max(1, size)];
    int s = 0;
    for (int i = 1; i < size; i++) {
      if (line[i] != line[i - 1] || endsSentence(i)) {
        s++;
      }
      sentence[i] = s;
    }
  }

  private boolean endsSentence(int i) {
    int p = i - 1;
    while (p > 0 && isClosing(p)) {
      p--;
    }
    char c = charAt(p);
    if (kind[p] != OTHER || (c != '.' && c != '!' && c != '?') || !spaceBefore[i]) {
      return false;
    }
    if (c == '.' && p > 0 && kind[p - 1] == WORD && !spaceBefore[p]) {
      String w = lower[p - 1];
      if (w.length() == 1 || ABBREVIATIONS.contains(w)) {
        return false;
      }
    }
    return kind[i] != WORD || Character.isUpperCase(text.charAt(start[i]));
  }

  private boolean isClosing(int p) {
    if (kind[p] != OTHER) {
      return false;
    }
    char c = charAt(p);
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')';
  }

  /** The first character of token {@code i}. */
  char charAt(int i) {
    return text.charAt(start[i]);
  }

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
