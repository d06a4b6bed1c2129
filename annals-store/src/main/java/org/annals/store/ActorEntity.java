package org.annals.store;

import java.time.LocalDate;
import org.annals.internal.Preconditions;

/**
 * A person or body as the store's articles code it under one actor code, and when.
 *
 * @param name its name
 * @param type PERSON, ORG, GPE…
 * @param role the role the articles gave it at their dates, or {@code null}
 * @param country its ISO alpha-3 country, or {@code null}
 * @param first the first day an article named it so (publication day, else the day it was read)
 * @param last the last such day
 * @param articles how many articles
 */
public record ActorEntity(
    String name,
    String type,
    String role,
    String country,
    LocalDate first,
    LocalDate last,
    int articles) {
  public ActorEntity {
    Preconditions.requireArgument(name != null && !name.isBlank(), "an actor entity needs a name");
    Preconditions.requireArgument(
        !last.isBefore(first), "an actor entity's last day %s is before its first %s", last, first);
  }
}
