package org.annals.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes {@link SyntheticNews} pages as a gzipped WARC of response records, with jwarc. */
public final class SyntheticWarc {
  private SyntheticWarc() {}

  /** Writes {@code pages} pages generated from {@code seed} to {@code file}; returns the bytes written. */
  public static long write(Path file, int pages, long seed) throws IOException {
    SyntheticNews news = new SyntheticNews(seed);
    Instant date = Instant.parse("2024-07-04T08:46:00Z");
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        SyntheticNews.Page p = news.next();
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), p.html().getBytes(StandardCharsets.UTF_8))
            .build();
        w.write(new WarcResponse.Builder(URI.create(p.url())).date(date.plusSeconds(i)).body(http).build());
      }
      return ch.position();
    }
  }
}
