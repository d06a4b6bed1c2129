package org.annals.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/** Computes the corpus figures of a set from its per-page results. */
final class Metrics {
  /** Bootstrap resamples for the body figures' spread, as upstream Zyte evaluation does. */
  static final int RESAMPLES = 1000;

  /** The bootstrap seed, fixed so that the spread repeats. */
  static final long SEED = 20260829L;

  private Metrics() {}

  static List<Metric> of(EvalSet set, List<PageResult> results) {
    List<Metric> out = new ArrayList<>();
    body(results, out);
    segments(results, out);
    if (set == EvalSet.HTMLDATE) {
      htmldate(results, out);
    }
    sameDay(results, out);
    headlines(results, out);
    authors(results, out);
    byline(results, out);
    lang(results, out);
    int failed = (int) results.stream().filter(PageResult::failed).count();
    out.add(
        Metric.of(
            "failed", results.isEmpty() ? 0 : (double) failed / results.size(), results.size()));
    return out;
  }

  private static void body(List<PageResult> results, List<Metric> out) {
    List<ShingleScore.Page> pages =
        results.stream().map(PageResult::body).filter(Objects::nonNull).toList();
    if (pages.isEmpty()) {
      return;
    }
    ShingleScore.Summary s = ShingleScore.summarise(pages);
    ShingleScore.Spread sd = ShingleScore.bootstrap(pages, RESAMPLES, SEED);
    int n = pages.size();
    out.add(new Metric("body.precision", s.precision(), sd.precision(), n));
    out.add(new Metric("body.recall", s.recall(), sd.recall(), n));
    out.add(new Metric("body.f1", s.f1(), sd.f1(), n));
    out.add(new Metric("body.accuracy", s.accuracy(), sd.accuracy(), n));
  }

  private static void segments(List<PageResult> results, List<Metric> out) {
    List<SegmentScore.Counts> pages =
        results.stream().map(PageResult::segments).filter(Objects::nonNull).toList();
    if (pages.isEmpty()) {
      return;
    }
    SegmentScore.Counts c =
        pages.stream().reduce(SegmentScore.Counts.ZERO, SegmentScore.Counts::plus);
    int n = pages.size();
    out.add(Metric.of("segments.precision", c.precision(), n));
    out.add(Metric.of("segments.recall", c.recall(), n));
    out.add(Metric.of("segments.accuracy", c.accuracy(), n));
    out.add(Metric.of("segments.f1", c.f1(), n));
  }

  private static void htmldate(List<PageResult> results, List<Metric> out) {
    DateScore.Counts c =
        results.stream()
            .map(r -> DateScore.score(r.dateExpected(), r.dateGot()))
            .reduce(DateScore.Counts.ZERO, DateScore.Counts::plus);
    out.add(Metric.of("date.htmldate.precision", c.precision(), c.pages()));
    out.add(Metric.of("date.htmldate.recall", c.recall(), c.pages()));
    out.add(Metric.of("date.htmldate.accuracy", c.accuracy(), c.pages()));
    out.add(Metric.of("date.htmldate.f", c.f(), c.pages()));
  }

  private static void sameDay(List<PageResult> results, List<Metric> out) {
    share(
        "date.accuracy",
        results,
        r -> r.dateExpected() != null,
        r -> r.dateExpected().equals(r.dateGot()),
        out);
  }

  private static void headlines(List<PageResult> results, List<Metric> out) {
    Predicate<PageResult> has =
        r -> r.headlineExpected() != null && !r.headlineExpected().isBlank();
    share(
        "headline.exact",
        results,
        has,
        r -> TextMatch.exact(r.headlineExpected(), r.headlineGot()),
        out);
    share(
        "headline.lenient",
        results,
        has,
        r -> TextMatch.lenient(r.headlineExpected(), r.headlineGot()),
        out);
  }

  private static void authors(List<PageResult> results, List<Metric> out) {
    List<PageResult> pages = results.stream().filter(r -> r.authorsExpected() != null).toList();
    if (pages.isEmpty()) {
      return;
    }
    NameScore.Counts c =
        pages.stream()
            .map(r -> NameScore.score(r.authorsExpected(), r.authorsGot()))
            .reduce(NameScore.Counts.ZERO, NameScore.Counts::plus);
    out.add(Metric.of("authors.precision", c.precision(), pages.size()));
    out.add(Metric.of("authors.recall", c.recall(), pages.size()));
    out.add(Metric.of("authors.f1", c.f1(), pages.size()));
  }

  private static void byline(List<PageResult> results, List<Metric> out) {
    share(
        "byline.exact",
        results,
        r -> r.bylineExpected() != null && !r.bylineExpected().isBlank(),
        r ->
            NameScore.key(r.bylineExpected())
                .equals(NameScore.key(String.join(", ", r.authorsGot()))),
        out);
  }

  private static void lang(List<PageResult> results, List<Metric> out) {
    Predicate<PageResult> has = r -> r.langExpected() != null && !r.langExpected().isBlank();
    share(
        "lang.accuracy",
        results,
        has,
        r -> primary(r.langExpected()).equals(primary(r.langGot())),
        out);
    share(
        "lang.exact",
        results,
        has,
        r -> r.langExpected().strip().equalsIgnoreCase(String.valueOf(r.langGot())),
        out);
  }

  private static String primary(String tag) {
    return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
  }

  /** The share of {@code results} matching {@code scored} for which {@code hit} holds. */
  private static void share(
      String name,
      List<PageResult> results,
      Predicate<PageResult> scored,
      Predicate<PageResult> hit,
      List<Metric> out) {
    List<PageResult> pages = results.stream().filter(scored).toList();
    if (!pages.isEmpty()) {
      out.add(
          Metric.of(
              name, (double) pages.stream().filter(hit).count() / pages.size(), pages.size()));
    }
  }
}
