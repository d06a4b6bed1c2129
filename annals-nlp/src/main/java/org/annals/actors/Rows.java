package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rows read from actor files, each with the file and line it came from, in reading order. */
final class Rows {
  /** Where a row was read: file (or shipped resource) and 1-based line. */
  record At(String file, int line) {
    ActorFileException.Problem problem(String message) {
      return new ActorFileException.Problem(file, line, message);
    }
  }

  record CountryRow(Country country, At at) {}

  record ActorRow(Actor actor, At at) {}

  /** Extra names for an existing actor. */
  record AliasRow(String id, List<String> names, String source, At at) {}

  /** Extra demonyms for an existing country. */
  record DemonymRow(String alpha3, List<String> demonyms, String source, At at) {}

  /** A role before its title is completed from the body's name (an empty title means derived). */
  record RoleRow(
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
      String note,
      At at) {
    /** The key under which a later row replaces an earlier one. */
    String key() {
      return actorId + "\t" + body + "\t" + office + "\t" + start;
    }
  }

  record AsOfRow(LocalDate date, At at) {}

  final List<CountryRow> countries = new ArrayList<>();
  final List<ActorRow> actors = new ArrayList<>();
  final List<AliasRow> aliases = new ArrayList<>();
  final List<DemonymRow> demonyms = new ArrayList<>();
  final List<RoleRow> roles = new ArrayList<>();
  final List<AsOfRow> asOf = new ArrayList<>();
  final List<ActorFileException.Problem> problems = new ArrayList<>();
}
