package org.annals.actors;

import static org.annals.internal.Preconditions.requireArgument;
import static org.annals.internal.Preconditions.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A term in office: who held which office of which body, from when to when.
 *
 * <p>Both dates are inclusive. On a handover day both the outgoing and the incoming holder are
 * valid; {@link ActorBase#holders} ranks the one who started later first, which also puts an acting
 * holder before a suspended one (a president under impeachment).
 *
 * @param actorId the holder's actor id
 * @param body the id of the country (alpha-3) or organisation whose office it is
 * @param office the office
 * @param capacities what the office makes its holder (head of state, leader…); may be empty
 * @param start first day in office
 * @param end last day in office, or {@code null} when in office as of {@link ActorBase#asOf()}
 * @param acting whether the holder acts in the office without holding it in full
 * @param dating how far the dates can be trusted
 * @param title the English title ("Secretary of State", "Acting President of Iran" is this title
 *     with {@code acting})
 * @param source where the row comes from (a URL or {@code wp:Page_title}, see docs/data-sources.md)
 * @param note anything a reader should know ("powers suspended from 2024-12-14"), or {@code ""}
 */
public record Role(
    String actorId,
    String body,
    Office office,
    Set<Capacity> capacities,
    LocalDate start,
    LocalDate end,
    boolean acting,
    Dating dating,
    String title,
    String source,
    String note) {

  public Role {
    requireArgument(actorId != null && !actorId.isBlank(), "role: actor id must not be blank");
    requireArgument(body != null && !body.isBlank(), "role of %s: body must not be blank", actorId);
    requireNonNull(office, "role of " + actorId + ": office");
    requireNonNull(capacities, "role of " + actorId + ": capacities");
    capacities =
        capacities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(capacities));
    requireNonNull(start, "role of " + actorId + ": start");
    requireArgument(
        end == null || !end.isBefore(start),
        "role of %s as %s of %s: end %s is before start %s",
        actorId,
        office,
        body,
        end,
        start);
    requireNonNull(dating, "role of " + actorId + ": dating");
    requireArgument(
        title != null && !title.isBlank(), "role of %s: title must not be blank", actorId);
    requireArgument(
        source != null && !source.isBlank(), "role of %s: source must not be blank", actorId);
    requireNonNull(note, "role of " + actorId + ": note");
  }

  /** Whether the term covers {@code date} (both ends inclusive). */
  public boolean validAt(LocalDate date) {
    return !date.isBefore(start) && (end == null || !date.isAfter(end));
  }

  /** Whether the term had ended before {@code date}. */
  public boolean endedBefore(LocalDate date) {
    return end != null && end.isBefore(date);
  }

  /** Whether the office makes its holder {@code capacity}. */
  public boolean is(Capacity capacity) {
    return capacities.contains(capacity);
  }

  /** The title as news would write it: "Acting President of Iran" for an acting holder. */
  public String displayTitle() {
    return acting ? "Acting " + title : title;
  }
}
