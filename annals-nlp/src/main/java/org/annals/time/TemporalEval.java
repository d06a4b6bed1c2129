package org.annals.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.internal.Preconditions;

/**
 * Scores a {@link TimeTagger} on a folder of TimeML files with gold TIMEX3s, such as the TempEval-3
 * platinum set in {@code ../shared/data/temporal/te3-platinum}: each document's TEXT is tagged with
 * its DCT as report date, and system and gold TIMEX3s are compared as the official TempEval-3
 * script does (strict and relaxed extent match, value and type on relaxed matches, micro-averaged
 * over the corpus).
 */
public final class TemporalEval {
  private TemporalEval() {}

  /** Scores the English tagger on {@code folder}. */
  public static TemporalReport run(Path folder) throws IOException {
    return run(folder, TimeTagger.english());
  }

  /**
   * Scores {@code tagger} on every {@code *.tml} file of {@code folder}; a file that cannot be read
   * is listed in {@link TemporalReport#problems()} and skipped.
   *
   * @throws IOException when the folder cannot be listed or holds no {@code .tml} file
   */
  public static TemporalReport run(Path folder, TimeTagger tagger) throws IOException {
    Preconditions.requireNonNull(folder, "folder");
    Preconditions.requireNonNull(tagger, "tagger");
    List<Path> files = timeMlFiles(folder);
    List<TemporalReport.DocumentScore> scores = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    long nanos = 0;
    for (Path f : files) {
      TimeMl.Document doc;
      try {
        doc = TimeMl.read(f);
      } catch (IOException e) {
        problems.add(e.getMessage());
        continue;
      }
      long t0 = System.nanoTime();
      List<TimeExpression> got = tagger.tag(doc.text(), doc.dct());
      nanos += System.nanoTime() - t0;
      scores.add(score(doc, got));
    }
    return new TemporalReport(folder.toString(), scores, problems, nanos / 1_000_000);
  }

  private static List<Path> timeMlFiles(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      throw new IOException(
          "temporal test set "
              + folder
              + " is not a folder; expected TimeML"
              + " files such as ../shared/data/temporal/te3-platinum/*.tml");
    }
    try (Stream<Path> s = Files.list(folder)) {
      List<Path> files =
          s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
      if (files.isEmpty()) {
        throw new IOException(
            "temporal test set "
                + folder
                + " holds no .tml file; expected"
                + " TimeML files such as ../shared/data/temporal/te3-platinum/*.tml");
      }
      return files;
    }
  }

  /** The counts of one document: gold spans against the tagger's, matched one to one. */
  static TemporalReport.DocumentScore score(TimeMl.Document doc, List<TimeExpression> got) {
    List<TimeMl.Timex> gold = doc.gold();
    boolean[] used = new boolean[got.size()];
    int strict = 0;
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (TimeMl.Timex g : gold) {
      int m = match(g, got, used);
      if (m < 0) {
        continue;
      }
      used[m] = true;
      TimeExpression e = got.get(m);
      relaxed++;
      strict += e.start() == g.start() && e.end() == g.end() ? 1 : 0;
      value += e.value().equals(g.value()) ? 1 : 0;
      type += e.type().equals(g.type()) ? 1 : 0;
    }
    return new TemporalReport.DocumentScore(
        doc.id(),
        doc.dct().toString(),
        gold.size() + doc.outside(),
        got.size(),
        strict,
        relaxed,
        value,
        type);
  }

  /** The unused system expression with the same span, else the first unused overlapping one. */
  private static int match(TimeMl.Timex g, List<TimeExpression> got, boolean[] used) {
    int overlap = -1;
    for (int i = 0; i < got.size(); i++) {
      TimeExpression e = got.get(i);
      if (used[i] || e.end() <= g.start() || e.start() >= g.end()) {
        continue;
      }
      if (e.start() == g.start() && e.end() == g.end()) {
        return i;
      }
      if (overlap < 0) {
        overlap = i;
      }
    }
    return overlap;
  }
}
