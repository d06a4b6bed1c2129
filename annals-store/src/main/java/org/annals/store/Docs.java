package org.annals.store;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.annals.model.Article;
import org.annals.model.ArticleJson;
import org.annals.model.Timestamp;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document of a {@link StoredArticle}, and back. One document per article; the fields
 * are listed in {@code docs/store.md}. Everything needed to answer searches, show an article and
 * count the store is in the document, so readers never need DuckDB.
 */
final class Docs {
  static final String ID = "id";
  static final String STORY = "story_id";
  static final String HEADLINE = "headline";
  static final String TEXT = "text";

  /** The headline and body again, stemmed as English, for articles in English (not stored). */
  static final String HEADLINE_EN = "headline_en";

  static final String TEXT_EN = "text_en";

  /**
   * NewsAnalyzer for every field but the English stem fields, which {@link EnglishStemAnalyzer}.
   */
  static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          new NewsAnalyzer(),
          java.util.Map.of(
              HEADLINE_EN, new EnglishStemAnalyzer(), TEXT_EN, new EnglishStemAnalyzer()));

  static final String PUBLISHER = "publisher";
  static final String PUBLISHER_KEY = "publisher_key";
  static final String SECTION = "section";
  static final String SECTION_KEY = "section_key";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_DAY = "published_day";
  static final String MODIFIED = "modified";
  static final String JSON = "json";
  static final String FINGERPRINT = "fingerprint";
  static final String BATCH = "batch";
  static final String SOURCE = "source";
  static final String SOURCES = "sources";
  static final String LSH = "lsh";
  static final String MINHASH = "minhash";
  static final String SEEN_AT = "seen_at";
  static final String ANNOTATIONS = "annotations";
  static final String ACTOR = "actor";

  /** Facet dimensions of searches (index field {@code $facets}). */
  static final String DIM_PUBLISHER = "publisher";

  static final String DIM_SECTION = "section";
  static final String DIM_MONTH = "year-month";
  static final String DIM_ACTOR = "actor";

  /** Facet dimensions of statistics only (index field {@code $stats}). */
  static final String DIM_STORY = "story";

  static final String DIM_DAY = "day";
  static final String STATS_FIELD = "$stats";

  /** The stored fields a search hit reads. */
  static final java.util.Set<String> HIT_FIELDS =
      java.util.Set.of(ID, STORY, HEADLINE, PUBLISHED, PUBLISHER, SECTION);

  /** The stored fields {@link Store#json} reads. */
  static final java.util.Set<String> JSON_FIELDS = java.util.Set.of(JSON, ANNOTATIONS);

  /** Analysed, stored, with offsets in the postings so that highlighting needs no re-analysis. */
  static final FieldType TEXT_TYPE = textType(true);

  /**
   * As {@link #TEXT_TYPE}, not stored: the stem fields highlight through the text field's value.
   */
  static final FieldType STEM_TYPE = textType(false);

  static final FacetsConfig FACETS = facetsConfig();

  private Docs() {}

  static Document toDocument(StoredArticle s) throws IOException {
    Article a = s.article();
    Document d = new Document();
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    d.add(new StringField(STORY, s.storyId(), Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(DIM_STORY, s.storyId()));
    d.add(new Field(HEADLINE, a.headline() == null ? "" : a.headline(), TEXT_TYPE));
    d.add(new Field(TEXT, a.text(), TEXT_TYPE));
    if (english(a.language())) {
      d.add(new Field(HEADLINE_EN, a.headline() == null ? "" : a.headline(), STEM_TYPE));
      d.add(new Field(TEXT_EN, a.text(), STEM_TYPE));
    }
    addKeyed(d, PUBLISHER, PUBLISHER_KEY, DIM_PUBLISHER, a.publisher());
    addKeyed(d, SECTION, SECTION_KEY, DIM_SECTION, a.section());
    addPublished(d, a.published());
    if (a.modified() != null) {
      d.add(new StoredField(MODIFIED, a.modified().iso()));
    }
    d.add(new StoredField(JSON, ArticleJson.toLine(a)));
    d.add(new StoredField(FINGERPRINT, s.fingerprint()));
    d.add(new LongPoint(BATCH, s.batch()));
    d.add(new StoredField(BATCH, s.batch()));
    for (String source : s.sources()) {
      d.add(new StoredField(SOURCE, source));
    }
    d.add(new NumericDocValuesField(SOURCES, s.sources().size()));
    d.add(new StoredField(SEEN_AT, s.seenAt().toString()));
    if (s.signature() != null) {
      d.add(new StoredField(MINHASH, MinHash.toBytes(s.signature())));
      for (String band : MinHash.bands(s.signature())) {
        d.add(new StringField(LSH, band, Field.Store.NO));
      }
    }
    addAnnotations(d, s.annotations());
    return FACETS.build(d);
  }

  /**
   * The annotations, stored whole; each actor code indexed for filters (also under its country's
   * three letters, so {@code RUS} finds {@code RUSGOV}) and as a facet.
   */
  private static void addAnnotations(Document d, Annotations a) throws IOException {
    if (a == null) {
      return;
    }
    d.add(new StoredField(ANNOTATIONS, MAPPER.writeValueAsString(a)));
    java.util.Set<String> keys = new java.util.LinkedHashSet<>();
    for (String actor : a.actors()) {
      keys.add(actor);
      if (actor.length() > 3 && Character.isUpperCase(actor.charAt(0))) {
        keys.add(actor.substring(0, 3));
      }
      d.add(new SortedSetDocValuesFacetField(DIM_ACTOR, actor));
    }
    for (String k : keys) {
      d.add(new StringField(ACTOR, k, Field.Store.NO));
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER =
      new com.fasterxml.jackson.databind.ObjectMapper();

  /** The annotations stored in {@code d}, or {@code null}. */
  static Annotations annotations(Document d) {
    String json = d.get(ANNOTATIONS);
    if (json == null) {
      return null;
    }
    try {
      return MAPPER.readValue(json, Annotations.class);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "stored annotations of " + d.get(ID) + " cannot be read; re-annotate the article", e);
    }
  }

  static StoredArticle fromDocument(Document d) {
    Article a = ArticleJson.parse(d.get(JSON));
    BytesRef sig = d.getBinaryValue(MINHASH);
    return new StoredArticle(
        a,
        d.get(STORY),
        d.getField(FINGERPRINT).numericValue().longValue(),
        Arrays.asList(d.getValues(SOURCE)),
        sig == null ? null : MinHash.fromBytes(sig.bytes, sig.offset, sig.length),
        d.getField(BATCH).numericValue().longValue(),
        Instant.parse(d.get(SEEN_AT)),
        annotations(d));
  }

  /**
   * The annotation JSON ({@link Annotations#json()}) stored in {@code d}, or {@code null}: read
   * from the stored record without building its entity and event rows.
   */
  static String annotationsJson(Document d) {
    String stored = d.get(ANNOTATIONS);
    if (stored == null) {
      return null;
    }
    try (com.fasterxml.jackson.core.JsonParser p = MAPPER.createParser(stored)) {
      if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object");
      }
      while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("json")) {
          return p.getValueAsString();
        }
        p.skipChildren();
      }
      throw new IOException("no field 'json'");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "stored annotations of "
              + d.get(ID)
              + " cannot be read ("
              + e.getMessage()
              + "); re-annotate the article",
          e);
    }
  }

  /** The lower-case key of a publisher or section for exact, case-insensitive filters. */
  static String key(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  static String stored(Document d, String field) {
    IndexableField f = d.getField(field);
    return f == null ? null : f.stringValue();
  }

  private static void addKeyed(
      Document d, String field, String keyField, String dim, String value) {
    if (value == null) {
      return;
    }
    d.add(new StoredField(field, value));
    d.add(new StringField(keyField, key(value), Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(dim, value));
  }

  private static void addPublished(Document d, Timestamp published) {
    if (published == null) {
      return;
    }
    LocalDate day = published.date();
    d.add(new StoredField(PUBLISHED, published.iso()));
    d.add(new LongPoint(PUBLISHED_DAY, day.toEpochDay()));
    d.add(new NumericDocValuesField(PUBLISHED_DAY, day.toEpochDay()));
    d.add(new SortedSetDocValuesFacetField(DIM_MONTH, java.time.YearMonth.from(day).toString()));
    d.add(new SortedSetDocValuesFacetField(DIM_DAY, day.toString()));
  }

  /**
   * Whether an article's words are stemmed as English: its language is English ({@code en}, {@code
   * en-GB}).
   */
  static boolean english(String language) {
    return language != null && (language.equals("en") || language.startsWith("en-"));
  }

  private static FieldType textType(boolean stored) {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(stored);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(DIM_ACTOR, true);
    c.setIndexFieldName(DIM_STORY, STATS_FIELD);
    c.setIndexFieldName(DIM_DAY, STATS_FIELD);
    return c;
  }
}
