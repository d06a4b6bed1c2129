package org.annals.nlp;

/**
 * Something the article talks about, with what the knowledge base says of it at the article's date.
 *
 * @param id stable within the article ({@code e1}, {@code e2}…)
 * @param name its canonical name ("Vladimir Putin", "Iran", "Shanghai Cooperation Organization")
 * @param type what it is
 * @param actor the CAMEO-style actor code ({@code RUSGOV}, {@code IRN}, {@code IGOSCO}), or {@code
 *     null}
 * @param role the role it held at the article's date ("President of Russia"), or {@code null}
 * @param country its country, ISO 3166 alpha-3, or {@code null}
 */
public record Entity(
    String id, String name, MentionType type, String actor, String role, String country) {
  public Entity {
    if (id == null || id.isBlank() || name == null || name.isBlank() || type == null) {
      throw new IllegalArgumentException(
          "entity needs an id, a name and a type, got " + id + " / " + name);
    }
  }
}
