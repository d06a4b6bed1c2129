package org.annals.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.annals.model.Article;

/**
 * What the extractor gave for one test page next to the truth, with the page's scores: one line of
 * the per-page file for error analysis. A field whose truth the set does not annotate is {@code
 * null}.
 *
 * @param id the page's id in its set
 * @param url the page URL given to the extractor
 * @param error why the page gave no article (it then counts as empty output), or {@code null}
 * @param millis extraction time in milliseconds, reading the file included
 * @param body the page's shingle score, or {@code null} when the set has no body truth
 * @param bodyChars characters of the true body, or -1 when not annotated
 * @param gotChars characters of our body
 * @param segments the page's segment counts, or {@code null} when the set has none
 * @param headlineExpected the true headline
 * @param headlineGot our headline
 * @param dateExpected the true publication day
 * @param dateGot our publication day
 * @param authorsExpected the true author names, or {@code null} when not annotated
 * @param authorsGot our author names
 * @param bylineExpected the expected byline as one string (Readability only)
 * @param langExpected the expected language tag
 * @param langGot our language tag
 */
public record PageResult(
    String id,
    String url,
    String error,
    long millis,
    ShingleScore.Page body,
    int bodyChars,
    int gotChars,
    SegmentScore.Counts segments,
    String headlineExpected,
    String headlineGot,
    String dateExpected,
    String dateGot,
    List<String> authorsExpected,
    List<String> authorsGot,
    String bylineExpected,
    String langExpected,
    String langGot) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public PageResult {
    authorsExpected = authorsExpected == null ? null : List.copyOf(authorsExpected);
    authorsGot = authorsGot == null ? List.of() : List.copyOf(authorsGot);
  }

  /**
   * Scores {@code article} (null when extraction failed with {@code error}) against {@code gold}.
   */
  static PageResult of(GoldPage gold, Article article, String error, long millis) {
    String text =
        article == null ? "" : String.join(Article.PARAGRAPH_SEPARATOR, article.paragraphs());
    return new PageResult(
        gold.id(),
        gold.url(),
        error,
        millis,
        gold.body() == null ? null : ShingleScore.score(gold.body(), text),
        gold.body() == null ? -1 : gold.body().length(),
        text.length(),
        gold.with().isEmpty() && gold.without().isEmpty()
            ? null
            : SegmentScore.score(text, gold.with(), gold.without()),
        gold.headline(),
        article == null ? null : article.headline(),
        gold.date(),
        article == null || article.published() == null
            ? null
            : article.published().date().toString(),
        gold.authors(),
        article == null ? List.of() : article.authors(),
        gold.byline(),
        gold.lang(),
        article == null ? null : article.language());
  }

  /** Whether the extractor failed on this page. */
  public boolean failed() {
    return error != null;
  }

  /** One JSON object, for the per-page JSON Lines file. */
  public ObjectNode toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id).put("url", url).put("error", error).put("millis", millis);
    if (body != null) {
      o.putObject("body")
          .put("precision", body.precision())
          .put("recall", body.recall())
          .put("f1", body.f1())
          .put("exact", body.exact())
          .put("expectedChars", bodyChars)
          .put("gotChars", gotChars);
    } else {
      o.putObject("body").put("gotChars", gotChars);
    }
    if (segments != null) {
      o.putObject("segments")
          .put("tp", segments.tp())
          .put("fn", segments.fn())
          .put("fp", segments.fp())
          .put("tn", segments.tn());
    }
    pair(o, "headline", headlineExpected, headlineGot);
    pair(o, "date", dateExpected, dateGot);
    ObjectNode authors = o.putObject("authors");
    if (authorsExpected != null) {
      addAll(authors.putArray("expected"), authorsExpected);
    }
    addAll(authors.putArray("got"), authorsGot);
    if (bylineExpected != null) {
      authors.put("byline", bylineExpected);
    }
    pair(o, "lang", langExpected, langGot);
    return o;
  }

  private static void pair(ObjectNode o, String field, String expected, String got) {
    o.putObject(field).put("expected", expected).put("got", got);
  }

  private static void addAll(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
