package org.annals.geo;

import java.util.List;

/**
 * What the words next to a mention say about the place: "the Iranian province of …" gives the
 * country IRN and the kind ADM1; "…, Norway" the country NOR; "…, Texas" the division US.TX;
 * "Kazakh capital …" the country KAZ, the kind CITY and a capital.
 *
 * @param countries ISO alpha-3 codes named next to the mention
 * @param divisions ids ("US.TX") of first-level divisions named after it
 * @param kind the kind announced by a word such as "province" or "city", or null
 * @param capital the word was "capital"
 */
record Qualifiers(List<String> countries, List<String> divisions, PlaceKind kind, boolean capital) {
  static final Qualifiers NONE = new Qualifiers(List.of(), List.of(), null, false);

  Qualifiers {
    countries = List.copyOf(countries);
    divisions = List.copyOf(divisions);
  }
}
