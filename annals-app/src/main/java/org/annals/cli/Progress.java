package org.annals.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.annals.ingestion.IngestListener;
import org.annals.ingestion.IngestReport;
import org.annals.ingestion.ItemResult;
import org.annals.store.BatchResult;

/**
 * Ingest progress on standard error: on a terminal a bar redrawn in place (items, rate, failures),
 * otherwise one plain line per commit and per failure, for logs.
 */
final class Progress implements IngestListener {
  private final PrintWriter err;
  private final boolean bar;
  private final boolean quiet;
  private final long started = System.nanoTime();
  private long items;
  private long failed;
  private long lastDraw;
  private long sourceStarted = System.nanoTime();
  private double fraction = Double.NaN;

  Progress(PrintWriter err, boolean bar, boolean quiet) {
    this.err = err;
    this.bar = bar;
    this.quiet = quiet;
  }

  @Override
  public void sourceStarted(String spec, String key) {
    sourceStarted = System.nanoTime();
    fraction = Double.NaN;
    if (!quiet) {
      line("reading " + key);
    }
  }

  @Override
  public void sourceFailed(String spec, String reason) {
    line("FAILED source " + reason);
  }

  @Override
  public void item(ItemResult r) {
    items++;
    if (!Double.isNaN(r.progress())) {
      fraction = r.progress();
    }
    if (r.kind() == ItemResult.Kind.FAILED) {
      failed++;
      line("FAILED " + r.reason());
    }
    if (bar && !quiet && System.nanoTime() - lastDraw > 200_000_000L) {
      draw();
    }
  }

  @Override
  public void committed(BatchResult batch, IngestReport totals) {
    if (quiet) {
      return;
    }
    String msg =
        String.format(
            Locale.ROOT,
            "committed %s articles (%s new, %s updated, %s duplicates, %s reprints); %s items, %.1f/s",
            Terminal.count(totals.committed()),
            Terminal.count(totals.added()),
            Terminal.count(totals.updated()),
            Terminal.count(totals.duplicates()),
            Terminal.count(totals.reprints()),
            Terminal.count(items),
            rate());
    if (bar) {
      draw();
    } else {
      line(msg);
    }
  }

  /** Clears the bar before the summary. */
  void done() {
    if (bar && !quiet) {
      err.print("\r\u001b[2K");
      err.flush();
    }
  }

  double rate() {
    double s = (System.nanoTime() - started) / 1e9;
    return s <= 0 ? 0 : items / s;
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private void draw() {
    lastDraw = System.nanoTime();
    int width = 24;
    String bar;
    String eta;
    if (Double.isNaN(fraction)) {
      int at = (int) (items / 10 % width);
      bar = " ".repeat(at) + "<=>" + " ".repeat(width - at);
      eta = "ETA --:--";
    } else {
      int filled = (int) Math.round(fraction * width);
      bar = "#".repeat(filled) + ".".repeat(width - filled);
      double spent = (System.nanoTime() - sourceStarted) / 1e9;
      eta =
          fraction <= 0 ? "ETA --:--" : "ETA " + clock((long) (spent * (1 - fraction) / fraction));
    }
    err.printf(
        Locale.ROOT,
        "\r\u001b[2K[%s] %s items  %.1f/s  %s  %s failed  %s",
        bar,
        Terminal.count(items),
        rate(),
        eta,
        Terminal.count(failed),
        elapsed());
    err.flush();
  }

  private static String clock(long s) {
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private String elapsed() {
    return clock((long) seconds());
  }

  private void line(String s) {
    if (bar) {
      err.print("\r\u001b[2K");
    }
    err.println(s);
    err.flush();
  }
}
