package org.annals.geo;

import java.util.List;
import java.util.Optional;

/**
 * Countries, their first-level divisions and their cities of at least 15,000 inhabitants, found by
 * name. Names match whole, case, diacritics and punctuation aside ("tromso" finds Tromsø,
 * "Nur-Sultan" finds Astana); a part of a name never matches ("East Azerbaijan" is a province of
 * Iran and never the country Azerbaijan), and adjectives of nationality ("Iranian") are no place.
 *
 * <p>Thread-safe and immutable; {@link #standard()} loads the shipped data once per JVM.
 */
public interface Gazetteer {

  /** The gazetteer shipped with Annals (GeoNames and ISO data; see docs/data-sources.md). */
  static Gazetteer standard() {
    return StandardGazetteer.Holder.INSTANCE;
  }

  /**
   * The places called {@code name}, the likeliest first when nothing else is known: a country
   * before its namesakes, then by size, capitals and division seats a little ahead, alternate names
   * behind names. Empty for an unknown name, a demonym, null, blank or absurdly long input; never
   * throws. "Washington State" or "Tehran province" are looked up as the division when no place
   * bears the whole name.
   */
  List<GeoEntry> lookup(String name);

  /** The country of ISO 3166-1 alpha-3 code {@code iso3} ("IRN"), if the gazetteer has it. */
  Optional<GeoEntry> country(String iso3);

  /**
   * The ISO alpha-3 code of the country that {@code nameOrDemonym} names or qualifies: "Iran",
   * "Iran's", "Islamic Republic of Iran", "Iranian" → "IRN"; "Kazakh" → "KAZ"; "U.S." → "USA".
   * Empty when unknown or ambiguous between countries of similar size ("Congolese").
   */
  Optional<String> countryCode(String nameOrDemonym);

  /** How many entries of {@code kind} the gazetteer holds. */
  int count(PlaceKind kind);
}
