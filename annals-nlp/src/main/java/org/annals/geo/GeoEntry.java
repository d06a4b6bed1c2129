package org.annals.geo;

/**
 * One place of the gazetteer, as it is handed to the rest of the pipeline.
 *
 * @param name the English or most common name ("East Azerbaijan", "Astana", "Iran")
 * @param kind country, first-level division or city
 * @param country the ISO 3166-1 alpha-3 code of the country the place is in (its own code for a
 *     country)
 * @param adm1 the name of the first-level division the place is in (its own name for a division),
 *     or "" for a country and for the few cities whose division is unknown
 * @param lat latitude in degrees, WGS 84 (a division's or country's centre is approximate)
 * @param lon longitude in degrees, WGS 84
 * @param population inhabitants of a city (GeoNames); 0, meaning unknown, for countries and
 *     divisions
 */
public record GeoEntry(
    String name,
    PlaceKind kind,
    String country,
    String adm1,
    double lat,
    double lon,
    long population) {
  public GeoEntry {
    if (name == null
        || name.isBlank()
        || kind == null
        || !isIso3(country)
        || adm1 == null
        || !(lat >= -90 && lat <= 90)
        || !(lon >= -180 && lon <= 180)
        || population < 0) {
      throw new IllegalArgumentException(problem(name, kind, country, adm1, lat, lon, population));
    }
  }

  /**
   * The first invalid field, named with its value (checked apart: entries are made by the ten
   * thousand).
   */
  private static String problem(
      String name, PlaceKind kind, String country, String adm1, double lat, double lon, long pop) {
    String where = "geo entry '" + name + "': ";
    if (name == null || name.isBlank()) {
      return "geo entry: name must not be blank, got '" + name + "'";
    } else if (kind == null) {
      return where + "kind must not be null";
    } else if (!isIso3(country)) {
      return where
          + "country must be an ISO 3166-1 alpha-3 code such as IRN, got '"
          + country
          + "'";
    } else if (adm1 == null) {
      return where + "adm1 must not be null (\"\" when unknown)";
    } else if (!(lat >= -90 && lat <= 90)) {
      return where + "lat " + lat + " is outside [-90, 90]";
    } else if (!(lon >= -180 && lon <= 180)) {
      return where + "lon " + lon + " is outside [-180, 180]";
    }
    return where + "population must not be negative, got " + pop;
  }

  private static boolean isIso3(String s) {
    return s != null
        && s.length() == 3
        && isUpper(s.charAt(0))
        && isUpper(s.charAt(1))
        && isUpper(s.charAt(2));
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
