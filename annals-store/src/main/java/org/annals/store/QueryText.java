package org.annals.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Query text as people type it, to a Lucene query over headline and body, never failing.
 *
 * <p>First the familiar syntax (Lucene's classic parser: phrases, {@code AND}/{@code OR}/{@code
 * NOT}, {@code -word}, {@code word*}, {@code headline:word}); all words are required unless {@code
 * OR} says otherwise. Colons other than {@code headline:} and {@code text:} and slashes are taken
 * literally ("Brexit: what next" is four words, not a field). Text that does not parse (an
 * unbalanced quote, a trailing {@code AND}) is searched as {@link #plain plain words}.
 */
final class QueryText {
  /** A headline match counts this many times a body match. */
  static final float HEADLINE_BOOST = 3f;

  /**
   * A match of the English stem (an article in English, "pledged" for "pledge") counts this share
   * of a match of the word as written, which also matches the stem: exact wording ranks first.
   */
  static final float STEM_SHARE = 0.5f;

  /** The most words a plain query keeps. */
  static final int MAX_WORDS = 200;

  private static final Map<String, Float> BOOSTS =
      Map.of(
          Docs.HEADLINE,
          HEADLINE_BOOST,
          Docs.TEXT,
          1f,
          Docs.HEADLINE_EN,
          HEADLINE_BOOST * STEM_SHARE,
          Docs.TEXT_EN,
          STEM_SHARE);

  private static final String[] FIELDS = {Docs.HEADLINE, Docs.TEXT, Docs.HEADLINE_EN, Docs.TEXT_EN};
  private static final Pattern KNOWN_FIELD =
      Pattern.compile("(?<![\\p{L}\\p{N}_])(headline|text)\\\\:");
  private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

  private QueryText() {}

  /** The query for {@code text}; never throws on what a person types. */
  static Query parse(String text, Analyzer analyzer) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    try {
      return withPositiveClause(parser.parse(literal(text)));
    } catch (ParseException | RuntimeException e) {
      return plain(text, analyzer);
    }
  }

  /** "-budget" alone means everything without "budget" (Lucene would match nothing). */
  private static Query withPositiveClause(Query q) {
    if (q instanceof BooleanQuery) {
      BooleanQuery b = (BooleanQuery) q;
      boolean onlyProhibited =
          !b.clauses().isEmpty()
              && b.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
      if (onlyProhibited) {
        BooleanQuery.Builder all =
            new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        b.clauses().forEach(all::add);
        return all.build();
      }
    }
    return q;
  }

  /**
   * Every word of {@code text} required, in the headline or the body, as written or (articles in
   * English) by its stem; operators dropped.
   */
  static Query plain(String text, Analyzer analyzer) {
    String bare = OPERATOR.matcher(text).replaceAll(" ");
    List<String> words = terms(analyzer, Docs.TEXT, bare);
    List<String> stems = terms(analyzer, Docs.TEXT_EN, bare);
    if (words.isEmpty()) {
      return new MatchNoDocsQuery("no words in the query");
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < words.size() && i < MAX_WORDS; i++) {
      String stem = stems.size() == words.size() ? stems.get(i) : words.get(i);
      all.add(word(words.get(i), stem), BooleanClause.Occur.MUST);
    }
    return all.build();
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_WORDS) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse query text (in memory)", e);
    }
    return out;
  }

  private static Query word(String w, String stem) {
    return new BooleanQuery.Builder()
        .add(
            new BoostQuery(new TermQuery(new Term(Docs.HEADLINE, w)), HEADLINE_BOOST),
            BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(Docs.TEXT, w)), BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(
                new TermQuery(new Term(Docs.HEADLINE_EN, stem)), HEADLINE_BOOST * STEM_SHARE),
            BooleanClause.Occur.SHOULD)
        .add(
            new BoostQuery(new TermQuery(new Term(Docs.TEXT_EN, stem)), STEM_SHARE),
            BooleanClause.Occur.SHOULD)
        .build();
  }

  /** Escapes slashes (no regular expressions) and colons other than after a known field name. */
  static String literal(String text) {
    String escaped = text.replace("/", "\\/").replace(":", "\\:");
    return KNOWN_FIELD.matcher(escaped).replaceAll("$1:");
  }
}
