package org.annals.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.annals.store.MergedEvent;

/**
 * The JSON form of an event merged across articles: its coded fields, how many mentions, sources
 * and articles report it, and every mention with the article's event as coded ({@code
 * docs/event-schema-v1.md}). One object per line is {@code annals events --format jsonl}; the REST
 * API's {@code /api/events} answers the same objects.
 */
public final class MergedEventJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private MergedEventJson() {}

  /** {@code e} as a JSON object. */
  public static ObjectNode of(MergedEvent e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", Long.toString(e.id()))
        .put("kind", e.kind())
        .put("date", e.date())
        .put("datePrecision", e.datePrecision())
        .put("cameo", e.cameo())
        .put("cameoRoot", e.root())
        .put("occurrence", e.occurrence())
        .put("quad", e.quad());
    if (e.goldstein() == null) {
      o.putNull("goldstein");
    } else {
      o.put("goldstein", e.goldstein());
    }
    if (e.plover() == null) {
      o.putNull("plover");
    } else {
      o.putObject("plover").put("type", e.plover()).put("mode", e.ploverMode());
    }
    actor(o, "source", e.sourceCode(), e.sourceName());
    actor(o, "target", e.targetCode(), e.targetName());
    if (e.placeName() == null) {
      o.putNull("place");
    } else {
      ObjectNode p =
          o.putObject("place")
              .put("name", e.placeName())
              .put("country", e.placeCountry())
              .put("adm1", e.placeAdm1());
      if (e.lat() != null) {
        p.put("lat", e.lat()).put("lon", e.lon());
      }
    }
    o.put("numMentions", e.numMentions())
        .put("numSources", e.numSources())
        .put("numArticles", e.numArticles());
    ArrayNode mentions = o.putArray("mentions");
    for (MergedEvent.Mention m : e.mentions()) {
      ObjectNode n =
          mentions
              .addObject()
              .put("article", m.articleId())
              .put("story", m.storyId())
              .put("url", m.url())
              .put("publisher", m.publisher())
              .put("published", m.published())
              .put("sentence", m.row().sentence());
      try {
        n.set("event", MAPPER.readTree(m.row().json()));
      } catch (IOException x) {
        n.put("event", m.row().json());
      }
    }
    return o;
  }

  private static void actor(ObjectNode o, String field, String code, String name) {
    if (code == null) {
      o.putNull(field);
    } else {
      o.putObject(field).put("code", code).put("name", name);
    }
  }
}
