package org.annals.time;

/**
 * What a caller that has already split the text (for instance with CoreNLP) knows about one
 * sentence: its extent and, when known, its tense.
 *
 * @param start offset of the sentence's first character
 * @param end offset just past its last character
 * @param tense its tense; {@link Tense#UNKNOWN} lets the tagger read the sentence's own cues
 */
public record SentenceHint(int start, int end, Tense tense) {
  public SentenceHint {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("sentence offsets " + start + ".." + end + " are invalid");
    }
    if (tense == null) {
      throw new NullPointerException("sentence tense must not be null (use Tense.UNKNOWN)");
    }
  }
}
