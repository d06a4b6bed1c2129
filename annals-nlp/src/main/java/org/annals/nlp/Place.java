package org.annals.nlp;

/**
 * A place the article names, resolved in the gazetteer.
 *
 * @param text the mention's text
 * @param start offset in {@link org.annals.model.Article#text()}
 * @param end offset after it
 * @param name the gazetteer's name ("Astana", "East Azerbaijan", "Iran")
 * @param country ISO 3166 alpha-3
 * @param adm1 the first-level division's name, or {@code null}
 * @param lat latitude in degrees
 * @param lon longitude in degrees
 * @param kind {@code country}, {@code adm1} or {@code city}
 */
public record Place(
    String text,
    int start,
    int end,
    String name,
    String country,
    String adm1,
    double lat,
    double lon,
    String kind) {
  public Place {
    if (text == null || name == null || kind == null || start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "place needs text, name, kind and a span, got '" + text + "'");
    }
  }
}
