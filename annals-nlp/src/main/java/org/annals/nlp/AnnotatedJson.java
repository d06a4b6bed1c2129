package org.annals.nlp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.annals.model.ArticleJson;
import org.annals.model.Warning;
import org.annals.time.TimeExpression;

/**
 * The JSON form of an {@link AnnotatedArticle} (annotation schema v1, see {@code
 * docs/annotation-schema-v1.md}): {@code article} (article schema v1), then {@code sentences},
 * {@code mentions}, {@code entities}, {@code times}, {@code quotes}, {@code places}, {@code
 * warnings}; every offset indexes the article's text.
 */
public final class AnnotatedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper PRETTY =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AnnotatedJson() {}

  public static ObjectNode toTree(AnnotatedArticle a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("article", ArticleJson.toTree(a.article()));
    ArrayNode sentences = o.putArray("sentences");
    a.sentences()
        .forEach(
            s ->
                sentences
                    .addObject()
                    .put("index", s.index())
                    .put("start", s.start())
                    .put("end", s.end()));
    ArrayNode mentions = o.putArray("mentions");
    for (Mention m : a.mentions()) {
      mentions
          .addObject()
          .put("text", m.text())
          .put("start", m.start())
          .put("end", m.end())
          .put("type", m.type().name())
          .put("form", m.form().name().toLowerCase(java.util.Locale.ROOT))
          .put("entity", m.entity());
    }
    ArrayNode entities = o.putArray("entities");
    for (Entity e : a.entities()) {
      entities
          .addObject()
          .put("id", e.id())
          .put("name", e.name())
          .put("type", e.type().name())
          .put("actor", e.actor())
          .put("role", e.role())
          .put("country", e.country());
    }
    ArrayNode times = o.putArray("times");
    for (TimeExpression t : a.times()) {
      times
          .addObject()
          .put("text", t.text())
          .put("start", t.start())
          .put("end", t.end())
          .put("type", t.type())
          .put("value", t.value());
    }
    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode n =
          quotes.addObject().put("text", q.text()).put("start", q.start()).put("end", q.end());
      if (q.speaker() == null) {
        n.putNull("speaker");
      } else {
        n.putObject("speaker").put("entity", q.speaker().entity()).put("name", q.speaker().name());
      }
      n.put("cue", q.cue()).put("partial", q.partial());
    }
    ArrayNode places = o.putArray("places");
    for (Place p : a.places()) {
      places
          .addObject()
          .put("text", p.text())
          .put("start", p.start())
          .put("end", p.end())
          .put("name", p.name())
          .put("country", p.country())
          .put("adm1", p.adm1() == null || p.adm1().isEmpty() ? null : p.adm1())
          .put("lat", p.lat())
          .put("lon", p.lon())
          .put("kind", p.kind());
    }
    ArrayNode warnings = o.putArray("warnings");
    for (Warning w : a.warnings()) {
      warnings
          .addObject()
          .put("code", w.code())
          .put("message", w.message())
          .put("position", w.position());
    }
    return o;
  }

  /** The annotations alone, as one line: {@link #toTree} without its {@code article}. */
  public static String annotationsLine(AnnotatedArticle a) {
    ObjectNode o = toTree(a);
    o.remove("article");
    return write(o, false);
  }

  /**
   * The annotation JSON of {@code article} from its article and the annotations alone (as {@link
   * #annotationsLine} wrote them): the same object {@link #toTree} gives.
   */
  public static ObjectNode withArticle(org.annals.model.Article article, String annotations) {
    ObjectNode o = MAPPER.createObjectNode();
    o.set("article", ArticleJson.toTree(article));
    try {
      o.setAll((ObjectNode) MAPPER.readTree(annotations));
    } catch (JsonProcessingException | ClassCastException e) {
      throw new IllegalArgumentException(
          "stored annotations of " + article.id() + " are not a JSON object; re-annotate it", e);
    }
    return o;
  }

  /** {@code tree} pretty-printed, or on one line. */
  public static String write(ObjectNode tree, boolean pretty) {
    try {
      return (pretty ? PRETTY : MAPPER).writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static String toPretty(AnnotatedArticle a) {
    return write(toTree(a), true);
  }

  public static String toLine(AnnotatedArticle a) {
    return write(toTree(a), false);
  }
}
