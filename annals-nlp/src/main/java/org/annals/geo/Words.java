package org.annals.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one clause next to a mention, nearest first. Reading stops at punctuation, at a line
 * break and at a sentence end ("Iran." ends a sentence, "U.S." does not); a single comma right next
 * to the mention is crossed and reported ("Tromsø, Norway"; "Kazakhstan's capital, Astana").
 *
 * @param words the words, nearest to the mention first
 * @param comma a comma stood between the mention and the words
 */
record Words(List<String> words, boolean comma) {

  /** Up to {@code max} words before {@code pos}, nearest first. */
  static Words before(String text, int pos, int max) {
    List<String> out = new ArrayList<>(max);
    boolean comma = false;
    int i = pos - 1;
    while (out.size() < max) {
      i = skipSpacesBackward(text, i);
      if (i < 0) {
        break;
      }
      char c = text.charAt(i);
      if (c == ',' && out.isEmpty() && !comma) {
        comma = true;
        i--;
        continue;
      }
      int j = i;
      while (j >= 0 && isWordChar(text.charAt(j))) {
        j--;
      }
      String word = text.substring(j + 1, i + 1);
      if (word.isEmpty() || endsSentence(word)) {
        break;
      }
      out.add(word);
      i = j;
    }
    return new Words(out, comma);
  }

  /** Up to {@code max} words from {@code pos} on, nearest first. */
  static Words after(String text, int pos, int max) {
    List<String> out = new ArrayList<>(max);
    int i = skipSpacesForward(text, pos);
    boolean comma = i < text.length() && text.charAt(i) == ',';
    if (comma) {
      i++;
    }
    while (out.size() < max) {
      i = skipSpacesForward(text, i);
      int j = i;
      while (j < text.length() && isWordChar(text.charAt(j))) {
        j++;
      }
      String word = text.substring(i, j);
      if (word.isEmpty()) {
        break;
      }
      if (endsSentence(word)) {
        out.add(word.substring(0, word.length() - 1));
        break;
      }
      out.add(word);
      i = j;
    }
    return new Words(out, comma);
  }

  /** A word with a final period and none inside ("Iran.") ends a sentence; "U.S." does not. */
  private static boolean endsSentence(String word) {
    return word.length() > 1 && word.indexOf('.') == word.length() - 1;
  }

  private static int skipSpacesBackward(String text, int i) {
    while (i >= 0 && isSpace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  private static int skipSpacesForward(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || c == '\''
        || c == '\u2019'
        || c == '-'
        || c == '.';
  }
}
