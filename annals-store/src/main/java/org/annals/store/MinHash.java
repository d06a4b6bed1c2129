package org.annals.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of article bodies and their LSH band keys, for finding reprints: the same
 * wire story published by several sites with small edits.
 *
 * <p>A body is cut into words (letters and digits, lower-cased), the words into overlapping
 * {@value #SHINGLE}-word shingles, and each shingle hashed to 64 bits. The signature keeps, for
 * each of {@value #HASHES} seeded hash functions, the smallest hash over the shingles (its upper
 * 32 bits). Two signatures agree at a position with probability equal to the Jaccard similarity
 * of the two shingle sets, so the fraction of agreeing positions estimates it.
 *
 * <p>LSH: the signature is cut into {@value #BANDS} bands of {@value #ROWS} rows; two bodies that
 * share any band key become candidates (for Jaccard 0.8 that happens with probability above
 * 0.9999; for 0.3 below 0.23), and a candidate is confirmed when the estimate reaches {@value
 * #THRESHOLD}. The seeds are fixed, so signatures are the same in every run and every JVM.
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

  private static final long SEED = 0x616e6e616c73L; // "annals"
  private static final long[] SEEDS = seeds();

  private MinHash() {}

  /** The signature of {@code text}, or {@code null} when it has fewer than {@link #MIN_WORDS} words. */
  static int[] signature(String text) {
    List<String> words = words(text);
    if (words.size() < MIN_WORDS) {
      return null;
    }
    long[] min = new long[HASHES];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long shingle = shingleHash(words, i);
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
      keys.add(String.format(Locale.ROOT, "%02d:%016x", b, h));
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

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(cp));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    });
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static long shingleHash(List<String> words, int start) {
    long h = 0x51_7c_c1_b7_27_22_0a_95L;
    for (int i = start; i < start + SHINGLE; i++) {
      h = mix(h ^ stringHash(words.get(i)));
    }
    return h;
  }

  /** A 64-bit FNV-1a hash of the UTF-16 units: defined here, so stable everywhere. */
  private static long stringHash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** The SplitMix64 finaliser: a bijective 64-bit mix. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
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
