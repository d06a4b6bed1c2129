package org.annals.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.annals.model.Article;
import org.annals.model.ArticleIds;
import org.annals.model.Timestamp;

/**
 * A seeded generator of synthetic news for benchmarks: invented words (syllables, Zipf-distributed
 * like real vocabulary), two dozen invented publishers, eight sections, two years of dates, bodies
 * of 5 to 9 paragraphs, and one article in ten a lightly edited reprint of an earlier one by
 * another publisher. No real text. The same seed gives the same articles in every run and JVM
 * ({@link Random} is specified to the bit).
 */
final class SyntheticNews {
  static final List<String> SECTIONS =
      List.of("World", "Politics", "Business", "Sport", "Science", "Culture", "Health", "Regional");
  private static final List<String> PAPER =
      List.of("Herald", "Times", "Courier", "Gazette", "Post", "Tribune", "Observer", "Chronicle");
  private static final String[] ONSETS = {
    "b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "st", "tr", "ch",
    "sh", "gl"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ea"};
  private static final String[] CODAS = {"", "", "", "n", "r", "s", "l", "m", "nd", "st"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int VOCABULARY = 6000;
  private static final double REPRINT_SHARE = 0.1;

  private final long seed;
  private final List<String> words;
  private final double[] cumulative;
  private final List<String> publishers;

  SyntheticNews(long seed) {
    this.seed = seed;
    Random r = new Random(seed);
    this.words = vocabulary(r);
    this.cumulative = zipf(words.size());
    this.publishers = publishers(r);
  }

  /** The first {@code count} articles. */
  Iterator<Article> articles(int count) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Article next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return article(next++);
      }
    };
  }

  /** Article number {@code i}. */
  Article article(int i) {
    Random r = new Random(seed * 1_000_003L + i);
    int publisher = r.nextInt(publishers.size());
    List<String> paragraphs;
    if (i > 10 && r.nextDouble() < REPRINT_SHARE) {
      int original = r.nextInt(i);
      paragraphs = edited(body(original), r);
      publisher =
          (publisherOf(original) + 1 + r.nextInt(publishers.size() - 1)) % publishers.size();
    } else {
      paragraphs = body(i);
    }
    String section = SECTIONS.get(r.nextInt(SECTIONS.size()));
    LocalDateTime at =
        FIRST_DAY.plusDays(r.nextInt(730)).atTime(LocalTime.of(r.nextInt(24), r.nextInt(60)));
    ZoneOffset offset = ZoneOffset.ofHours(r.nextInt(4) - 1);
    String name = publishers.get(publisher);
    String url =
        "https://"
            + name.toLowerCase(Locale.ROOT).replace(' ', '-')
            + ".example/"
            + section.toLowerCase(Locale.ROOT)
            + "/"
            + at.toLocalDate().toString().replace('-', '/')
            + "/story-"
            + i;
    return new Article(
        ArticleIds.fromUrl(url),
        url,
        url,
        capitalised(sentence(r, 6 + r.nextInt(5))),
        section,
        name,
        List.of(capitalised(word(r)) + " " + capitalised(word(r))),
        Timestamp.of(at.atOffset(offset)),
        null,
        "en",
        paragraphs,
        List.of(),
        List.of());
  }

  /** A word drawn by its Zipf frequency (rank 1 most often). */
  String word(Random r) {
    double x = r.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words.get(lo);
  }

  /** The word of frequency rank {@code rank} (0 = most frequent). */
  String wordOfRank(int rank) {
    return words.get(rank);
  }

  List<String> publishers() {
    return publishers;
  }

  private int publisherOf(int i) {
    return new Random(seed * 1_000_003L + i).nextInt(publishers.size());
  }

  private List<String> body(int i) {
    Random r = new Random(MinHash.mix(seed ^ (0x5eedL + i)));
    int n = 5 + r.nextInt(5);
    List<String> paragraphs = new ArrayList<>(n);
    for (int p = 0; p < n; p++) {
      StringBuilder para = new StringBuilder();
      int sentences = 2 + r.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        para.append(s == 0 ? "" : " ")
            .append(capitalised(sentence(r, 8 + r.nextInt(15))))
            .append('.');
      }
      paragraphs.add(para.toString());
    }
    return paragraphs;
  }

  /** A reprint's body: the original with a few words replaced and a dateline added. */
  private List<String> edited(List<String> original, Random r) {
    List<String> out = new ArrayList<>(original);
    for (int k = 0; k < 3; k++) {
      int p = r.nextInt(out.size());
      String[] tokens = out.get(p).split(" ");
      tokens[r.nextInt(tokens.length)] = word(r);
      out.set(p, String.join(" ", tokens));
    }
    out.set(0, capitalised(word(r)) + " (Wire) — " + out.get(0));
    return out;
  }

  private String sentence(Random r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(word(r));
    }
    return s.toString();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static List<String> vocabulary(Random r) {
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < VOCABULARY) {
      int syllables = 1 + r.nextInt(3);
      StringBuilder w = new StringBuilder();
      for (int s = 0; s < syllables; s++) {
        w.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)]);
      }
      w.append(CODAS[r.nextInt(CODAS.length)]);
      words.add(w.toString());
    }
    return List.copyOf(words);
  }

  private static double[] zipf(int n) {
    double[] c = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1.0 / (k + 1);
      c[k] = sum;
    }
    return c;
  }

  private List<String> publishers(Random r) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      names.add(capitalised(words.get(200 + r.nextInt(2000))) + " " + PAPER.get(i % PAPER.size()));
    }
    return List.copyOf(names);
  }
}
