package org.annals.events;

import java.time.LocalDate;
import java.util.List;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.Timestamp;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Annotator;

/** What the event evaluations share: one test sentence as an annotated article. */
final class EventEval {
  private EventEval() {}

  static AnnotatedArticle annotate(String id, String text, LocalDate date) {
    Article a =
        new Article(
            ArticleIds.fromContent(id, List.of(text)),
            id,
            null,
            null,
            null,
            null,
            List.of(),
            Timestamp.ofDate(date),
            null,
            "en",
            List.of(text),
            List.of(),
            List.of());
    return Annotator.standard().annotate(a);
  }

  static double ratio(int num, int den) {
    return den == 0 ? 0 : (double) num / den;
  }
}
