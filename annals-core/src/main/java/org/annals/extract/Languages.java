package org.annals.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Language tags: normalising what markup declares ({@code en_US}, {@code EN-gb}) to BCP-47, and
 * detecting the language of text that declares none with the Optimaize n-gram detector (its
 * built-in profiles, loaded once per JVM on first use).
 */
final class Languages {
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*");
  private static final int SAMPLE = 4000;

  private Languages() {}

  /** A declared language normalised to BCP-47 ({@code en_us} → {@code en-US}), or empty. */
  static Optional<String> normalise(String declared) {
    if (declared == null) {
      return Optional.empty();
    }
    String s = declared.strip();
    int comma = s.indexOf(',');
    if (comma > 0) {
      s = s.substring(0, comma).strip();
    }
    if (!TAG.matcher(s).matches()) {
      return Optional.empty();
    }
    Locale l = Locale.forLanguageTag(s.replace('_', '-'));
    String tag = l.toLanguageTag();
    if (tag.equals("und") || l.getLanguage().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(tag);
  }

  /**
   * The language of {@code text} when the detector is confident, else empty. Plain English prose is
   * recognised first by its function words, without loading the detector's profiles (about 3 s of
   * start-up for a command that reads one article).
   */
  static Optional<String> detect(String text) {
    if (text == null || text.length() < 20) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    if (plainEnglish(sample)) {
      return Optional.of("en");
    }
    List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(sample);
    if (found.isEmpty() || found.get(0).getProbability() < 0.80) {
      return Optional.empty();
    }
    return normalise(found.get(0).getLocale().getLanguage());
  }

  /**
   * Words frequent in English prose and rare as words of other languages written in Latin script
   * ("in", "a", "on", "die" are left out: they are words of other languages too).
   */
  private static final java.util.Set<String> ENGLISH =
      java.util.Set.of(
          "the", "of", "and", "to", "that", "was", "with", "for", "is", "said", "from", "by", "has",
          "have", "were", "which", "his", "their", "would", "been", "this", "after", "will", "are",
          "its", "it", "who", "they", "not", "but", "had", "at", "be");

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /**
   * True when at least 30 words were read and 15 % of them are English function words: English
   * pages of the readability test set run at 12–33 % (news at 20–30 %), pages in other languages at
   * 0–5 %, even when they quote English names.
   */
  static boolean plainEnglish(String sample) {
    java.util.regex.Matcher m = WORD.matcher(sample);
    int words = 0;
    int english = 0;
    while (m.find()) {
      words++;
      if (ENGLISH.contains(m.group().toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    return words >= 30 && english * 100 >= words * 15;
  }

  /** Loads the profiles on first use only: lazy holder idiom, thread-safe by class init. */
  private static final class Holder {
    static final LanguageDetector DETECTOR = load();

    private static LanguageDetector load() {
      try {
        return LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot load the language profiles of com.optimaize.languagedetector; "
                + "the jar on the class path is damaged: rebuild with bin/annals --rebuild",
            e);
      }
    }
  }
}
