package org.annals.geo;

/** What a gazetteer entry is: a country, a first-level division of one, or a populated place. */
public enum PlaceKind {
  /** A country or territory with an ISO 3166-1 code. */
  COUNTRY,
  /** A first-level administrative division (ISO 3166-2): a province, state, region, oblast… */
  ADM1,
  /** A populated place of at least 15,000 inhabitants (GeoNames). */
  CITY
}
