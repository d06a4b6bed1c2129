package org.annals.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.annals.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * Each real set from ../shared: its page count, and a run on its first pages (skipped when absent).
 */
class SharedSetsTest {
  private static final int FEW = 4;

  private static Path shared(EvalSet set) {
    Shared.require("data/extraction/" + set.folder());
    return Shared.root();
  }

  private static EvalReport runFew(EvalSet set, int expectedPages, String... metrics)
      throws EvalSetException {
    Path shared = shared(set);
    assertThat(ExtractionEval.pages(set, shared, 0)).hasSize(expectedPages);
    List<PageResult> seen = new ArrayList<>();
    EvalReport r = ExtractionEval.run(set, shared, 2, FEW, seen::add);
    assertThat(r.pages()).isEqualTo(FEW);
    assertThat(seen).hasSize(FEW);
    assertThat(r.metrics()).extracting(Metric::name).contains(metrics);
    assertThat(r.metrics()).allSatisfy(m -> assertThat(m.value()).isBetween(0.0, 1.0));
    return r;
  }

  @Test
  void zyte_firstPages_giveBodyFiguresInRange() throws EvalSetException {
    EvalReport r =
        runFew(EvalSet.ZYTE, 181, "body.precision", "body.recall", "body.f1", "body.accuracy");
    assertThat(r.metric("headline.exact")).isEmpty();
  }

  @Test
  void naeb_allButTheThreeMissingPages_areEvaluated() throws EvalSetException {
    runFew(
        EvalSet.NAEB,
        421,
        "body.f1",
        "date.accuracy",
        "headline.exact",
        "headline.lenient",
        "authors.recall");
  }

  @Test
  void htmldate_sampleIndexPages_giveHtmldateDateFigures() throws EvalSetException {
    EvalReport r =
        runFew(
            EvalSet.HTMLDATE,
            300,
            "date.htmldate.precision",
            "date.htmldate.recall",
            "date.htmldate.accuracy",
            "date.htmldate.f");
    assertThat(r.metric("date.htmldate.accuracy").orElseThrow().n()).isEqualTo(FEW);
  }

  @Test
  void trafilatura_sampleIndexPages_giveSegmentAndMetadataFigures() throws EvalSetException {
    runFew(
        EvalSet.TRAFILATURA,
        158,
        "segments.precision",
        "segments.recall",
        "segments.accuracy",
        "segments.f1",
        "headline.exact",
        "date.accuracy",
        "authors.precision");
  }

  @Test
  void trafilatura_alsoReadsItsAnnotatedPagesFromTheHtmldateFolder() throws EvalSetException {
    Path shared = shared(EvalSet.TRAFILATURA);
    Shared.require("data/extraction/" + EvalSet.HTMLDATE.folder());
    List<GoldPage> pages = ExtractionEval.pages(EvalSet.TRAFILATURA, shared, 0);
    Path htmldate = EvalSet.HTMLDATE.dir(shared);
    List<GoldPage> borrowed = pages.stream().filter(p -> p.page().startsWith(htmldate)).toList();
    assertThat(borrowed).hasSize(78);
    assertThat(borrowed).allSatisfy(p -> assertThat(p.with()).isNotEmpty());
    assertThat(pages).extracting(GoldPage::id).doesNotHaveDuplicates();
  }

  @Test
  void readability_testPages_giveBodyMetadataAndLanguageFigures() throws EvalSetException {
    runFew(
        EvalSet.READABILITY, 130, "body.f1", "headline.exact", "authors.recall", "lang.accuracy");
  }
}
