package org.annals.time;

import java.time.LocalDate;
import java.util.List;

/**
 * Finds time expressions in English text and normalises them against the report date, as TIMEX3
 * values. Implementations are thread-safe and never throw on odd input: an empty, huge or
 * non-English text gives what can be found, possibly nothing.
 *
 * <p>Relative expressions are anchored as news reads them: "Thursday" and "last week" to the report
 * date (past or future by the sentence's tense), "A day later" and "the following year" to the date
 * mentioned last before them in the text.
 */
public interface TimeTagger {
  /**
   * The time expressions of {@code text}, in text order and without overlaps.
   *
   * @param text the text, such as {@code Article.text()}; offsets index it
   * @param reportDate the day the text was published or written (the DCT)
   */
  List<TimeExpression> tag(String text, LocalDate reportDate);

  /**
   * As {@link #tag(String, LocalDate)}, with sentences a caller has already found: expressions do
   * not cross them, and a sentence's known tense decides the direction of "Thursday" or "in May".
   */
  List<TimeExpression> tag(String text, LocalDate reportDate, List<SentenceHint> sentences);

  /** The English rule-based tagger, built once per JVM. */
  static TimeTagger english() {
    return RuleTimeTagger.INSTANCE;
  }
}
