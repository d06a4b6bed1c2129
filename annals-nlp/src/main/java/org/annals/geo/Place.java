package org.annals.geo;

/**
 * A gazetteer entry with what ranking needs and the public record leaves out.
 *
 * @param entry the public record
 * @param id "IRN" for a country, "IR.33" (country and GeoNames admin1 code) for a division,
 *     "geonames:112931" for a city
 * @param division the id of the division a city lies in, a division's own id, "" otherwise
 * @param capital a national capital (GeoNames PPLC)
 * @param seat the seat of a first-level division (GeoNames PPLA)
 * @param weight a city's population; for a country or division the summed population of its
 *     populated places, which only ranks it against cities of the same name
 */
record Place(
    GeoEntry entry, String id, String division, boolean capital, boolean seat, long weight) {

  PlaceKind kind() {
    return entry.kind();
  }

  String country() {
    return entry.country();
  }

  /**
   * How likely the place is meant by its name without context: larger places first, countries
   * before anything named like them, capitals and division seats ahead of towns of their size,
   * names by which a place is only sometimes known (alternates, often historical or foreign: Hong
   * Kong was "Victoria") a factor of about 300 behind.
   */
  double prior(boolean alternate) {
    double size = Math.log10(Math.max(weight, 1));
    double kind =
        switch (entry.kind()) {
          case COUNTRY -> 3;
          case ADM1 -> -1;
          case CITY -> capital ? 1 : seat ? 0.3 : 0;
        };
    return size + kind - (alternate ? 2.5 : 0);
  }
}
