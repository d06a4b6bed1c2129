package org.annals.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}: found
 * at any depth (arrays, {@code @graph}, {@code mainEntity}), read leniently (comments, trailing
 * commas, raw control characters are common in the wild).
 */
final class JsonLd {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonParser.Feature.IGNORE_UNDEFINED)
          .build();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
          "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting",
          "scholarlyarticle", "techarticle", "report", "liveblogposting", "posting", "livenewsarticle",
          "askpublicnewsarticle", "factcheck");

  private JsonLd() {}

  /** The first article-typed node in the page's JSON-LD, or empty; unreadable blocks count in {@code bad}. */
  static Optional<JsonNode> article(Document doc, int[] bad) {
    List<JsonNode> pages = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data().strip();
      if (json.isEmpty()) {
        continue;
      }
      try {
        JsonNode root = MAPPER.readTree(json);
        Optional<JsonNode> found = find(root, pages);
        if (found.isPresent()) {
          return found;
        }
      } catch (JsonProcessingException e) {
        bad[0]++;
      }
    }
    return pages.isEmpty() ? Optional.empty() : Optional.of(pages.get(0));
  }

  private static Optional<JsonNode> find(JsonNode root, List<JsonNode> pages) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(root);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < 10_000) {
      JsonNode n = todo.poll();
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n.isObject()) {
        if (hasType(n, ARTICLE_TYPES)) {
          return Optional.of(n);
        }
        if (hasType(n, Set.of("webpage", "itempage")) && n.has("headline")) {
          pages.add(n);
        }
        for (String k : List.of("@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement")) {
          if (n.has(k) && n.get(k).isContainerNode()) {
            todo.add(n.get(k));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean hasType(JsonNode n, Set<String> types) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return false;
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (types.contains(x.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(t.asText().toLowerCase(Locale.ROOT));
  }

  /** A string field, or the first string of an array field, or empty. */
  static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isArray()) {
      v = v.size() == 0 ? null : v.get(0);
    }
    if (v == null || v.isContainerNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  /** The names in a field holding a string, an object with {@code name}, or an array of those. */
  static List<String> names(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode x : v.isArray() ? v : List.of(v)) {
      if (x.isTextual()) {
        out.add(x.asText());
      } else if (x.isObject() && x.hasNonNull("name")) {
        JsonNode name = x.get("name");
        out.add(name.isArray() && name.size() > 0 ? name.get(0).asText() : name.asText());
      }
    }
    return out;
  }
}
