package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.annals.model.Warning;
import org.junit.jupiter.api.Test;

class LimitsTest {
  private static final int MB = 1024 * 1024;

  @Test
  void read_plainBytesUnderTheCap_returnsThemWithoutWarnings() throws IOException {
    byte[] b = "<p>plain</p>".getBytes(StandardCharsets.UTF_8);
    Limits.Read r = Limits.read(new ByteArrayInputStream(b), 1000);
    assertThat(r.bytes()).isEqualTo(b);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void read_emptyStream_returnsNoBytes() throws IOException {
    Limits.Read r = Limits.read(new ByteArrayInputStream(new byte[0]), 1000);
    assertThat(r.bytes()).isEmpty();
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void read_exactlyTheCap_keepsAllWithoutWarning() throws IOException {
    byte[] b = text(200_000);
    Limits.Read r = Limits.read(new ByteArrayInputStream(b), b.length);
    assertThat(r.bytes()).isEqualTo(b);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void read_oneByteOverTheCap_keepsTheCapWithInputTruncatedWarning() throws IOException {
    byte[] b = text(200_001);
    Limits.Read r = Limits.read(new ByteArrayInputStream(b), 200_000);
    assertThat(r.bytes()).isEqualTo(Arrays.copyOf(b, 200_000));
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("input-truncated");
              assertThat(w.position()).isEqualTo("byte 200000");
              assertThat(w.message()).contains("cap of 200000 bytes").contains("--max-bytes");
            });
  }

  @Test
  void read_gzip_isDecompressed() throws IOException {
    byte[] b = text(300_000);
    Limits.Read r = Limits.read(new ByteArrayInputStream(gzip(b)), MB);
    assertThat(r.bytes()).isEqualTo(b);
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void read_gzipBomb_stopsAtTheCapWithoutInflatingTheRest() throws IOException {
    byte[] bomb = gzipZeros(512L * MB);
    Counting in = new Counting(new ByteArrayInputStream(bomb));
    Limits.Read r = Limits.read(in, MB);
    assertThat(r.bytes()).hasSize(MB);
    assertThat(r.warnings()).extracting(Warning::code).containsExactly("input-truncated");
    assertThat(in.count)
        .as("compressed bytes consumed of %d", bomb.length)
        .isLessThan(bomb.length / 4);
  }

  @Test
  void read_truncatedGzip_keepsTheBytesReadWithTruncatedGzipWarning() throws IOException {
    byte[] b = text(500_000);
    byte[] gz = gzip(b);
    Limits.Read r =
        Limits.read(new ByteArrayInputStream(Arrays.copyOf(gz, gz.length / 2)), 10 * MB);
    assertThat(r.bytes().length).isGreaterThan(0).isLessThan(b.length);
    assertThat(r.bytes()).isEqualTo(Arrays.copyOf(b, r.bytes().length));
    assertThat(r.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.code()).isEqualTo("truncated-gzip");
              assertThat(w.position()).isEqualTo("byte " + r.bytes().length);
              assertThat(w.message()).contains("kept the " + r.bytes().length + " bytes");
            });
  }

  @Test
  void read_gzipWithDamagedTrailer_keepsTheBytesWithTruncatedGzipWarning() throws IOException {
    byte[] b = text(10_000);
    byte[] gz = gzip(b);
    gz[gz.length - 6] ^= 0x55; // the CRC-32 in the trailer
    Limits.Read r = Limits.read(new ByteArrayInputStream(gz), MB);
    assertThat(r.bytes()).isEqualTo(b);
    assertThat(r.warnings()).extracting(Warning::code).containsExactly("truncated-gzip");
  }

  @Test
  void read_gzipMagicOnly_givesNoBytesWithTruncatedGzipWarning() throws IOException {
    Limits.Read r = Limits.read(new ByteArrayInputStream(new byte[] {0x1f, (byte) 0x8b}), MB);
    assertThat(r.bytes()).isEmpty();
    assertThat(r.warnings()).extracting(Warning::code).containsExactly("truncated-gzip");
  }

  @Test
  void read_singleByte_isKept() throws IOException {
    Limits.Read r = Limits.read(new ByteArrayInputStream(new byte[] {0x1f}), MB);
    assertThat(r.bytes()).containsExactly(0x1f);
  }

  @Test
  void read_failingPlainStream_throwsTheIoException() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    assertThatThrownBy(() -> Limits.read(failing, MB))
        .isInstanceOf(IOException.class)
        .hasMessage("disk on fire");
  }

  private static byte[] text(int n) {
    Random rnd = new Random(n);
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) ('a' + rnd.nextInt(26));
    }
    return b;
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    }
    return out.toByteArray();
  }

  private static byte[] gzipZeros(long n) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] zeros = new byte[MB];
    try (GZIPOutputStream z = new GZIPOutputStream(out, MB)) {
      for (long w = 0; w < n; w += zeros.length) {
        z.write(zeros);
      }
    }
    return out.toByteArray();
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count += c < 0 ? 0 : 1;
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }
}
