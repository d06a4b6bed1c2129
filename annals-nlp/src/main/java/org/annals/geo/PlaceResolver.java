package org.annals.geo;

import java.util.Optional;

/**
 * Picks the place a mention means among the gazetteer's namesakes. Evidence, strongest first: a
 * qualifier next to the mention ("the Iranian province of East Azerbaijan", "Kazakh capital
 * Astana", "Tromsø, Norway", "Washington state"), the dateline country, the countries the article
 * names, then the size of the place ("Paris" is the French capital unless the article says
 * otherwise).
 *
 * <p>Give it only what the NLP stage tagged as a place (GPE or LOC): "Jordan" the person is not a
 * place, and the resolver cannot tell. Thread-safe; never throws on odd input (empty result).
 */
public interface PlaceResolver {

  /** The resolver over {@link Gazetteer#standard()}. */
  static PlaceResolver standard() {
    return new StandardResolver(StandardGazetteer.Holder.INSTANCE);
  }

  /**
   * The place meant by {@code text[start, end)}, read with the words around it.
   *
   * @param text the article text ({@code Article.text()}) the offsets index
   * @param start the first character of the mention
   * @param end one past its last character
   * @param context the countries of the article and its dateline
   * @return the likeliest place; empty for an unknown name, a demonym or offsets outside the text
   */
  Optional<GeoEntry> resolve(String text, int start, int end, PlaceContext context);

  /** The place meant by {@code name} standing alone, given the article's {@code context}. */
  default Optional<GeoEntry> resolve(String name, PlaceContext context) {
    return name == null ? Optional.empty() : resolve(name, 0, name.length(), context);
  }
}
