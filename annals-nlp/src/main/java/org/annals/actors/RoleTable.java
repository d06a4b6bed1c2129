package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Roles by body and by holder, with the orderings the queries need. Immutable once built. */
final class RoleTable {
  /** Later start first: the incoming holder on a handover day, the acting over the suspended. */
  static final Comparator<Role> LATEST_START =
      Comparator.comparing(Role::start).reversed().thenComparing(Role::actorId);

  /** Leader, then head of an organisation, head of state, head of government, then the rest. */
  static final Comparator<Role> BY_CAPACITY =
      Comparator.comparingInt(RoleTable::capacityRank).thenComparing(LATEST_START);

  /** Most recently ended first. */
  static final Comparator<Role> LATEST_END =
      Comparator.comparing(Role::end).reversed().thenComparing(Role::actorId);

  private final Map<String, List<Role>> byBody = new HashMap<>();
  private final Map<String, List<Role>> byActor = new HashMap<>();
  private final int size;

  RoleTable(Collection<Role> roles) {
    for (Role r : roles) {
      byBody.computeIfAbsent(r.body(), k -> new ArrayList<>()).add(r);
      byActor.computeIfAbsent(r.actorId(), k -> new ArrayList<>()).add(r);
    }
    byBody.replaceAll((body, list) -> list.stream().sorted(LATEST_START).toList());
    byActor.replaceAll((actor, list) -> list.stream().sorted(LATEST_START).toList());
    size = roles.size();
  }

  int size() {
    return size;
  }

  /** Every role of {@code body} that matches {@code filter}, in {@code order}. */
  List<Role> atBody(String body, Predicate<Role> filter, Comparator<Role> order) {
    return byBody.getOrDefault(body, List.of()).stream().filter(filter).sorted(order).toList();
  }

  /** Every role held by {@code actorId}, latest start first. */
  List<Role> ofActor(String actorId) {
    return byActor.getOrDefault(actorId, List.of());
  }

  /** The bodies that have at least one role matching {@code filter}. */
  List<String> bodiesWith(Predicate<Role> filter) {
    return byBody.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(filter))
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** All roles. */
  List<Role> all() {
    return byBody.values().stream().flatMap(List::stream).sorted(LATEST_START).toList();
  }

  static int capacityRank(Role r) {
    return r.capacities().stream().mapToInt(Enum::ordinal).min().orElse(Capacity.values().length);
  }

  static Predicate<Role> validAt(LocalDate date) {
    return r -> r.validAt(date);
  }
}
