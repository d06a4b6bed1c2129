package org.annals.actors;

import static org.annals.internal.Preconditions.requireArgument;
import static org.annals.internal.Preconditions.requireNonNull;

/**
 * A person together with the role that makes them the answer to a question such as "who was
 * president of Russia on 2024-07-04?".
 *
 * @param actor the holder
 * @param role the role held
 */
public record RoleHolder(Actor actor, Role role) {
  public RoleHolder {
    requireNonNull(actor, "actor");
    requireNonNull(role, "role");
    requireArgument(
        actor.id().equals(role.actorId()),
        "role of %s given with actor %s",
        role.actorId(),
        actor.id());
  }
}
