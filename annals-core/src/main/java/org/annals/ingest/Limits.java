package org.annals.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.annals.model.Warning;

/**
 * Reading bytes within a cap, decompressing gzip (detected by its magic bytes) on the way; the cap
 * applies after decompression, so a gzip bomb stops at the cap.
 */
public final class Limits {
  /** The default cap on one input after decompression: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  /** Bytes read and what happened on the way. */
  public record Read(byte[] bytes, List<Warning> warnings) {
    public Read {
      warnings = List.copyOf(warnings);
    }
  }

  private Limits() {}

  /**
   * Reads {@code in} to its end or to {@code maxBytes}, gunzipping when it starts with the gzip
   * magic. A truncated gzip stream keeps what was read, with a {@code truncated-gzip} warning;
   * input beyond the cap is dropped, with an {@code input-truncated} warning.
   */
  public static Read read(InputStream raw, long maxBytes) throws IOException {
    List<Warning> warnings = new ArrayList<>();
    PushbackInputStream in = new PushbackInputStream(raw, 2);
    int b0 = in.read();
    int b1 = b0 < 0 ? -1 : in.read();
    if (b1 >= 0) {
      in.unread(b1);
    }
    if (b0 >= 0) {
      in.unread(b0);
    }
    boolean gzip = b0 == 0x1f && b1 == 0x8b;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream src = gzip ? new GZIPInputStream(in, 65536) : in) {
      copy(src, out, maxBytes, warnings);
    } catch (EOFException | ZipException e) {
      if (!gzip) {
        throw e;
      }
      warnings.add(
          Warning.atByte(
              "truncated-gzip",
              "the gzip stream is truncated or damaged ("
                  + e.getMessage()
                  + "); kept the "
                  + out.size()
                  + " bytes read before it",
              out.size()));
    }
    return new Read(out.toByteArray(), warnings);
  }

  private static void copy(
      InputStream src, ByteArrayOutputStream out, long max, List<Warning> warnings)
      throws IOException {
    byte[] buf = new byte[65536];
    long total = 0;
    int n;
    while ((n = src.read(buf)) >= 0) {
      if (total + n > max) {
        out.write(buf, 0, (int) (max - total));
        warnings.add(
            Warning.atByte(
                "input-truncated",
                "the input is larger than the cap of "
                    + max
                    + " bytes; only the first "
                    + max
                    + " were read (raise it with --max-bytes)",
                max));
        return;
      }
      out.write(buf, 0, n);
      total += n;
    }
  }
}
