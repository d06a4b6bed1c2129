package org.annals.geo;

import static org.annals.internal.Preconditions.requireArgument;

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
    requireArgument(name != null && !name.isBlank(), "geo entry: name must not be blank: '%s'", name);
    requireArgument(kind != null, "geo entry %s: kind must not be null", name);
    requireArgument(
        isIso3(country),
        "geo entry %s: country must be an ISO 3166-1 alpha-3 code, got '%s'",
        name,
        country);
    requireArgument(adm1 != null, "geo entry %s: adm1 must not be null (use \"\")", name);
    requireArgument(lat >= -90 && lat <= 90, "geo entry %s: lat %s out of [-90, 90]", name, lat);
    requireArgument(lon >= -180 && lon <= 180, "geo entry %s: lon %s out of [-180, 180]", name, lon);
    requireArgument(population >= 0, "geo entry %s: negative population %s", name, population);
  }

  private static boolean isIso3(String s) {
    return s != null
        && s.length() == 3
        && s.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }
}
