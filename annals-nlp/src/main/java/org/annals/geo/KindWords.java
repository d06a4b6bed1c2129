package org.annals.geo;

import java.util.HashMap;
import java.util.Map;

/** Words that say what kind of place a name is: "Tehran province", "the port of Sines". */
final class KindWords {
  /** The words that may follow a name as part of it ("Washington state", "Gaza city"). */
  static final Map<String, PlaceKind> SUFFIXES =
      Map.ofEntries(
          Map.entry("province", PlaceKind.ADM1),
          Map.entry("state", PlaceKind.ADM1),
          Map.entry("region", PlaceKind.ADM1),
          Map.entry("oblast", PlaceKind.ADM1),
          Map.entry("governorate", PlaceKind.ADM1),
          Map.entry("prefecture", PlaceKind.ADM1),
          Map.entry("county", PlaceKind.ADM1),
          Map.entry("emirate", PlaceKind.ADM1),
          Map.entry("canton", PlaceKind.ADM1),
          Map.entry("department", PlaceKind.ADM1),
          Map.entry("city", PlaceKind.CITY));

  /** Every kind word the context of a mention may hold ("the Kazakh capital Astana"). */
  static final Map<String, PlaceKind> ALL = all();

  private KindWords() {}

  private static Map<String, PlaceKind> all() {
    Map<String, PlaceKind> m = new HashMap<>(SUFFIXES);
    for (String w : new String[] {"capital", "town", "village", "port"}) {
      m.put(w, PlaceKind.CITY);
    }
    for (String w : new String[] {"country", "nation", "republic", "kingdom"}) {
      m.put(w, PlaceKind.COUNTRY);
    }
    return Map.copyOf(m);
  }
}
