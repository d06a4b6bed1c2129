package org.annals.nlp;

/**
 * One arc of a sentence's dependency tree (Universal Dependencies, basic).
 *
 * @param dependent the article-wide index of the dependent token ({@link Token#index()})
 * @param head the article-wide index of its head token, or -1 when the dependent is the root
 * @param relation the relation ({@code nsubj}, {@code obj}, {@code obl}, {@code nmod:poss}…), or
 *     {@code root}
 */
public record Dependency(int dependent, int head, String relation) {
  public Dependency {
    if (dependent < 0 || head < -1 || dependent == head || relation == null || relation.isBlank()) {
      throw new IllegalArgumentException(
          "bad dependency " + relation + "(" + head + ", " + dependent + ")");
    }
  }
}
