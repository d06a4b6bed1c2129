package org.annals.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.Warcinfo;

/** Writes WARC files for tests with jwarc's own writer, remembering the offset of every record. */
final class WarcFixture implements AutoCloseable {
  static final Instant DATE = Instant.parse("2024-07-04T08:46:00Z");

  private final FileChannel channel;
  private final org.netpreserve.jwarc.WarcWriter writer;
  private final List<Long> offsets = new ArrayList<>();

  WarcFixture(Path file, WarcCompression compression) throws IOException {
    channel =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
    writer = new org.netpreserve.jwarc.WarcWriter(channel, compression);
  }

  /** The offsets of the records written so far, in order. */
  List<Long> offsets() {
    return List.copyOf(offsets);
  }

  long write(WarcRecord r) throws IOException {
    long at = writer.position();
    writer.write(r);
    offsets.add(at);
    return at;
  }

  long warcinfo() throws IOException {
    return write(
        new Warcinfo.Builder()
            .date(DATE)
            .filename("test.warc")
            .fields(Map.of("software", List.of("annals tests")))
            .build());
  }

  long request(String url) throws IOException {
    HttpRequest http =
        new HttpRequest.Builder("GET", URI.create(url).getRawPath())
            .addHeader("Host", URI.create(url).getHost())
            .build();
    return write(new WarcRequest.Builder(url).date(DATE).body(http).build());
  }

  long response(String url, int status, String contentType, String body) throws IOException {
    return response(url, status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  long response(String url, int status, String contentType, byte[] body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(contentType), body)
            .build();
    return write(new WarcResponse.Builder(url).date(DATE).body(http).build());
  }

  /** A response whose HTTP message is given raw (chunked transfer, content encodings). */
  long rawResponse(String url, byte[] httpMessage) throws IOException {
    return write(
        new WarcResponse.Builder(url)
            .date(DATE)
            .body(MediaType.HTTP_RESPONSE, httpMessage)
            .build());
  }

  long truncatedResponse(String url, String body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, body.getBytes(StandardCharsets.UTF_8))
            .build();
    return write(
        new WarcResponse.Builder(url)
            .date(DATE)
            .truncated(WarcTruncationReason.LENGTH)
            .body(http)
            .build());
  }

  long metadata(String url) throws IOException {
    return write(
        new WarcMetadata.Builder()
            .targetURI(url)
            .date(DATE)
            .fields(Map.of("fetchTimeMs", List.of("120")))
            .build());
  }

  long resource(String url, String contentType, String body) throws IOException {
    return write(
        new WarcResource.Builder(URI.create(url))
            .date(DATE)
            .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
            .build());
  }

  long revisit(String url) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html").build();
    return write(
        new WarcRevisit.Builder(URI.create(url), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
            .date(DATE)
            .body(http)
            .build());
  }

  @Override
  public void close() throws IOException {
    writer.close();
    channel.close();
  }
}
