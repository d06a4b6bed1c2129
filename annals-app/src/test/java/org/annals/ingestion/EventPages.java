package org.annals.ingestion;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A gzipped WARC of short news pages that the event coder codes: seeded sentences in which one
 * country's government meets, accuses, criticises, threatens or signs an agreement with another, on
 * a day and in a capital. Written for the crash tests; the same seed gives the same file.
 */
final class EventPages {
  private static final String[][] COUNTRIES = {
    {"Portugal", "Portuguese", "Lisbon"},
    {"Morocco", "Moroccan", "Rabat"},
    {"Ghana", "Ghanaian", "Accra"},
    {"Togo", "Togolese", "Lome"},
    {"Vietnam", "Vietnamese", "Hanoi"},
    {"the Philippines", "Philippine", "Manila"},
    {"Peru", "Peruvian", "Lima"},
    {"Chile", "Chilean", "Santiago"},
    {"Kenya", "Kenyan", "Nairobi"},
    {"Norway", "Norwegian", "Oslo"},
  };
  private static final String[] SENTENCES = {
    "The %2$s foreign minister met her counterpart from %4$s in %5$s on %6$s.",
    "%1$s accused %4$s of violating the fishing agreement on %6$s.",
    "The government of %1$s criticised %4$s for its new tariffs on %6$s.",
    "%1$s and %4$s signed a trade agreement in %5$s on %6$s.",
    "%1$s threatened to impose sanctions on %4$s on %6$s.",
    "The %2$s president visited %4$s on %6$s and praised its reforms.",
  };

  private EventPages() {}

  /** Writes {@code pages} pages of {@code seed} to {@code file}. */
  static void write(Path file, int pages, long seed) throws IOException {
    Random r = new Random(seed);
    LocalDate first = LocalDate.of(2025, 3, 3);
    try (FileChannel ch =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        LocalDate day = first.plusDays(i);
        String page = page(r, i, day);
        HttpResponse http =
            new HttpResponse.Builder(200, "OK")
                .body(
                    MediaType.parse("text/html; charset=utf-8"),
                    page.getBytes(StandardCharsets.UTF_8))
                .build();
        w.write(
            new WarcResponse.Builder(URI.create("https://news.example.org/world/" + i))
                .date(Instant.parse(day + "T12:00:00Z"))
                .body(http)
                .build());
      }
    }
  }

  /** "Monday" and so on. */
  private static String weekday(LocalDate day) {
    String n = day.getDayOfWeek().name();
    return n.charAt(0) + n.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static String page(Random r, int i, LocalDate day) {
    StringBuilder body = new StringBuilder();
    String headline = null;
    for (int k = 0; k < 3; k++) {
      String[] a = COUNTRIES[r.nextInt(COUNTRIES.length)];
      String[] b = COUNTRIES[r.nextInt(COUNTRIES.length)];
      if (a == b) {
        b = COUNTRIES[(java.util.Arrays.asList(COUNTRIES).indexOf(a) + 1) % COUNTRIES.length];
      }
      String s =
          String.format(
              java.util.Locale.ROOT,
              SENTENCES[r.nextInt(SENTENCES.length)],
              a[0],
              a[1],
              a[2],
              b[0],
              a[2],
              weekday(day));
      s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
      headline = headline == null ? s.replaceAll("[.]$", "") : headline;
      body.append("<p>").append(s).append(" Officials gave no further details.</p>\n");
    }
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + headline
        + "</title><meta property=\"article:published_time\" content=\""
        + day
        + "T12:00:00Z\"></head><body><article><h1>"
        + headline
        + " (report "
        + i
        + ")</h1>\n"
        + body
        + "</article></body></html>";
  }
}
