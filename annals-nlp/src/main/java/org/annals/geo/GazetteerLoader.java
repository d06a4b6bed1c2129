package org.annals.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer resource (format v1, written by {@code tools/geo/prepare.js}): three
 * tab-separated tables of countries, first-level divisions and cities, alternate names separated by
 * "|", lines starting with "#" being comments.
 */
final class GazetteerLoader {
  static final String COUNTRIES = "countries-v1.tsv";
  static final String DIVISIONS = "adm1-v1.tsv.gz";
  static final String CITIES = "cities-v1.tsv.gz";

  private final IndexBuilder index = new IndexBuilder();
  private final Map<String, String> iso3ByIso2 = new HashMap<>();
  private final Map<String, String> divisionNames = new HashMap<>();
  private int skipped;

  private GazetteerLoader() {}

  /** Loads the resource shipped in this package. */
  static StandardGazetteer load() {
    GazetteerLoader loader = new GazetteerLoader();
    loader.read(COUNTRIES, loader::country);
    loader.read(DIVISIONS, loader::division);
    loader.read(CITIES, loader::city);
    return loader.index.build(loader.skipped);
  }

  private void read(String resource, Consumer<String[]> row) {
    try (InputStream raw = GazetteerLoader.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException(
            "gazetteer resource org/annals/geo/"
                + resource
                + " is missing from the classpath; rebuild annals-nlp, or regenerate it with"
                + " tools/geo (npm ci && node prepare.js)");
      }
      InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        readLines(reader, row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer resource org/annals/geo/" + resource, e);
    }
  }

  private void readLines(BufferedReader reader, Consumer<String[]> row) throws IOException {
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      try {
        row.accept(line.split("\t", -1));
      } catch (RuntimeException malformed) {
        skipped++; // a bad line of our own resource: the loader test requires none
      }
    }
  }

  /** iso2, iso3, name, lat, lon, weight, alternates, demonyms. */
  private void country(String[] f) {
    requireColumns(f, 8);
    iso3ByIso2.put(f[0], f[1]);
    GeoEntry entry = new GeoEntry(f[2], PlaceKind.COUNTRY, f[1], "", number(f[3]), number(f[4]), 0);
    Place place = new Place(entry, f[1], "", false, false, Long.parseLong(f[5]));
    index.add(place, List.of(f[2]), names(f[6]));
    index.demonyms(place, names(f[7]));
  }

  /** country (iso2), admin1, iso 3166-2, name, lat, lon, weight, alternates. */
  private void division(String[] f) {
    requireColumns(f, 8);
    String id = f[0] + "." + f[1];
    divisionNames.put(id, f[3]);
    GeoEntry entry =
        new GeoEntry(f[3], PlaceKind.ADM1, iso3(f[0]), f[3], number(f[4]), number(f[5]), 0);
    Place place = new Place(entry, id, id, false, false, Long.parseLong(f[6]));
    index.add(place, List.of(f[3]), names(f[7]));
  }

  /** geonameid, name, ascii, country (iso2), admin1, feature, population, lat, lon, alternates. */
  private void city(String[] f) {
    requireColumns(f, 10);
    String division = f[4].isEmpty() ? "" : f[3] + "." + f[4];
    long population = Long.parseLong(f[6]);
    GeoEntry entry =
        new GeoEntry(
            f[1],
            PlaceKind.CITY,
            iso3(f[3]),
            divisionNames.getOrDefault(division, ""),
            number(f[7]),
            number(f[8]),
            population);
    Place place =
        new Place(
            entry,
            "geonames:" + f[0],
            division,
            f[5].equals("PPLC"),
            f[5].equals("PPLA"),
            population);
    index.add(place, List.of(f[1], f[2]), names(f[9]));
  }

  private String iso3(String iso2) {
    String iso3 = iso3ByIso2.get(iso2);
    if (iso3 == null) {
      throw new IllegalArgumentException("unknown country " + iso2);
    }
    return iso3;
  }

  private static void requireColumns(String[] f, int n) {
    if (f.length != n) {
      throw new IllegalArgumentException(n + " columns expected, got " + f.length);
    }
  }

  private static double number(String s) {
    return Double.parseDouble(s);
  }

  private static List<String> names(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
  }
}
