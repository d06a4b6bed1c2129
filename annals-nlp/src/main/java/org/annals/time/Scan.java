package org.annals.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The state of one tagging call: the tokens, the report date, the date mentioned last (the anchor
 * of "a day later"), and small helpers the rules read tokens with. Not thread-safe; one per call.
 */
final class Scan {
  final Tokens t;
  final LocalDate dct;
  private final int[] sent;
  private final Tense[] hinted;
  private Tense[] cues;

  /** For each grain, the date of that grain mentioned last, its order and its sentence. */
  private final Point[] mentioned = new Point[Grain.values().length];

  private final int[] mentionOrder = new int[Grain.values().length];
  private final int[] mentionSentence = new int[Grain.values().length];
  private final int[] mentionOrdinal = new int[Grain.values().length];
  private int mentions;

  /** An explicit year mentioned in the current sentence ("In 2010 ... in March"), or 0. */
  int sentenceYear;

  int sentenceYearSentence = Integer.MIN_VALUE;

  Scan(Tokens t, LocalDate dct, List<SentenceHint> hints) {
    this.t = t;
    this.dct = dct;
    this.sent = new int[Math.max(1, t.size)];
    this.hinted = new Tense[Math.max(1, t.size)];
    assignSentences(hints);
  }

  private void assignSentences(List<SentenceHint> hints) {
    int h = 0;
    for (int i = 0; i < t.size; i++) {
      int s = t.start[i];
      while (h < hints.size() && hints.get(h).end() <= s) {
        h++;
      }
      if (h < hints.size() && hints.get(h).start() <= s) {
        sent[i] = h;
        hinted[i] = hints.get(h).tense();
      } else {
        sent[i] = -1 - t.sentence[i];
        hinted[i] = Tense.UNKNOWN;
      }
    }
  }

  int size() {
    return t.size;
  }

  int sentence(int i) {
    return sent[i];
  }

  /** The lower-case word at {@code i}, or "" when it is not a word. */
  String w(int i) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.WORD ? t.lower[i] : "";
  }

  boolean is(int i, String word) {
    return w(i).equals(word);
  }

  boolean isAny(int i, Set<String> words) {
    return words.contains(w(i));
  }

  boolean isWord(int i) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.NUMBER;
  }

  /** The value of the digits at {@code i}, or -1 when not a number of at most 9 digits. */
  int number(int i) {
    return isNumber(i) ? t.value[i] : -1;
  }

  /** The number of digits at {@code i} (0 when not a number). */
  int digits(int i) {
    return isNumber(i) ? t.end[i] - t.start[i] : 0;
  }

  /** Whether token {@code i} is the single character {@code c}. */
  boolean ch(int i, char c) {
    return i >= 0 && i < t.size && t.kind[i] == Tokens.OTHER && t.charAt(i) == c;
  }

  boolean dash(int i) {
    return ch(i, '-') || ch(i, '–');
  }

  boolean apostrophe(int i) {
    return ch(i, '\'') || ch(i, '’') || ch(i, '‘');
  }

  /** Whether the word at {@code i} starts with a capital letter. */
  boolean cap(int i) {
    return i >= 0 && i < t.size && Character.isUpperCase(t.charAt(i));
  }

  /** Whether {@code b} can continue an expression that reached {@code b - 1}. */
  boolean next(int b) {
    return b > 0 && b < t.size && t.line[b] == t.line[b - 1] && sent[b] == sent[b - 1];
  }

  /** Whether {@code b} follows {@code b - 1} with no space between. */
  boolean joined(int b) {
    return next(b) && !t.spaceBefore[b];
  }

  /** The end of the words {@code words} read from {@code i}, or -1. */
  int seq(int i, String... words) {
    int j = i;
    for (String word : words) {
      if (j >= t.size || (j > i && !next(j)) || !is(j, word)) {
        return -1;
      }
      j++;
    }
    return j;
  }

  /** Whether {@code i} is within the expression's reach (exists and continues from i - 1). */
  boolean reach(int i) {
    return i < t.size && next(i);
  }

  /** The tense that governs token {@code i}. */
  Tense tense(int i) {
    if (hinted[i] != Tense.UNKNOWN) {
      return hinted[i];
    }
    if (cues == null) {
      cues = TenseCues.of(this);
    }
    return TenseCues.near(this, cues, i);
  }

  /** Remembers {@code p} as a date mentioned at token {@code i}. */
  void mention(Point p, int i) {
    int g = p.grain().ordinal();
    mentioned[g] = p;
    mentionOrder[g] = ++mentions;
    mentionSentence[g] = sent[i];
    mentionOrdinal[g] = t.sentence[i];
  }

  /**
   * The anchor, for the expression at token {@code i}, of a shift counted in units of {@code grain}
   * ("a day later", "that year"): the date mentioned last among those at least as precise; else a
   * coarser one mentioned in the same or the previous sentence ("In 2010 ... A month later"); else
   * the report date.
   */
  Point anchor(Grain grain, int i) {
    Point best = null;
    int order = 0;
    Point any = null;
    int anyOrder = 0;
    int anySentence = 0;
    for (int g = 0; g < mentioned.length; g++) {
      if (mentioned[g] == null) {
        continue;
      }
      if (g <= grain.ordinal() && mentionOrder[g] > order) {
        best = mentioned[g];
        order = mentionOrder[g];
      }
      if (mentionOrder[g] > anyOrder) {
        any = mentioned[g];
        anyOrder = mentionOrder[g];
        anySentence = mentionOrdinal[g];
      }
    }
    if (best != null) {
      return best;
    }
    boolean recent = any != null && anySentence >= t.sentence[i] - 1;
    return recent ? any : Point.of(dct, Grain.DAY);
  }

  /** The day a time of day at token {@code i} falls on: a day named earlier in its sentence. */
  LocalDate dayInContext(int i) {
    int d = Grain.DAY.ordinal();
    return mentioned[d] != null && mentionSentence[d] == sent[i] ? mentioned[d].date() : dct;
  }
}
