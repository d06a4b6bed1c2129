package org.annals.store;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of article bodies and their LSH band keys, for finding reprints: the same wire
 * story published by several sites with small edits.
 *
 * <p>A body is cut into words (letters and digits, lower-cased), the words into overlapping {@value
 * #SHINGLE}-word shingles, and each shingle hashed to 64 bits. The signature keeps, for each of
 * {@value #HASHES} seeded hash functions, the smallest hash over the shingles (its upper 32 bits).
 * Two signatures agree at a position with probability equal to the Jaccard similarity of the two
 * shingle sets, so the fraction of agreeing positions estimates it.
 *
 * <p>LSH: the signature is cut into {@value #BANDS} bands of {@value #ROWS} rows; two bodies that
 * share any band key become candidates (for Jaccard 0.8 that happens with probability above 0.9999;
 * for 0.3 below 0.23), and a candidate is confirmed when the estimate reaches {@value #THRESHOLD}.
 * The seeds are fixed, so signatures are the same in every run and every JVM.
 */
final class MinHash {
  static final int SHINGLE = 5;
  static final int HASHES = 128;
  static final int BANDS = 32;
  static final int ROWS = HASHES / BANDS;

  /** The Jaccard estimate at and above which two bodies are the same story. */
  static final double THRESHOLD = 0.8;

  /** Bodies with fewer words than this are too short to call reprints. */
  static final int MIN_WORDS = 25;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long SEED = 0x616e6e616c73L; // "annals"
  private static final long[] SEEDS = seeds();
  private static final String[] BAND_PREFIX = bandPrefixes();

  private MinHash() {}

  /**
   * The signature of {@code text}, or {@code null} when it has fewer than {@link #MIN_WORDS} words.
   */
  static int[] signature(String text) {
    long[] words = wordHashes(text);
    if (words.length < MIN_WORDS) {
      return null;
    }
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.length; i++) {
      long shingle = 0x517cc1b727220a95L;
      for (int w = i; w < i + SHINGLE; w++) {
        shingle = mix(shingle ^ words[w]);
      }
      for (int h = 0; h < HASHES; h++) {
        long v = mix(shingle ^ SEEDS[h]);
        if (v < min[h]) {
          min[h] = v;
        }
      }
    }
    int[] sig = new int[HASHES];
    for (int h = 0; h < HASHES; h++) {
      sig[h] = (int) (min[h] >>> 32);
    }
    return sig;
  }

  /** The band keys of a signature: one string per band, such as {@code 07:3fa2…}. */
  static List<String> bands(int[] signature) {
    List<String> keys = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      long h = b;
      for (int r = 0; r < ROWS; r++) {
        h = mix(h * 0x9E3779B97F4A7C15L + signature[b * ROWS + r]);
      }
      keys.add(BAND_PREFIX[b] + HexFormat.of().toHexDigits(h));
    }
    return keys;
  }

  /** The estimated Jaccard similarity of the bodies behind two signatures, 0 to 1. */
  static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / HASHES;
  }

  /** A signature as bytes (big-endian ints), for storage. */
  static byte[] toBytes(int[] signature) {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(HASHES * Integer.BYTES);
    for (int v : signature) {
      buf.putInt(v);
    }
    return buf.array();
  }

  /** A signature back from {@link #toBytes}. */
  static int[] fromBytes(byte[] bytes, int offset, int length) {
    if (length != HASHES * Integer.BYTES) {
      throw new IllegalArgumentException(
          "a MinHash signature is " + HASHES * Integer.BYTES + " bytes, got " + length);
    }
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes, offset, length);
    int[] sig = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      sig[i] = buf.getInt();
    }
    return sig;
  }

  /**
   * The words of {@code text} (runs of letters and digits, lower-cased), each as a 64-bit FNV-1a
   * hash of its code points: defined here, so the same in every JVM.
   */
  static long[] wordHashes(String text) {
    long[] out = new long[Math.max(16, text.length() / 5)];
    int n = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        h = (h ^ Character.toLowerCase(cp)) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        out = grow(out, n);
        out[n++] = h;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
    if (inWord) {
      out = grow(out, n);
      out[n++] = h;
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static long[] grow(long[] a, int n) {
    return n < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
  }

  /** The SplitMix64 finaliser: a bijective 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static String[] bandPrefixes() {
    String[] prefixes = new String[BANDS];
    for (int b = 0; b < BANDS; b++) {
      prefixes[b] = String.format(Locale.ROOT, "%02d:", b);
    }
    return prefixes;
  }

  private static long[] seeds() {
    // SplitMix64 written out (not java.util.SplittableRandom, whose sequence is not specified)
    long[] seeds = new long[HASHES];
    long state = SEED;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}
