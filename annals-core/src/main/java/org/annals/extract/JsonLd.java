package org.annals.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in {@code <script type="application/ld+json">}: found at
 * any depth (arrays, {@code @graph}, {@code mainEntity}), with {@code @id} references resolved (an
 * author given as {@code {"@id": "#person-1"}} is the Person node of that id), read leniently
 * (comments, trailing commas, raw control characters, CDATA wrappers are common in the wild).
 * Blocks that still cannot be read are counted, and their {@code datePublished}-like fields are
 * taken by a plain pattern so that one stray quote does not lose a page's date.
 */
final class JsonLd {
  private static final int MAX_BLOCK_CHARS = 2_000_000;
  private static final int MAX_NODES = 20_000;
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder().maxNestingDepth(200).build())
                  .build())
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonParser.Feature.IGNORE_UNDEFINED)
          .build();

  private static final Set<String> NEWS_TYPES =
      Set.of(
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "askpublicnewsarticle",
          "livenewsarticle",
          "liveblogposting",
          "factcheck");
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "blogposting",
          "socialmediaposting",
          "scholarlyarticle",
          "techarticle",
          "report",
          "posting",
          "discussionforumposting",
          "recipe",
          "review",
          "medicalwebpage",
          "howto");
  private static final Set<String> PAGE_TYPES =
      Set.of("webpage", "itempage", "collectionpage", "aboutpage");
  private static final Set<String> ORGANISATIONS =
      Set.of(
          "organization",
          "newsmediaorganization",
          "corporation",
          "website",
          "brand",
          "localbusiness",
          "governmentorganization",
          "educationalorganization",
          "ngo",
          "onlinebusiness");
  private static final Pattern RAW_FIELD =
      Pattern.compile(
          "\"(datePublished|dateCreated|dateModified|uploadDate)\"\\s*:\\s*\"([^\"]{6,60})\"");

  private final JsonNode article;
  private final JsonNode page;
  private final Map<String, JsonNode> byId;
  private final Map<String, String> raw;
  private final int unreadable;

  private JsonLd(
      JsonNode article,
      JsonNode page,
      Map<String, JsonNode> byId,
      Map<String, String> raw,
      int unreadable) {
    this.article = article;
    this.page = page;
    this.byId = byId;
    this.raw = raw;
    this.unreadable = unreadable;
  }

  /**
   * The page's JSON-LD: its main article node, its web-page node, and any fields read from broken
   * blocks.
   */
  static JsonLd read(Document doc) {
    Finder f = new Finder();
    Map<String, String> raw = new HashMap<>();
    int bad = 0;
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String json = unwrap(script.data());
      if (json.isEmpty()) {
        continue;
      }
      try {
        f.walk(MAPPER.readTree(json));
      } catch (JsonProcessingException e) {
        bad++;
        salvage(json, raw);
      }
    }
    return new JsonLd(f.article(), f.page, f.byId, raw, bad);
  }

  /** How many JSON-LD blocks could not be read. */
  int unreadable() {
    return unreadable;
  }

  boolean hasArticle() {
    return article != null;
  }

  /** A string field of the article node (or of the web-page node when there is no article). */
  Optional<String> text(String field) {
    JsonNode n = article != null ? article : page;
    return n == null ? Optional.empty() : text(n, field);
  }

  /** A string field of the web-page node. */
  Optional<String> pageText(String field) {
    return page == null ? Optional.empty() : text(page, field);
  }

  /** A date field salvaged from a block that could not be parsed. */
  Optional<String> salvaged(String field) {
    return Optional.ofNullable(raw.get(field));
  }

  /**
   * The names of the people in an article field ({@code author}, {@code creator}); organisations
   * are left out.
   */
  List<String> people(String field) {
    List<String> out = new ArrayList<>();
    if (article == null) {
      return out;
    }
    JsonNode v = article.get(field);
    if (v == null) {
      return out;
    }
    for (JsonNode x : v.isArray() ? v : List.of(v)) {
      if (x.isTextual()) {
        out.add(x.asText());
      } else if (x.isObject()) {
        JsonNode n = resolve(x);
        if (!hasType(n, ORGANISATIONS) || hasType(n, Set.of("person"))) {
          name(n).ifPresent(out::add);
        }
      }
      if (out.size() >= 20) {
        break;
      }
    }
    return out;
  }

  /**
   * The name of the organisation in an article field such as {@code publisher}; a person there (a
   * personal blog) is no site name.
   */
  Optional<String> organisation(String field) {
    JsonNode n = article != null && article.has(field) ? article : page;
    if (n == null || !n.has(field)) {
      return Optional.empty();
    }
    JsonNode v = n.get(field);
    v = v.isArray() && v.size() > 0 ? v.get(0) : v;
    if (v.isTextual()) {
      return Optional.of(v.asText().strip()).filter(s -> !s.isEmpty());
    }
    JsonNode o = resolve(v);
    return hasType(o, Set.of("person")) ? Optional.empty() : name(o);
  }

  private JsonNode resolve(JsonNode x) {
    if (x.isObject() && !x.has("name") && x.has("@id")) {
      JsonNode target = byId.get(x.get("@id").asText());
      return target == null ? x : target;
    }
    return x;
  }

  private static Optional<String> name(JsonNode n) {
    if (n == null || !n.isObject()) {
      return Optional.empty();
    }
    JsonNode name = n.get("name");
    if (name == null) {
      return Optional.empty();
    }
    if (name.isArray()) {
      name = name.size() > 0 ? name.get(0) : null;
    }
    if (name == null || name.isContainerNode()) {
      return Optional.empty();
    }
    String s = name.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
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
    if (v != null && v.isObject()) {
      v = v.has("@value") ? v.get("@value") : v.get("name");
    }
    if (v == null || v.isContainerNode()) {
      return Optional.empty();
    }
    String s = v.asText().strip();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static String unwrap(String data) {
    String s = data.strip();
    if (s.length() > MAX_BLOCK_CHARS) {
      return "";
    }
    if (s.startsWith("<!--")) {
      s = s.substring(4);
    }
    if (s.endsWith("-->")) {
      s = s.substring(0, s.length() - 3);
    }
    s =
        s.replace("//<![CDATA[", "")
            .replace("//]]>", "")
            .replace("<![CDATA[", "")
            .replace("]]>", "")
            .strip();
    if (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static void salvage(String json, Map<String, String> raw) {
    Matcher m = RAW_FIELD.matcher(json.length() > 100_000 ? json.substring(0, 100_000) : json);
    while (m.find()) {
      raw.putIfAbsent(m.group(1), m.group(2));
    }
  }

  private static boolean hasType(JsonNode n, Set<String> types) {
    JsonNode t = n == null ? null : n.get("@type");
    if (t == null) {
      return false;
    }
    for (JsonNode x : t.isArray() ? t : List.of(t)) {
      String s = x.asText().toLowerCase(Locale.ROOT);
      int slash = s.lastIndexOf('/');
      if (types.contains(slash >= 0 ? s.substring(slash + 1) : s)) {
        return true;
      }
    }
    return false;
  }

  /** Walks every node of every block iteratively, noting ids, article nodes and the web page. */
  private static final class Finder {
    final Map<String, JsonNode> byId = new HashMap<>();
    final List<JsonNode> news = new ArrayList<>();
    final List<JsonNode> articles = new ArrayList<>();
    final List<JsonNode> listed = new ArrayList<>();
    JsonNode page;
    int seen;

    void walk(JsonNode root) {
      Deque<JsonNode> todo = new ArrayDeque<>();
      Deque<Boolean> inList = new ArrayDeque<>();
      todo.add(root);
      inList.add(false);
      while (!todo.isEmpty() && seen++ < MAX_NODES) {
        JsonNode n = todo.poll();
        boolean listItem = inList.poll();
        if (n.isArray()) {
          n.forEach(
              x -> {
                todo.add(x);
                inList.add(listItem);
              });
        } else if (n.isObject()) {
          note(n, listItem);
          for (Map.Entry<String, JsonNode> e : n.properties()) {
            if (e.getValue().isContainerNode()) {
              todo.add(e.getValue());
              inList.add(
                  listItem
                      || e.getKey().equals("itemListElement")
                      || e.getKey().equals("relatedLink"));
            }
          }
        }
      }
    }

    private void note(JsonNode n, boolean listItem) {
      JsonNode id = n.get("@id");
      if (id != null && id.isTextual() && n.size() > 1) {
        byId.putIfAbsent(id.asText(), n);
      }
      if (listItem && (hasType(n, NEWS_TYPES) || hasType(n, ARTICLE_TYPES))) {
        listed.add(n);
      } else if (hasType(n, NEWS_TYPES)) {
        news.add(n);
      } else if (hasType(n, ARTICLE_TYPES)) {
        articles.add(n);
      } else if (page == null && hasType(n, PAGE_TYPES)) {
        page = n;
      }
    }

    JsonNode article() {
      for (List<JsonNode> l : List.of(news, articles, listed)) {
        if (!l.isEmpty()) {
          return l.get(0);
        }
      }
      return null;
    }
  }
}
