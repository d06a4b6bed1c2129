package org.annals.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of the store: one document per article (see {@link Docs}), each commit tagged
 * with the batch it completes ({@code batch=N} in the commit user data).
 *
 * <p>Opened for writing, it owns the {@link IndexWriter} and serves searches from near-real-time
 * views refreshed after each commit (documents are added only inside a commit, so a view never
 * shows half a batch). Opened for reading, it takes no lock and follows the writer's commits.
 */
final class LuceneIndex implements Closeable {
  static final String BATCH_KEY = "batch";
  static final String FORMAT_KEY = "format";

  /**
   * How the text fields were analysed: "2" since articles in English also have stem fields. An
   * index written by an earlier analysis is rebuilt from DuckDB when opened for writing.
   */
  static final String ANALYSIS_KEY = "analysis";

  static final String ANALYSIS = "2";
  private static final int CANDIDATES = 8;
  private static final java.util.Set<String> CANDIDATE_FIELDS =
      java.util.Set.of(Docs.STORY, Docs.MINHASH);

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private long committedBatch;
  private boolean analysisStale;

  private LuceneIndex(
      Directory directory, IndexWriter writer, SearcherManager searchers, long batch) {
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
    this.committedBatch = batch;
  }

  static LuceneIndex forWriting(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    try {
      IndexWriterConfig config =
          new IndexWriterConfig(Docs.ANALYZER)
              .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
              .setCommitOnClose(false)
              .setRAMBufferSizeMB(64);
      boolean fresh = !DirectoryReader.indexExists(dir);
      IndexWriter writer = new IndexWriter(dir, config);
      long batch = 0;
      boolean stale = false;
      if (fresh) {
        writer.setLiveCommitData(commitData(0), true);
        writer.commit();
      } else {
        Map<String, String> data = SegmentInfos.readLatestCommit(dir).getUserData();
        batch = batchOf(data);
        stale = !ANALYSIS.equals(data.get(ANALYSIS_KEY));
      }
      LuceneIndex index =
          new LuceneIndex(dir, writer, new SearcherManager(writer, new Snapshot.Factory()), batch);
      index.analysisStale = stale;
      return index;
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  static LuceneIndex forReading(Path path) throws IOException {
    Directory dir = FSDirectory.open(path);
    try {
      long batch = batchOf(SegmentInfos.readLatestCommit(dir).getUserData());
      return new LuceneIndex(dir, null, new SearcherManager(dir, new Snapshot.Factory()), batch);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Whether the index was written by an earlier analysis (until the next commit rewrites it). */
  boolean analysisStale() {
    return analysisStale;
  }

  /** The batch of the last commit (the reader's view may lag until {@link #acquire()}). */
  long committedBatch() {
    return committedBatch;
  }

  /**
   * A current view; give it back with {@link #release}. Readers pick up the writer's commits here.
   */
  Snapshot acquire() throws IOException {
    if (writer == null) {
      searchers.maybeRefresh();
    }
    return (Snapshot) searchers.acquire();
  }

  void release(Snapshot s) throws IOException {
    searchers.release(s);
  }

  /**
   * The committed article {@code id}, if stored (read from the postings: this runs once per add).
   */
  Optional<StoredArticle> find(String id) throws IOException {
    return document(id, null).map(Docs::fromDocument);
  }

  /**
   * The stored fields {@code fields} (all when {@code null}) of the committed article {@code id},
   * if stored.
   */
  Optional<Document> document(String id, java.util.Set<String> fields) throws IOException {
    Snapshot s = acquire();
    try {
      BytesRef term = new BytesRef(id);
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(Docs.ID);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(term)) {
          continue;
        }
        PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            StoredFields stored = leaf.reader().storedFields();
            return Optional.of(
                fields == null ? stored.document(doc) : stored.document(doc, fields));
          }
        }
      }
      return Optional.empty();
    } finally {
      release(s);
    }
  }

  /**
   * Stored articles sharing at least one LSH band with {@code bands}, the most shared first (at
   * most {@value #CANDIDATES}): story id and signature. Reads the postings directly, as this runs
   * once per new article.
   */
  List<Map.Entry<String, int[]>> candidates(List<String> bands) throws IOException {
    Snapshot s = acquire();
    try {
      Map<Integer, Integer> shared = new HashMap<>();
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(Docs.LSH);
        if (terms == null) {
          continue;
        }
        TermsEnum te = terms.iterator();
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        for (String band : bands) {
          if (!te.seekExact(new BytesRef(band))) {
            continue;
          }
          postings = te.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              shared.merge(leaf.docBase + doc, 1, Integer::sum);
            }
          }
        }
      }
      List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(shared.entrySet());
      ranked.sort(
          Map.Entry.<Integer, Integer>comparingByValue()
              .reversed()
              .thenComparing(Map.Entry.comparingByKey()));
      StoredFields fields = s.storedFields();
      List<Map.Entry<String, int[]>> out = new ArrayList<>();
      for (Map.Entry<Integer, Integer> e : ranked.subList(0, Math.min(CANDIDATES, ranked.size()))) {
        Document d = fields.document(e.getKey(), CANDIDATE_FIELDS);
        BytesRef sig = d.getBinaryValue(Docs.MINHASH);
        out.add(Map.entry(d.get(Docs.STORY), MinHash.fromBytes(sig.bytes, sig.offset, sig.length)));
      }
      return out;
    } finally {
      release(s);
    }
  }

  /**
   * Adds (or, with {@code replace}, replaces) the document of {@code s}; visible after {@link
   * #commit}.
   */
  void write(StoredArticle s, boolean replace) throws IOException {
    Document d = Docs.toDocument(s);
    if (replace) {
      writer.updateDocument(new Term(Docs.ID, s.id()), d);
    } else {
      writer.addDocument(d);
    }
  }

  /** Deletes the documents written by batches after {@code batch}; returns their ids. */
  List<String> deleteAfter(long batch) throws IOException {
    Query q = LongPoint.newRangeQuery(Docs.BATCH, batch + 1, Long.MAX_VALUE);
    List<String> ids = new ArrayList<>();
    Snapshot s = acquire();
    try {
      TopDocs top = s.search(q, Math.max(1, s.getIndexReader().maxDoc()));
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : top.scoreDocs) {
        ids.add(fields.document(sd.doc, java.util.Set.of(Docs.ID)).get(Docs.ID));
      }
    } finally {
      release(s);
    }
    writer.deleteDocuments(q);
    return ids;
  }

  void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes everything written so far durable (fsync) as the state after batch {@code batch}. */
  void commit(long batch) throws IOException {
    writer.setLiveCommitData(commitData(batch), true);
    writer.commit();
    committedBatch = batch;
    analysisStale = false;
    searchers.maybeRefreshBlocking();
  }

  /** Live documents in the current view. */
  long count() throws IOException {
    Snapshot s = acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      release(s);
    }
  }

  /** Closes; what was written since the last commit is dropped (every commit is explicit). */
  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
    } finally {
      directory.close();
    }
  }

  private static Iterable<Map.Entry<String, String>> commitData(long batch) {
    Map<String, String> data = new HashMap<>();
    data.put(BATCH_KEY, Long.toString(batch));
    data.put(FORMAT_KEY, Layout.VERSION);
    data.put(ANALYSIS_KEY, ANALYSIS);
    return data.entrySet();
  }

  private static long batchOf(Map<String, String> userData) {
    String b = userData.get(BATCH_KEY);
    return b == null ? 0 : Long.parseLong(b);
  }
}
