package org.annals.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import org.annals.store.Store;

/** JSON answers: one mapper, UTF-8, {@code application/json}. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static void send(Context ctx, int status, JsonNode body) {
    try {
      ctx.status(status)
          .contentType("application/json; charset=utf-8")
          .result(MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON answer: " + e.getMessage(), e);
    }
  }

  /** {@code body} as a finished 200 answer. */
  static AnswerCache.Answer answer(JsonNode body) {
    try {
      return new AnswerCache.Answer(
          "application/json; charset=utf-8", null, MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON answer: " + e.getMessage(), e);
    }
  }

  /**
   * {@code {"article": …, "annotations": …}} from the stored JSON as it is, without reading either
   * into a tree: the article line is copied, the annotations streamed through without a top-level
   * {@code article} (the article is given once). The bytes are those of the tree the two would
   * parse to.
   */
  static byte[] article(Store.StoredJson stored) {
    java.io.ByteArrayOutputStream out =
        new java.io.ByteArrayOutputStream(
            stored.article().length()
                + (stored.annotations() == null ? 0 : stored.annotations().length())
                + 64);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeFieldName("article");
      g.writeRawValue(stored.article());
      g.writeFieldName("annotations");
      if (stored.annotations() == null) {
        g.writeNull();
      } else {
        copyWithoutArticle(stored.annotations(), g);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON does not parse: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void copyWithoutArticle(String json, JsonGenerator g) throws IOException {
    try (JsonParser p = MAPPER.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        g.copyCurrentStructure(p);
        return;
      }
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("article")) {
          p.skipChildren();
        } else {
          g.writeFieldName(name);
          g.copyCurrentStructure(p);
        }
      }
      g.writeEndObject();
    }
  }

  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON does not parse: " + e.getOriginalMessage(), e);
    }
  }
}
