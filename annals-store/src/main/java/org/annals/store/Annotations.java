package org.annals.store;

import java.util.List;
import org.annals.internal.Preconditions;

/**
 * What the NLP stage found in an article, as the store keeps it: the annotation JSON (schema v1,
 * {@code docs/annotation-schema-v1.md}, without the article itself) and the entities as rows, for
 * filters, facets and analytics. The store does not read the JSON; it keeps it whole.
 *
 * @param json the annotations as one JSON object (mentions, entities, times, quotes, places,
 *     events…)
 * @param entities one row per entity
 * @param events the coded events, one row per source–target pair
 */
public record Annotations(String json, List<Entity> entities, List<EventRow> events) {
  public Annotations {
    Preconditions.requireArgument(
        json != null && json.startsWith("{"), "annotations must be a JSON object");
    entities = List.copyOf(entities);
    events = events == null ? List.of() : List.copyOf(events);
  }

  /** Annotations without events. */
  public Annotations(String json, List<Entity> entities) {
    this(json, entities, List.of());
  }

  /**
   * One entity of an article.
   *
   * @param id its id within the article ({@code e1})
   * @param name its name
   * @param type PERSON, ORG, GPE, LOC or NORP
   * @param actor its CAMEO-style code, or {@code null}
   * @param role its role at the article's date, or {@code null}
   * @param country ISO alpha-3, or {@code null}
   * @param mentions how many mentions refer to it
   */
  public record Entity(
      String id,
      String name,
      String type,
      String actor,
      String role,
      String country,
      int mentions) {
    public Entity {
      Preconditions.requireArgument(
          id != null && !id.isBlank() && name != null && !name.isBlank() && type != null,
          "an entity row needs an id, a name and a type (got %s / %s)",
          id,
          name);
      Preconditions.requireArgument(mentions >= 0, "mentions must not be negative");
    }
  }

  /** The distinct actor codes of the entities, in order of first appearance. */
  public List<String> actors() {
    return entities.stream()
        .map(Entity::actor)
        .filter(a -> a != null && !a.isBlank())
        .distinct()
        .toList();
  }
}
