package org.annals.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Entity;
import org.annals.nlp.Mention;

/** Actor spans from the NLP stage's mentions: the entity's actor code, name and id. */
final class MentionActors implements ActorSpans {
  static final MentionActors INSTANCE = new MentionActors();

  private MentionActors() {}

  @Override
  public List<ActorSpan> find(AnnotatedArticle a) {
    Map<String, Entity> entities = new HashMap<>();
    a.entities().forEach(e -> entities.put(e.id(), e));
    List<ActorSpan> out = new ArrayList<>();
    for (Mention m : a.mentions()) {
      Entity e = m.entity() == null ? null : entities.get(m.entity());
      String code = e == null ? null : e.actor() != null ? e.actor() : e.country();
      if (code != null && !code.isBlank()) {
        out.add(
            new ActorSpan(
                m.start(),
                m.end(),
                List.of(new EventActor(code, e.name(), e.id())),
                m.form() == Mention.Form.NAME));
      }
    }
    return out;
  }
}
