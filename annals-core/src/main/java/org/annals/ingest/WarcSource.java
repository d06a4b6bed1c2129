package org.annals.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.annals.model.RawDocument;
import org.annals.model.Warning;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * A WARC or WARC.gz file, streamed with jwarc: {@code response} records whose HTTP payload is an
 * HTML page with status 200, and {@code resource} records of HTML, become documents; every other
 * record is skipped with its reason. Ordered: the position of a record is its byte offset in the
 * file, and a run resumes by seeking to the last committed offset (each record of a .warc.gz is its
 * own gzip member, so the seek lands on a record), reading that record's header and going on after
 * it. The payload is decoded (chunked transfer, gzip/deflate/brotli content encoding) and capped
 * like every other input.
 */
final class WarcSource implements Source {
  private final Path file;
  private final long maxBytes;
  private volatile long size = -1;

  WarcSource(Path file, long maxBytes) {
    this.file = file.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
  }

  @Override
  public String key() {
    return "warc:" + file;
  }

  @Override
  public boolean ordered() {
    return true;
  }

  /** The record's byte offset over the file's size. */
  @Override
  public double progress(String position) {
    try {
      if (size < 0) {
        size = Files.size(file);
      }
      return size == 0 ? Double.NaN : Math.min(1.0, Long.parseLong(position) / (double) size);
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
  }

  @Override
  public void read(Resume resume, Consumer<Fetched> sink) throws InputException {
    try (FileChannel channel = FileChannel.open(file);
        WarcReader reader = new WarcReader(channel)) {
      reader.setLenient(true);
      Long last = null;
      if (resume.afterPosition() != null) {
        last = seekPast(reader, resume.afterPosition());
      }
      records(reader, last, channel.size(), sink);
    } catch (NoSuchFileException e) {
      throw new InputException(file.toString(), "no such file; check the path", e);
    } catch (IOException e) {
      throw new InputException(
          file.toString(), "cannot read the WARC file (" + e.getMessage() + ")", e);
    }
  }

  private void records(WarcReader reader, Long start, long fileSize, Consumer<Fetched> sink)
      throws InputException {
    Long last = start;
    long scanFrom = start == null ? 0 : start + 1;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        if (last == null) {
          throw new InputException(
              file.toString(),
              "not a WARC file: the first record cannot be read ("
                  + e.getMessage()
                  + "); check that it is a WARC or WARC.gz file",
              e);
        }
        Found found = resync(reader, Math.max(scanFrom, last + 1));
        sink.accept(new Fetched.Failed(file + "#after-" + last, null, damaged(last, found, e)));
        if (found == null) {
          return;
        }
        scanFrom = found.offset() + 1;
        next = Optional.of(found.record());
      }
      if (next.isEmpty() || reader.position() >= fileSize) {
        return; // a lenient read can make a "record" of nothing at the end: no position to keep
      }
      last = reader.position();
      sink.accept(event(next.get(), last));
    }
  }

  /** A readable record found past damage, and where it starts. */
  private record Found(WarcRecord record, long offset) {}

  /**
   * The first readable record at or after {@code from}: candidates are the starts of gzip members
   * (for a .warc.gz, where every record is one) or lines starting "WARC/1." (for a plain WARC).
   * Gives up after {@value #MAX_RESYNC_TRIES} candidates; {@code null} when none reads.
   */
  private Found resync(WarcReader reader, long from) {
    boolean gzip = reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
    byte[] magic =
        gzip ? new byte[] {0x1f, (byte) 0x8b, 0x08} : "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    try (FileChannel scan = FileChannel.open(file)) {
      // one buffer for every candidate, no larger than the file: a damaged file can have thousands
      ByteBuffer buf = ByteBuffer.allocate((int) Math.max(64, Math.min(1 << 16, scan.size())));
      long at = from;
      for (int tries = 0; tries < MAX_RESYNC_TRIES; tries++) {
        long c = find(scan, buf, magic, at, !gzip);
        if (c < 0) {
          return null;
        }
        try {
          reader.position(c);
          Optional<WarcRecord> r = reader.next();
          if (r.isPresent() && reader.position() == c) {
            return new Found(r.get(), c);
          }
        } catch (IOException | RuntimeException e) {
          // not a record after all: try the next candidate
        }
        at = c + 1;
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }

  private static final int MAX_RESYNC_TRIES = 10_000;

  /**
   * The offset of the next {@code magic} at or after {@code from} (at a line start when {@code
   * lineStart}), or -1, read through {@code buf}.
   */
  private static long find(
      FileChannel ch, ByteBuffer buf, byte[] magic, long from, boolean lineStart)
      throws IOException {
    long base = Math.max(0, from - 1);
    while (true) {
      buf.clear();
      int n = ch.read(buf, base);
      if (n < magic.length + 1) {
        return -1;
      }
      byte[] b = buf.array();
      for (int i = 0; i + magic.length <= n; i++) {
        long pos = base + i;
        if (pos >= from
            && matches(b, i, magic)
            && (!lineStart || pos == 0 || i > 0 && b[i - 1] == '\n')) {
          return pos;
        }
      }
      base += n - magic.length;
    }
  }

  private static boolean matches(byte[] b, int i, byte[] magic) {
    for (int k = 0; k < magic.length; k++) {
      if (b[i + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }

  /** Seeks to the committed record and reads past it; throws when the offset is not a record. */
  private long seekPast(WarcReader reader, String position) throws InputException {
    long offset;
    try {
      offset = Long.parseLong(position);
      reader.position(offset);
      Optional<WarcRecord> r = reader.next();
      if (r.isEmpty() || reader.position() != offset) {
        throw new IOException("no record starts there");
      }
      return offset;
    } catch (NumberFormatException | IOException | UnsupportedOperationException e) {
      throw new InputException(
          file.toString(),
          "cannot resume at byte "
              + position
              + " ("
              + e.getMessage()
              + "); the file changed since the last run: ingest it under another name, or into a fresh store",
          e);
    }
  }

  /** The event for the record at {@code offset}; never throws. */
  Fetched event(WarcRecord record, long offset) {
    String at = Long.toString(offset);
    try {
      if (record instanceof WarcResponse response) {
        return response(response, at);
      }
      if (record instanceof WarcResource resource) {
        return resource(resource, at);
      }
      return new Fetched.Skipped(at, at, "WARC " + type(record) + " record, not a captured page");
    } catch (IOException | RuntimeException e) {
      return new Fetched.Failed(
          at,
          at,
          file
              + "#"
              + at
              + ": cannot read the "
              + type(record)
              + " record ("
              + e.getMessage()
              + "); it is skipped, the rest of the file is read");
    }
  }

  /** The record's WARC-Type, or "untyped" when the header is missing (jwarc's type() throws). */
  private static String type(WarcRecord record) {
    return record.headers().first("WARC-Type").orElse("untyped");
  }

  private Fetched response(WarcResponse r, String at) throws IOException {
    HttpResponse http = r.http();
    String type = http.headers().first("Content-Type").orElse(null);
    if (http.status() != 200) {
      return new Fetched.Skipped(at, at, "HTTP " + http.status() + " response, not a page");
    }
    if (!isHtml(type)) {
      return new Fetched.Skipped(
          at, at, "not HTML (" + (type == null ? "no Content-Type" : type) + ")");
    }
    return document(r, http.bodyDecoded(), r.target(), type, at);
  }

  private Fetched resource(WarcResource r, String at) throws IOException {
    String type = r.headers().first("Content-Type").orElse(null);
    if (!isHtml(type)) {
      return new Fetched.Skipped(
          at, at, "not HTML (" + (type == null ? "no Content-Type" : type) + ")");
    }
    return document(r, r.body(), r.target(), type, at);
  }

  private Fetched document(WarcRecord r, MessageBody body, String target, String type, String at)
      throws IOException {
    List<Warning> warnings = new ArrayList<>();
    byte[] bytes;
    try (InputStream in = Channels.newInputStream(body)) {
      Limits.Read read = Limits.read(in, maxBytes);
      bytes = read.bytes();
      warnings.addAll(read.warnings());
    }
    if (r.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      warnings.add(
          Warning.of(
              "warc-record-truncated",
              "the crawler truncated this record ("
                  + r.truncated().name().toLowerCase(Locale.ROOT)
                  + "); the page may be incomplete"));
    }
    RawDocument raw = new RawDocument(file + "#" + at, target, bytes, type, warnings);
    return new Fetched.Document(raw, at, at, FeedHints.NONE);
  }

  private String damaged(long last, Found found, Exception e) {
    String why =
        e instanceof EOFException
            ? "the file ends inside a record (an incomplete download?)"
            : e.getMessage();
    String then =
        found == null
            ? "no readable record follows, so the rest of the file is left out"
            : "reading goes on at the next readable record, at byte " + found.offset();
    return file
        + ": cannot read the record after the one at byte "
        + last
        + " ("
        + why
        + "); "
        + then;
  }

  /** HTML or XHTML, by the Content-Type's media type. */
  static boolean isHtml(String contentType) {
    if (contentType == null) {
      return false;
    }
    String t = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].strip();
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }
}
