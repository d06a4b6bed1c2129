package org.annals.geo;

import java.util.Optional;

/**
 * Scores each namesake by its prior (size and kind, {@link Place#prior}) plus the evidence of the
 * context. A qualifier next to the mention outweighs everything; the dateline outweighs the
 * article's countries, which outweigh a size difference of up to ten thousand times (4 on the log
 * scale of the prior). Among namesakes in different countries a national capital and a city of
 * millions are known well beyond their country, so they keep some of their lead against a town in
 * one of the article's countries ("Paris" in an American article is still the French capital,
 * "Washington" in a British one the American capital).
 */
final class StandardResolver implements PlaceResolver {
  static final double QUALIFIED_COUNTRY = 20;
  static final double QUALIFIED_DIVISION = 20;
  static final double QUALIFIED_KIND = 6;
  static final double QUALIFIED_CAPITAL = 3;
  static final double DATELINE = 5;
  static final double ARTICLE_COUNTRY = 4;
  static final double WORLD_CAPITAL = 2;
  static final double PER_DECADE_ABOVE_A_MILLION = 2;

  private final StandardGazetteer gazetteer;
  private final ContextReader reader;

  StandardResolver(StandardGazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.reader = new ContextReader(gazetteer);
  }

  @Override
  public Optional<GeoEntry> resolve(String text, int start, int end, PlaceContext context) {
    if (text == null || start < 0 || end > text.length() || start >= end) {
      return Optional.empty();
    }
    if (end - start > Names.MAX_LENGTH) {
      return Optional.empty();
    }
    Match[] candidates = gazetteer.matches(text.substring(start, end));
    if (candidates.length <= 1) {
      return candidates.length == 0 ? Optional.empty() : Optional.of(candidates[0].place().entry());
    }
    Qualifiers q = reader.read(text, start, end);
    PlaceContext ctx = context == null ? PlaceContext.none() : context;
    boolean acrossCountries = acrossCountries(candidates);
    Match best = candidates[0];
    double bestScore = score(best, q, ctx, acrossCountries);
    for (int i = 1; i < candidates.length; i++) {
      double s = score(candidates[i], q, ctx, acrossCountries);
      if (s > bestScore) {
        best = candidates[i];
        bestScore = s;
      }
    }
    return Optional.of(best.place().entry());
  }

  static double score(Match m, Qualifiers q, PlaceContext ctx, boolean acrossCountries) {
    Place p = m.place();
    double s = m.prior() + (acrossCountries ? renown(p) : 0);
    if (q.countries().contains(p.country())) {
      s += QUALIFIED_COUNTRY;
    }
    if (!p.division().isEmpty() && q.divisions().contains(p.division())) {
      s += QUALIFIED_DIVISION;
    }
    if (q.kind() == p.kind()) {
      s += QUALIFIED_KIND + (q.capital() && p.capital() ? QUALIFIED_CAPITAL : 0);
    }
    if (p.country().equals(ctx.dateline())) {
      s += DATELINE;
    }
    if (ctx.countries().contains(p.country())) {
      s += ARTICLE_COUNTRY;
    }
    return s;
  }

  /** How far beyond its country a city is known: capitals, and cities of millions. */
  static double renown(Place p) {
    if (p.kind() != PlaceKind.CITY) {
      return 0;
    }
    double millions = Math.max(0, Math.log10(Math.max(p.weight(), 1)) - 6);
    return (p.capital() ? WORLD_CAPITAL : 0) + PER_DECADE_ABOVE_A_MILLION * millions;
  }

  private static boolean acrossCountries(Match[] candidates) {
    for (Match m : candidates) {
      if (!m.place().country().equals(candidates[0].place().country())) {
        return true;
      }
    }
    return false;
  }
}
