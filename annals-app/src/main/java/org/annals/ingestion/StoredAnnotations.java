package org.annals.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.AnnotatedJson;
import org.annals.nlp.Entity;
import org.annals.nlp.Mention;
import org.annals.store.Annotations;

/** The NLP stage's output as the store keeps it: the JSON without the article, entities as rows. */
final class StoredAnnotations {
  private StoredAnnotations() {}

  static Annotations of(AnnotatedArticle a) {
    Map<String, Integer> mentions = new HashMap<>();
    for (Mention m : a.mentions()) {
      if (m.entity() != null) {
        mentions.merge(m.entity(), 1, Integer::sum);
      }
    }
    List<Annotations.Entity> rows = new ArrayList<>();
    for (Entity e : a.entities()) {
      rows.add(
          new Annotations.Entity(
              e.id(),
              e.name(),
              e.type().name(),
              e.actor(),
              e.role(),
              e.country(),
              mentions.getOrDefault(e.id(), 0)));
    }
    return new Annotations(AnnotatedJson.annotationsLine(a), rows);
  }
}
