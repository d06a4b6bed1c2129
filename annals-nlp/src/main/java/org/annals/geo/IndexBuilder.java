package org.annals.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects places under the keys of their names and ranks each key's places once. */
final class IndexBuilder {
  private static final Comparator<Match> BY_PRIOR =
      Comparator.comparingDouble(Match::prior).reversed().thenComparing(m -> m.place().id());

  private final Map<String, Match[]> byKey = new HashMap<>(1 << 18);
  private final List<String> sharedKeys = new ArrayList<>(); // keys of more than one place
  private final Map<String, List<Place>> countryRefs = new HashMap<>();
  private final Map<String, Place> countries = new HashMap<>();
  private final Map<PlaceKind, Integer> counts = new EnumMap<>(PlaceKind.class);

  /** Files {@code place} under its names and its alternate names. */
  void add(Place place, List<String> names, List<String> alternates) {
    counts.merge(place.kind(), 1, Integer::sum);
    String previous = null;
    for (String name : names) {
      if (!name.equals(previous)) {
        put(Names.key(name), place, false);
      }
      previous = name;
    }
    for (String name : alternates) {
      put(Names.key(name), place, true);
    }
    if (place.kind() == PlaceKind.COUNTRY) {
      countries.put(place.country(), place);
      names.forEach(n -> ref(n, place));
      alternates.forEach(n -> ref(n, place));
    }
  }

  /** Adjectives and nouns of nationality: they qualify a place but are no place themselves. */
  void demonyms(Place country, List<String> demonyms) {
    demonyms.forEach(d -> ref(d, country));
  }

  private void ref(String name, Place country) {
    String key = Names.key(name);
    if (!key.isEmpty()) {
      List<Place> list = countryRefs.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (!list.contains(country)) {
        list.add(country);
      }
    }
  }

  private void put(String key, Place place, boolean alternate) {
    if (key.isEmpty()) {
      return;
    }
    Match[] list = byKey.get(key);
    if (list == null) {
      byKey.put(key, new Match[] {new Match(place, alternate, place.prior(alternate))});
      return;
    }
    for (int i = 0; i < list.length; i++) {
      if (list[i].place() == place) {
        if (list[i].alternate() && !alternate) {
          list[i] = new Match(place, false, place.prior(false));
        }
        return;
      }
    }
    if (list.length == 1) {
      sharedKeys.add(key);
    }
    Match[] longer = Arrays.copyOf(list, list.length + 1);
    longer[list.length] = new Match(place, alternate, place.prior(alternate));
    byKey.put(key, longer);
  }

  StandardGazetteer build(int skippedLines) {
    for (String key : sharedKeys) {
      byKey.put(key, rank(byKey.get(key)));
    }
    Map<String, String[]> refs = new HashMap<>();
    countryRefs.forEach((key, list) -> refs.put(key, byWeight(list)));
    return new StandardGazetteer(
        Collections.unmodifiableMap(byKey),
        Map.copyOf(refs),
        Map.copyOf(countries),
        counts,
        skippedLines);
  }

  /**
   * Orders the namesakes of one key by prior. A city whose own division bears the name comes before
   * that division ("Tehran", "Astana", "New York" are the cities before the provinces).
   */
  static Match[] rank(Match[] found) {
    Match[] ranked = found.clone();
    for (int i = 0; i < ranked.length; i++) {
      double division = priorOfOwnDivision(ranked, ranked[i].place());
      if (division >= ranked[i].prior()) {
        ranked[i] = new Match(ranked[i].place(), ranked[i].alternate(), division + 0.01);
      }
    }
    Arrays.sort(ranked, BY_PRIOR);
    return ranked;
  }

  private static double priorOfOwnDivision(Match[] ranked, Place city) {
    if (city.kind() != PlaceKind.CITY || city.division().isEmpty()) {
      return Double.NEGATIVE_INFINITY;
    }
    double best = Double.NEGATIVE_INFINITY;
    for (Match m : ranked) {
      if (m.place().kind() == PlaceKind.ADM1 && m.place().id().equals(city.division())) {
        best = Math.max(best, m.prior());
      }
    }
    return best;
  }

  private static String[] byWeight(List<Place> places) {
    return places.stream()
        .sorted(Comparator.comparingLong(Place::weight).reversed())
        .map(Place::country)
        .toArray(String[]::new);
  }
}
