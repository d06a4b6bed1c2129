package org.annals.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of {@link Article}, schema v1: exactly the field names and order of {@code
 * docs/article-schema-v1.md}. Absent values are written as {@code null}, never left out.
 */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ArticleJson() {}

  /** The article as a JSON tree. */
  public static ObjectNode toTree(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("url", a.url());
    o.put("headline", a.headline());
    o.put("section", a.section());
    o.put("publisher", a.publisher());
    ArrayNode authors = o.putArray("authors");
    a.authors().forEach(authors::add);
    o.put("published", a.published() == null ? null : a.published().iso());
    o.put("modified", a.modified() == null ? null : a.modified().iso());
    o.put("zoneKnown", a.zoneKnown());
    o.put("language", a.language());
    ArrayNode paragraphs = o.putArray("paragraphs");
    a.paragraphs().forEach(paragraphs::add);
    ArrayNode related = o.putArray("related");
    for (RelatedLink r : a.related()) {
      related.addObject().put("headline", r.headline()).put("url", r.url());
    }
    putWarnings(o, a.warnings());
    return o;
  }

  /** {@code warnings} as the array {@code warnings} of {@code o}, in the schema's form. */
  public static void putWarnings(ObjectNode o, java.util.List<Warning> warnings) {
    ArrayNode out = o.putArray("warnings");
    for (Warning w : warnings) {
      out.addObject()
          .put("code", w.code())
          .put("message", w.message())
          .put("position", w.position());
    }
  }

  /** One line of JSON, for JSON Lines output. */
  public static String toLine(Article a) {
    return write(MAPPER, a);
  }

  /** Indented JSON, for one article on a terminal. */
  public static String toPretty(Article a) {
    return write(PRETTY, a);
  }

  /**
   * Reads an article back from its JSON form.
   *
   * @throws IllegalArgumentException naming the field when the JSON is not article schema v1
   */
  public static Article parse(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("article JSON must be an object");
    }
    List<RelatedLink> related = new ArrayList<>();
    for (JsonNode r : n.path("related")) {
      related.add(new RelatedLink(text(r, "headline"), text(r, "url")));
    }
    List<Warning> warnings = new ArrayList<>();
    for (JsonNode w : n.path("warnings")) {
      warnings.add(new Warning(text(w, "code"), text(w, "message"), text(w, "position")));
    }
    return new Article(
        text(n, "id"),
        text(n, "source"),
        text(n, "url"),
        text(n, "headline"),
        text(n, "section"),
        text(n, "publisher"),
        strings(n.path("authors")),
        stamp(n, "published"),
        stamp(n, "modified"),
        text(n, "language"),
        strings(n.path("paragraphs")),
        related,
        warnings);
  }

  private static String write(ObjectMapper mapper, Article a) {
    try {
      return mapper.writeValueAsString(toTree(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write article " + a.id() + " as JSON", e);
    }
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Timestamp stamp(JsonNode n, String field) {
    String s = text(n, field);
    return s == null ? null : Timestamp.parse(s);
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }
}
