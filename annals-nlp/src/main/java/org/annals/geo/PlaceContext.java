package org.annals.geo;

import static org.annals.internal.Preconditions.requireArgument;
import static org.annals.internal.Preconditions.requireNonNull;

import java.util.Collection;
import java.util.Set;

/**
 * What the article tells about where it happens, beyond the words around one mention.
 *
 * @param countries ISO 3166-1 alpha-3 codes of the countries the article names unambiguously (from
 *     its GPE mentions and nationality adjectives: "Russia", "Iranian" → RUS, IRN); a place in one
 *     of them is preferred to a namesake elsewhere
 * @param dateline the alpha-3 code of the country of the dateline ("TEHRAN (Reuters) -" → IRN), or
 *     "" when there is none
 */
public record PlaceContext(Set<String> countries, String dateline) {
  private static final PlaceContext NONE = new PlaceContext(Set.of(), "");

  public PlaceContext {
    countries = Set.copyOf(requireNonNull(countries, "place context countries"));
    requireNonNull(dateline, "place context dateline");
    for (String c : countries) {
      requireArgument(isIso3(c), "place context: country '%s' is no ISO alpha-3 code (IRN)", c);
    }
    requireArgument(
        dateline.isEmpty() || isIso3(dateline),
        "place context: dateline '%s' is no ISO alpha-3 code (IRN) nor \"\"",
        dateline);
  }

  /** No context: places are ranked by their names and the words around them alone. */
  public static PlaceContext none() {
    return NONE;
  }

  /** The countries named in the article, without a dateline. */
  public static PlaceContext of(Collection<String> countries) {
    return new PlaceContext(Set.copyOf(countries), "");
  }

  /** This context with the dateline country {@code iso3}. */
  public PlaceContext withDateline(String iso3) {
    return new PlaceContext(countries, iso3);
  }

  private static boolean isIso3(String s) {
    return s != null && s.length() == 3 && s.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
  }
}
