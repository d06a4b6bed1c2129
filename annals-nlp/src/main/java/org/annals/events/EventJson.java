package org.annals.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.TreeSet;

/** The JSON form of {@link Event}s: event schema v1 ({@code docs/event-schema-v1.md}). */
public final class EventJson {
  /** The schema's name, written in every event as {@code schema}. */
  public static final String SCHEMA = "annals-event-v1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private EventJson() {}

  /** The events as a JSON array. */
  public static ArrayNode toTree(List<Event> events) {
    ArrayNode out = MAPPER.createArrayNode();
    events.forEach(e -> out.add(toTree(e)));
    return out;
  }

  /** One event as a JSON object. */
  public static ObjectNode toTree(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    o.put("kind", e.kind());
    actors(o.putArray("source"), e.source());
    actors(o.putArray("target"), e.target());
    if (e.cameo() != null) {
      Cameo c = Cameo.of(e.cameo()).orElseThrow();
      o.put("cameo", e.cameo());
      o.put("cameoRoot", e.cameoRoot());
      o.put("cameoName", c.name());
      o.put("quad", e.quad());
      o.put("goldstein", e.goldstein());
    } else {
      o.put("occurrence", e.occurrence());
    }
    if (e.plover() != null) {
      o.putObject("plover").put("type", e.plover().type()).put("mode", e.plover().mode());
    } else {
      o.putNull("plover");
    }
    o.put("date", e.date() == null ? null : e.date().toString());
    o.put("datePrecision", e.datePrecision());
    place(o, e.place());
    evidence(o.putObject("evidence"), e.evidence());
    o.put("confidence", e.confidence());
    ArrayNode m = o.putArray("modality");
    new TreeSet<>(e.modality()).forEach(m::add);
    return o;
  }

  private static void actors(ArrayNode out, List<EventActor> actors) {
    for (EventActor a : actors) {
      out.addObject().put("code", a.code()).put("name", a.name()).put("entity", a.entity());
    }
  }

  private static void place(ObjectNode o, EventPlace p) {
    if (p == null) {
      o.putNull("place");
      return;
    }
    o.putObject("place")
        .put("name", p.name())
        .put("country", p.country())
        .put("adm1", p.adm1())
        .put("lat", p.lat())
        .put("lon", p.lon())
        .put("from", p.from());
  }

  private static void evidence(ObjectNode o, Evidence e) {
    o.put("sentence", e.sentence());
    spans(o.putArray("source"), e.source());
    o.putObject("action").put("start", e.action().start()).put("end", e.action().end());
    spans(o.putArray("target"), e.target());
  }

  private static void spans(ArrayNode out, List<Span> spans) {
    spans.forEach(s -> out.addObject().put("start", s.start()).put("end", s.end()));
  }
}
