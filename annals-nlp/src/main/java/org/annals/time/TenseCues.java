package org.annals.time;

import java.util.Set;

/**
 * The tense a sentence gives an expression, read from the nearest cue in the same sentence: a
 * future auxiliary ("will", "'ll", "going to"), a past form ("was", "met", "pledged") or a present
 * one ("is", "says"). Cheap and English-only; a caller with a parser can pass tenses in.
 */
final class TenseCues {
  private static final int REACH = 40;

  private static final Set<String> FUTURE =
      Set.of(
          "will",
          "shall",
          "won't",
          "would",
          "gonna",
          "upcoming",
          "scheduled",
          "tomorrow",
          "next",
          "plans",
          "intends",
          "expects",
          "hopes",
          "aims");
  private static final Set<String> FUTURE_BEFORE_TO =
      Set.of("going", "expected", "due", "set", "plan", "planning", "slated", "poised", "about");
  private static final Set<String> PRESENT =
      Set.of("is", "are", "am", "has", "have", "says", "does", "do", "remains", "continues");
  private static final Set<String> PAST =
      Lexicon.words(
          """
          ago arose ate beat became began bore bought broke brought built came caught chose clung
          cut dealt did drew drove earlier fed fell felt fled flew forbade foresaw forgot fought
          found froze gave got grew had heard held hid hit hung kept knew laid last lay led left
          let lit lost made meant met overcame oversaw overthrew overtook paid previously quit ran
          rang rebuilt rode rose said sang sank sat saw sent set shot shrank slept slid sold sought
          sped spent spoke sprang spun stole stood strode strove struck stuck swam swept swore
          swung taught thought threw told took tore undertook underwent upheld was went wept were
          withdrew withheld withstood woke won wore wrote yesterday
          """);
  private static final Set<String> NOT_PAST =
      Set.of(
          "need",
          "needed",
          "feed",
          "seed",
          "speed",
          "indeed",
          "bed",
          "red",
          "shed",
          "hundred",
          "united",
          "based",
          "related",
          "interested",
          "concerned",
          "required",
          "proposed",
          "expected",
          "scheduled",
          "planned",
          "supposed",
          "used",
          "advanced",
          "limited",
          "armed",
          "detailed",
          "experienced",
          "qualified",
          "talented",
          "sophisticated",
          "embed",
          "breed",
          "greed",
          "weed",
          "reed",
          "steed",
          "creed",
          "deed",
          "heed");

  private TenseCues() {}

  /** The cue at each token, or null. */
  static Tense[] of(Scan s) {
    Tense[] cues = new Tense[Math.max(1, s.size())];
    for (int i = 0; i < s.size(); i++) {
      cues[i] = cue(s, i);
    }
    return cues;
  }

  private static Tense cue(Scan s, int i) {
    String w = s.w(i);
    if (w.isEmpty()) {
      return null;
    }
    if (FUTURE.contains(w)
        || w.endsWith("'ll")
        || (FUTURE_BEFORE_TO.contains(w) && s.is(i + 1, "to"))) {
      return Tense.FUTURE;
    }
    if (PRESENT.contains(w)) {
      return Tense.PRESENT;
    }
    if ((PAST.contains(w) || regularPast(s, i, w)) && !passive(s, i)) {
      return Tense.PAST;
    }
    return null;
  }

  /** "will be held", "has been signed": a participle after "be" says nothing of the tense. */
  private static boolean passive(Scan s, int i) {
    String prev = s.w(i - 1);
    return prev.equals("be") || prev.equals("been") || prev.equals("being");
  }

  private static boolean regularPast(Scan s, int i, String w) {
    return w.length() > 4 && w.endsWith("ed") && !s.cap(i) && !NOT_PAST.contains(w);
  }

  /** The tense of the cue nearest to {@code i} in its sentence; UNKNOWN when there is none. */
  static Tense near(Scan s, Tense[] cues, int i) {
    int sentence = s.sentence(i);
    for (int d = 1; d <= REACH; d++) {
      int l = i - d;
      int r = i + d;
      boolean inL = l >= 0 && s.sentence(l) == sentence;
      boolean inR = r < s.size() && s.sentence(r) == sentence;
      if (inL && cues[l] != null) {
        return cues[l];
      }
      if (inR && cues[r] != null) {
        return cues[r];
      }
      if (!inL && !inR) {
        break;
      }
    }
    return Tense.UNKNOWN;
  }
}
