package org.annals.events;

/**
 * Where an event happened.
 *
 * @param name the gazetteer's name ("Astana")
 * @param country ISO 3166 alpha-3 ("KAZ")
 * @param adm1 the first-level division, or {@code null}
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param from {@code clause} when the action's clause names it, {@code dateline} when it comes from
 *     the dateline
 */
public record EventPlace(
    String name, String country, String adm1, double lat, double lon, String from) {
  public EventPlace {
    if (name == null || name.isBlank() || country == null) {
      throw new IllegalArgumentException("event place needs a name and a country, got " + name);
    }
    if (!"clause".equals(from) && !"dateline".equals(from)) {
      throw new IllegalArgumentException("event place 'from' must be clause or dateline: " + from);
    }
  }
}
