package org.annals.events;

import java.util.List;
import java.util.Set;

/**
 * One line of the action lexicon.
 *
 * @param verb the verb's lemma
 * @param frame the other words of the pattern, as lemmas, that must stand in the verb's frame
 * @param code the CAMEO code, or {@code "0"} for an occurrence
 * @param flags {@code recip}, {@code intent}, {@code accord}, {@code refuse}, {@code threat},
 *     {@code appeal}, {@code demand}, {@code target}, {@code object}
 * @param occurrence the occurrence type for {@code occur=TYPE} entries, else {@code null}
 * @param line its line in the lexicon file
 */
record LexEntry(
    String verb, List<String> frame, String code, Set<String> flags, String occurrence, int line) {
  static final Set<String> FLAGS =
      Set.of(
          "recip", "intent", "accord", "refuse", "threat", "appeal", "demand", "target", "object");

  LexEntry {
    frame = List.copyOf(frame);
    flags = Set.copyOf(flags);
    if (occurrence == null && !Cameo.known(code)) {
      throw new IllegalArgumentException(
          "lexicon line " + line + ": '" + code + "' is not a CAMEO code of cameo.tsv");
    }
    for (String f : flags) {
      if (!FLAGS.contains(f)) {
        throw new IllegalArgumentException(
            "lexicon line " + line + ": unknown flag '" + f + "'; expected " + FLAGS);
      }
    }
  }

  boolean has(String flag) {
    return flags.contains(flag);
  }

  /** The preposition of the pattern that introduces the target, or {@code null}. */
  String targetPrep() {
    for (int i = frame.size() - 1; i >= 0; i--) {
      if (Lexicon.PREPOSITIONS.contains(frame.get(i))) {
        return frame.get(i);
      }
    }
    return null;
  }
}
