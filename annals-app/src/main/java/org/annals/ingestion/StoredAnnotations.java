package org.annals.ingestion;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.events.Event;
import org.annals.events.EventActor;
import org.annals.events.EventJson;
import org.annals.events.Span;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.AnnotatedJson;
import org.annals.nlp.Entity;
import org.annals.nlp.Mention;
import org.annals.store.Annotations;
import org.annals.store.EventRow;

/**
 * The NLP and event stages' output as the store keeps it: the annotation JSON with its {@code
 * events} (without the article), the entities as rows, and the events as rows, one per
 * source–target pair.
 */
public final class StoredAnnotations {
  private StoredAnnotations() {}

  /** The annotation JSON ({@code docs/annotation-schema-v1.md}) with {@code events} added. */
  public static ObjectNode tree(AnnotatedArticle a, List<Event> events) {
    ObjectNode o = AnnotatedJson.toTree(a);
    o.set("events", EventJson.toTree(events));
    return o;
  }

  static Annotations of(AnnotatedArticle a, List<Event> events) {
    Map<String, Integer> mentions = new HashMap<>();
    for (Mention m : a.mentions()) {
      if (m.entity() != null) {
        mentions.merge(m.entity(), 1, Integer::sum);
      }
    }
    List<Annotations.Entity> entities = new ArrayList<>();
    for (Entity e : a.entities()) {
      entities.add(
          new Annotations.Entity(
              e.id(),
              e.name(),
              e.type().name(),
              e.actor(),
              e.role(),
              e.country(),
              mentions.getOrDefault(e.id(), 0)));
    }
    ObjectNode json = tree(a, events);
    json.remove("article");
    return new Annotations(AnnotatedJson.write(json, false), entities, rows(events));
  }

  /** One row per source–target pair of each event (an occurrence: one row per affected party). */
  static List<EventRow> rows(List<Event> events) {
    List<EventRow> out = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      if (e.date() == null) {
        continue; // an undated event (an article without a date) stays in the JSON only
      }
      String json = AnnotatedJson.write(EventJson.toTree(e), false);
      List<EventActor> sources = e.source().isEmpty() ? nullList() : e.source();
      List<EventActor> targets = e.target().isEmpty() ? nullList() : e.target();
      for (int s = 0; s < sources.size(); s++) {
        for (int t = 0; t < targets.size(); t++) {
          EventActor src = sources.get(s);
          EventActor tgt = targets.get(t);
          if (src != null && tgt != null && src.code().equals(tgt.code()) && targets.size() > 1) {
            continue; // "A and B met": A with B and B with A, not A with A
          }
          out.add(
              row(
                  i,
                  e,
                  src,
                  tgt,
                  span(e.evidence().source(), s),
                  span(e.evidence().target(), t),
                  json));
        }
      }
    }
    return out;
  }

  private static EventRow row(
      int index, Event e, EventActor src, EventActor tgt, int srcStart, int tgtStart, String json) {
    return new EventRow(
        index,
        e.evidence().sentence(),
        e.kind(),
        e.cameo(),
        e.occurrence(),
        e.plover() == null ? null : e.plover().type(),
        e.plover() == null ? null : e.plover().mode(),
        e.quad(),
        e.cameo() == null ? null : e.goldstein(),
        src == null ? null : src.code(),
        src == null ? null : src.name(),
        tgt == null ? null : tgt.code(),
        tgt == null ? null : tgt.name(),
        e.date() == null ? null : e.date().toString(),
        e.datePrecision(),
        e.place() == null ? null : e.place().name(),
        e.place() == null ? null : e.place().country(),
        e.place() == null ? null : e.place().adm1(),
        e.place() == null ? null : e.place().lat(),
        e.place() == null ? null : e.place().lon(),
        srcStart,
        tgtStart,
        e.evidence().action().start(),
        e.evidence().action().end(),
        e.confidence(),
        json);
  }

  private static int span(List<Span> spans, int i) {
    return i < spans.size() ? spans.get(i).start() : -1;
  }

  private static List<EventActor> nullList() {
    List<EventActor> one = new ArrayList<>(1);
    one.add(null);
    return one;
  }
}
