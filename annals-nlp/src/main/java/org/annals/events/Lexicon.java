package org.annals.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The action lexicon ({@code lexicon.tsv}): verb patterns to CAMEO codes. Immutable. */
final class Lexicon {
  static final Set<String> PREPOSITIONS =
      Set.of(
          "with", "to", "on", "upon", "for", "against", "of", "into", "from", "about", "over", "by",
          "toward", "towards", "at", "in", "between");

  private static final Lexicon STANDARD = load("lexicon.tsv");

  private final Map<String, List<LexEntry>> byVerb;

  private Lexicon(Map<String, List<LexEntry>> byVerb) {
    this.byVerb = Map.copyOf(byVerb);
  }

  static Lexicon standard() {
    return STANDARD;
  }

  /** True when some entry starts with {@code lemma}. */
  boolean hasVerb(String lemma) {
    return byVerb.containsKey(lemma);
  }

  /**
   * True when some entry of {@code lemma} may match in a sentence whose words (lemmas and forms)
   * are {@code words}, with {@code before} actors named before the verb and {@code after} after it:
   * its frame words all occur, an actor precedes the verb (its subject) and, for an entry that
   * needs a target, another actor or a "this"/"it" follows. Occurrences need no actor. A cheap test
   * that spares the parser the sentences that cannot give an event.
   */
  boolean possible(String lemma, Set<String> words, int before, int after) {
    boolean pointer = words.contains("this") || words.contains("it");
    for (LexEntry e : byVerb.getOrDefault(lemma, List.of())) {
      boolean actorsOk =
          e.occurrence() != null
              || (before >= 1 && (!e.has("target") || after >= 1 || before >= 2 || pointer));
      if (actorsOk && words.containsAll(e.frame())) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code lemma} has an occurrence entry. */
  boolean hasOccurrence(String lemma) {
    return byVerb.getOrDefault(lemma, List.of()).stream().anyMatch(e -> e.occurrence() != null);
  }

  int size() {
    return byVerb.values().stream().mapToInt(List::size).sum();
  }

  /**
   * The most specific entry of {@code lemma} whose words all stand in {@code frame}; among equals,
   * one that needs a target when {@code hasTarget}, else one that does not.
   */
  LexEntry match(String lemma, Set<String> frame, boolean hasTarget) {
    return match(lemma, frame, e -> hasTarget);
  }

  /**
   * The most specific entry of {@code lemma} whose words all stand in {@code frame} and, when it
   * needs a target, for which {@code hasTarget} finds one; among equals, one that needs a target.
   */
  LexEntry match(String lemma, Set<String> frame, Predicate<LexEntry> hasTarget) {
    LexEntry best = null;
    for (LexEntry e : byVerb.getOrDefault(lemma, List.of())) {
      if (!frame.containsAll(e.frame()) || (e.has("target") && !hasTarget.test(e))) {
        continue;
      }
      if (best == null
          || e.frame().size() > best.frame().size()
          || (e.frame().size() == best.frame().size() && e.has("target"))) {
        best = e;
      }
    }
    return best;
  }

  static Lexicon load(String resource) {
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "resource org/annals/events/" + resource + " is missing from the jar; rebuild Annals");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  static Lexicon parse(BufferedReader r) throws IOException {
    Map<String, List<LexEntry>> byVerb = new HashMap<>();
    int n = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      LexEntry e = entry(line, n);
      byVerb.computeIfAbsent(e.verb(), k -> new ArrayList<>()).add(e);
    }
    byVerb.replaceAll((k, v) -> List.copyOf(v));
    return new Lexicon(byVerb);
  }

  private static LexEntry entry(String line, int n) {
    String[] f = line.split("\t", -1);
    if (f.length != 3) {
      throw new IllegalArgumentException(
          "lexicon line " + n + ": expected PATTERN, CODE and FLAGS separated by tabs: " + line);
    }
    List<String> words = Arrays.asList(f[0].strip().toLowerCase(Locale.ROOT).split("\\s+"));
    Set<String> flags = new HashSet<>();
    String occurrence = null;
    for (String flag : f[2].split(",")) {
      String fl = flag.strip();
      if (fl.startsWith("occur=")) {
        occurrence = fl.substring("occur=".length());
      } else if (!fl.isEmpty()) {
        flags.add(fl);
      }
    }
    return new LexEntry(
        words.get(0), words.subList(1, words.size()), f[1].strip(), flags, occurrence, n);
  }
}
