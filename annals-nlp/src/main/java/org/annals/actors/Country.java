package org.annals.actors;

import static org.annals.internal.Preconditions.requireArgument;
import static org.annals.internal.Preconditions.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A country or territory with its ISO 3166-1 codes, names, demonyms and capitals.
 *
 * @param alpha3 ISO 3166-1 alpha-3 code, also the country's actor id ({@code IRN})
 * @param alpha2 ISO 3166-1 alpha-2 code ({@code IR})
 * @param cameo CAMEO country code; the alpha-3 code for every country in the shipped data
 * @param name the common English name ("Iran", "Türkiye")
 * @param variants official and other names ("Islamic Republic of Iran", "Turkey", "Persia")
 * @param demonyms adjectives and nouns for its people ("Iranian", "Iranians")
 * @param capitals capital cities; several for some countries, none for a few territories
 * @param independent whether it is a sovereign state rather than a dependent territory
 * @param source where the row comes from
 */
public record Country(
    String alpha3,
    String alpha2,
    String cameo,
    String name,
    List<String> variants,
    List<String> demonyms,
    List<String> capitals,
    boolean independent,
    String source) {
  private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");

  public Country {
    requireArgument(
        alpha3 != null && Actor.ALPHA3.matcher(alpha3).matches(),
        "country alpha-3 code must be three upper-case letters, got '%s'",
        alpha3);
    requireArgument(
        alpha2 != null && ALPHA2.matcher(alpha2).matches(),
        "country %s: alpha-2 code must be two upper-case letters, got '%s'",
        alpha3,
        alpha2);
    requireArgument(
        cameo != null && Actor.CODE.matcher(cameo).matches(),
        "country %s: CAMEO code must be upper-case letters in groups of three, got '%s'",
        alpha3,
        cameo);
    requireArgument(name != null && !name.isBlank(), "country %s: name must not be blank", alpha3);
    variants = List.copyOf(requireNonNull(variants, "country " + alpha3 + ": variants"));
    demonyms = List.copyOf(requireNonNull(demonyms, "country " + alpha3 + ": demonyms"));
    capitals = List.copyOf(requireNonNull(capitals, "country " + alpha3 + ": capitals"));
    requireArgument(
        source != null && !source.isBlank(), "country %s: source must not be blank", alpha3);
  }

  /** This country as an actor of type {@link ActorType#COUNTRY}, with its variants as aliases. */
  public Actor actor() {
    return new Actor(alpha3, name, ActorType.COUNTRY, cameo, alpha3, variants, source);
  }
}
