package org.annals.time;

/**
 * The tense of a sentence, which decides whether an expression such as "Thursday" or "in March"
 * points back or forward from the report date.
 */
public enum Tense {
  /** Reported past: "met on Thursday" is the most recent Thursday, the report day included. */
  PAST,
  /** Present: the nearest such day or month, either way. */
  PRESENT,
  /** Future: "will meet on Thursday" is the next Thursday, the report day included. */
  FUTURE,
  /** Not known: the tagger reads the sentence's own cues (auxiliaries, past forms). */
  UNKNOWN
}
