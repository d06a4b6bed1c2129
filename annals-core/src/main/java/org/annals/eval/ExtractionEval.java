package org.annals.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.annals.extract.ArticleExtractor;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.internal.Preconditions;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.annals.pipeline.OrderedParallel;

/**
 * Runs the HTML extractor, through its public API, over a test set and scores it: {@code annals
 * eval extraction SET}. A page that throws counts as empty output and is listed as failed; the run
 * goes on.
 */
public final class ExtractionEval {
  private static final ArticleExtractor HTML = Extractors.of(Format.HTML);

  private ExtractionEval() {}

  /**
   * Evaluates {@code set} from the shared folder {@code shared} on {@code threads} threads, over
   * its first {@code limit} pages by id (all when {@code limit <= 0}); each page's result goes to
   * {@code perPage} in id order.
   *
   * @throws EvalSetException when the set's folder or ground truth cannot be read
   */
  public static EvalReport run(
      EvalSet set, Path shared, int threads, int limit, Consumer<PageResult> perPage)
      throws EvalSetException {
    return run(set, shared, threads, limit, null, perPage);
  }

  /**
   * As {@link #run(EvalSet, Path, int, int, Consumer)}, with the body scored against the texts in
   * {@code against} instead of the set's body truth when it is not null: a second opinion (another
   * extractor's output, one text per page laid out as {@link SecondOpinion} says), for sets whose
   * pages have no body truth or to find where two extractors disagree.
   *
   * @throws EvalSetException when the set or the folder {@code against} cannot be read
   */
  public static EvalReport run(
      EvalSet set, Path shared, int threads, int limit, Path against, Consumer<PageResult> perPage)
      throws EvalSetException {
    Preconditions.requireArgument(threads > 0, "threads must be positive, got %d", threads);
    List<GoldPage> pages = pages(set, shared, limit);
    if (against != null) {
      pages = SecondOpinion.bodies(pages, set.dir(shared).getParent(), against);
    }
    List<PageResult> results = new ArrayList<>(pages.size());
    OrderedParallel.run(
        pages,
        threads,
        ExtractionEval::evaluate,
        r -> {
          results.add(r);
          perPage.accept(r);
        });
    return EvalReport.of(set, against == null ? null : against.toString(), results);
  }

  /** The set's pages in id order, the first {@code limit} of them when {@code limit > 0}. */
  public static List<GoldPage> pages(EvalSet set, Path shared, int limit) throws EvalSetException {
    List<GoldPage> all = GoldSets.load(set, shared);
    return limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
  }

  /** The raw document of {@code page} exactly as the app would build it. */
  public static RawDocument document(GoldPage page, byte[] html) {
    return new RawDocument(page.page().toString(), page.url(), html, page.contentType(), List.of());
  }

  /** The gunzipped HTML of {@code page}. */
  public static byte[] html(GoldPage page) throws IOException {
    return GoldSets.gunzip(page.page());
  }

  /** Extracts and scores one page; never throws. */
  static PageResult evaluate(GoldPage page) {
    long start = System.nanoTime();
    Article article = null;
    String error = null;
    try {
      article = HTML.extract(document(page, html(page)));
    } catch (IOException e) {
      error = "cannot read " + page.page() + ": " + e.getMessage();
    } catch (RuntimeException | StackOverflowError e) {
      error = e.toString();
    }
    return PageResult.of(page, article, error, (System.nanoTime() - start) / 1_000_000);
  }
}
