/**
 * Measuring extraction: the test sets in {@code ../shared/data/extraction/}, their scorers and the
 * throughput benchmark ({@code annals eval extraction}, {@code annals bench extraction}).
 *
 * <p>Input: a set's folder (gzip HTML pages and the ground truth in the format its README gives).
 * Output: per-page {@link org.annals.eval.PageResult}s and an {@link org.annals.eval.EvalReport} of
 * corpus figures, or a {@link org.annals.eval.BenchReport}. The scorers ({@link
 * org.annals.eval.ShingleScore}, {@link org.annals.eval.SegmentScore}, {@link
 * org.annals.eval.DateScore}, {@link org.annals.eval.NameScore}, {@link org.annals.eval.TextMatch})
 * are small pure functions that follow each set's published scoring. Invariants: the extractor is
 * called only through its public API, exactly as the app calls it; a page that throws counts as
 * empty output and never stops a run; every figure lies in [0, 1]; the bootstrap is seeded, so a
 * run repeats. The pages belong to their publishers and are read in place, never copied.
 */
package org.annals.eval;
