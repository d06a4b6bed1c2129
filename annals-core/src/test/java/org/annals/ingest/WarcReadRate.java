package org.annals.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.WarcCompression;

/**
 * How fast a WARC source reads: a generated crawl (per page a request, a response with about 6 KB
 * of HTML and a metadata record, like CC-NEWS) read through {@link Sources}, and a resume after the
 * last page (a seek). Run: {@code mvn -q -o test-compile -pl annals-core} then {@code java -cp
 * annals-core/target/test-classes:annals-core/target/classes:<dependencies>
 * org.annals.ingest.WarcReadRate 20000}.
 */
final class WarcReadRate {
  private static final String[] WORDS =
      "the council harbour minister said on monday that budget vote rail strike talks city"
          .split(" ");

  private WarcReadRate() {}

  /** Writes {@code pages} generated pages to {@code file}. */
  static void generate(Path file, WarcCompression c, int pages) throws IOException {
    Random rnd = new Random(42);
    try (WarcFixture w = new WarcFixture(file, c)) {
      for (int i = 0; i < pages; i++) {
        String url = "https://news.example/story/" + i;
        StringBuilder b =
            new StringBuilder(
                "<!DOCTYPE html><html><head><title>Story "
                    + i
                    + "</title></head><body><article><h1>Story "
                    + i
                    + "</h1>");
        for (int p = 0; p < 12; p++) {
          b.append("<p>");
          for (int k = 0; k < 80; k++) {
            b.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
          }
          b.append("</p>");
        }
        w.request(url);
        w.response(
            url, 200, "text/html; charset=utf-8", b.append("</article></body></html>").toString());
        w.metadata(url);
      }
    }
  }

  /** Pages per second over one read of {@code file}, and the last page's position. */
  static double rate(Path file, List<String> lastPosition) throws InputException {
    long[] docs = {0};
    long t0 = System.nanoTime();
    Sources.open(file.toString(), SourceOptions.defaults())
        .read(
            Resume.START,
            e -> {
              if (e instanceof Fetched.Document) {
                docs[0]++;
                lastPosition.add(0, e.position());
              }
            });
    return docs[0] / ((System.nanoTime() - t0) / 1e9);
  }

  public static void main(String[] args) throws Exception {
    int pages = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    for (WarcCompression c : WarcCompression.values()) {
      Path file =
          Files.createTempFile("annals-rate", c == WarcCompression.GZIP ? ".warc.gz" : ".warc");
      try {
        generate(file, c, pages);
        List<String> last = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
          System.out.printf(
              Locale.ROOT,
              "%s %.1f MB, run %d: %.0f pages/s%n",
              c,
              Files.size(file) / 1e6,
              run,
              rate(file, last));
        }
        long t0 = System.nanoTime();
        int[] n = {0};
        Sources.open(file.toString(), SourceOptions.defaults())
            .read(new Resume(last.get(0), id -> false), e -> n[0]++);
        System.out.printf(
            Locale.ROOT,
            "%s resume after byte %s: %d events in %.1f ms%n",
            c,
            last.get(0),
            n[0],
            (System.nanoTime() - t0) / 1e6);
      } finally {
        Files.delete(file);
      }
    }
  }
}
