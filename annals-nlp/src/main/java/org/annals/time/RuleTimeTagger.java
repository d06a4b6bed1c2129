package org.annals.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annals.internal.Preconditions;

/**
 * The rule-based English tagger: tokens, then one left-to-right pass in which each expression is
 * resolved as soon as it is read, so "A day later" sees the dates mentioned before it. Stateless
 * between calls, hence thread-safe; its tables are built once when the class loads.
 */
final class RuleTimeTagger implements TimeTagger {
  static final RuleTimeTagger INSTANCE = new RuleTimeTagger();

  private RuleTimeTagger() {}

  @Override
  public List<TimeExpression> tag(String text, LocalDate reportDate) {
    return tag(text, reportDate, List.of());
  }

  @Override
  public List<TimeExpression> tag(String text, LocalDate reportDate, List<SentenceHint> sentences) {
    Preconditions.requireNonNull(text, "text");
    Preconditions.requireNonNull(reportDate, "reportDate");
    Preconditions.requireNonNull(sentences, "sentences");
    if (text.isEmpty()) {
      return List.of();
    }
    List<SentenceHint> hints = new ArrayList<>(sentences);
    hints.sort(Comparator.comparingInt(SentenceHint::start));
    Scan s = new Scan(Tokens.of(text), reportDate, hints);
    List<TimeExpression> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      Found f = Grammar.mayStart(s, i) ? Grammar.best(s, i) : null;
      if (f == null) {
        i++;
        continue;
      }
      out.add(expression(s.t, f));
      remember(s, f);
      i = f.end();
    }
    return List.copyOf(out);
  }

  private static TimeExpression expression(Tokens t, Found f) {
    int start = t.start[f.start()];
    int end = t.end[f.end() - 1];
    return new TimeExpression(t.text.substring(start, end), start, end, f.type(), f.value());
  }

  private static void remember(Scan s, Found f) {
    if (f.point() == null) {
      return;
    }
    s.mention(f.point(), f.start());
    if (f.has(Found.ABSOLUTE)) {
      s.sentenceYear = f.point().date().getYear();
      s.sentenceYearSentence = s.sentence(f.start());
    }
  }
}
