package org.annals.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The gazetteer over an immutable index of name keys; built by {@link GazetteerLoader}. */
final class StandardGazetteer implements Gazetteer {
  private static final Match[] NONE = new Match[0];
  private static final String[] NO_COUNTRY = new String[0];

  /** Loads the shipped gazetteer on first use, once per JVM. */
  static final class Holder {
    static final StandardGazetteer INSTANCE = GazetteerLoader.load();

    private Holder() {}
  }

  private final Map<String, Match[]> index;
  private final Map<String, String[]> countryRefs;
  private final Map<String, Place> countries;
  private final int[] counts = new int[PlaceKind.values().length];
  private final int skippedLines;

  StandardGazetteer(
      Map<String, Match[]> index,
      Map<String, String[]> countryRefs,
      Map<String, Place> countries,
      Map<PlaceKind, Integer> counts,
      int skippedLines) {
    this.index = index;
    this.countryRefs = countryRefs;
    this.countries = countries;
    counts.forEach((kind, n) -> this.counts[kind.ordinal()] = n);
    this.skippedLines = skippedLines;
  }

  @Override
  public List<GeoEntry> lookup(String name) {
    Match[] matches = matches(name);
    List<GeoEntry> out = new ArrayList<>(matches.length);
    for (Match m : matches) {
      out.add(m.place().entry());
    }
    return List.copyOf(out);
  }

  @Override
  public Optional<GeoEntry> country(String iso3) {
    Place p = iso3 == null ? null : countries.get(iso3);
    return p == null ? Optional.empty() : Optional.of(p.entry());
  }

  @Override
  public Optional<String> countryCode(String nameOrDemonym) {
    String[] codes = countries(Names.key(nameOrDemonym));
    if (codes.length == 1) {
      return Optional.of(codes[0]);
    }
    if (codes.length > 1 && weight(codes[0]) >= 10 * weight(codes[1])) {
      return Optional.of(codes[0]);
    }
    return Optional.empty();
  }

  @Override
  public int count(PlaceKind kind) {
    return kind == null ? 0 : counts[kind.ordinal()];
  }

  /** The places called {@code name}, ranked by prior; see {@link #lookup}. */
  Match[] matches(String name) {
    return matchesOfKey(Names.key(name));
  }

  Match[] matchesOfKey(String key) {
    if (key.isEmpty()) {
      return NONE;
    }
    Match[] exact = index.get(key);
    if (exact != null) {
      return exact;
    }
    if (key.startsWith("the ")) {
      return matchesOfKey(key.substring(4));
    }
    return byKindWord(key);
  }

  /** "washington state" → the division Washington; "tehran province" → the province. */
  private Match[] byKindWord(String key) {
    int space = key.lastIndexOf(' ');
    PlaceKind kind = space < 0 ? null : KindWords.SUFFIXES.get(key.substring(space + 1));
    Match[] all = kind == null ? null : index.get(key.substring(0, space));
    if (all == null) {
      return NONE;
    }
    return Arrays.stream(all).filter(m -> m.place().kind() == kind).toArray(Match[]::new);
  }

  /** The ISO alpha-3 codes of the countries a name key or demonym key refers to, largest first. */
  String[] countries(String key) {
    String[] codes = key.isEmpty() ? null : countryRefs.get(key);
    return codes == null ? NO_COUNTRY : codes;
  }

  private long weight(String iso3) {
    Place p = countries.get(iso3);
    return p == null ? 0 : p.weight();
  }

  /** Every place once, in no particular order (for checks over the whole gazetteer). */
  Stream<Place> places() {
    return index.values().stream()
        .flatMap(Arrays::stream)
        .map(Match::place)
        .collect(Collectors.toCollection(() -> Collections.newSetFromMap(new IdentityHashMap<>())))
        .stream();
  }

  /** Lines of the resource that could not be read (0 for a sound resource). */
  int skippedLines() {
    return skippedLines;
  }
}
