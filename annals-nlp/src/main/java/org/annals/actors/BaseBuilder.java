package org.annals.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the rows of all files in reading order (a later country, actor or role with the same key
 * replaces the earlier one; alias and demonym rows add names), checks that every reference
 * resolves, and builds the knowledge base.
 */
final class BaseBuilder {
  private final Map<String, Country> countries = new LinkedHashMap<>();
  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, Rows.RoleRow> roles = new LinkedHashMap<>();
  private final List<ActorFileException.Problem> problems;
  private LocalDate asOf;

  private BaseBuilder(List<ActorFileException.Problem> problems) {
    this.problems = problems;
  }

  /** The knowledge base of {@code rows}, or an exception listing every problem found. */
  static KnowledgeBase build(Rows rows) throws ActorFileException {
    BaseBuilder b = new BaseBuilder(new ArrayList<>(rows.problems));
    rows.countries.forEach(r -> b.countries.put(r.country().alpha3(), r.country()));
    rows.actors.forEach(b::putActor);
    rows.aliases.forEach(b::addAliases);
    rows.demonyms.forEach(b::addDemonyms);
    rows.roles.forEach(r -> b.roles.put(r.key(), r));
    rows.asOf.forEach(r -> b.asOf = b.asOf == null || r.date().isAfter(b.asOf) ? r.date() : b.asOf);
    List<Role> built = b.roles.values().stream().map(b::role).filter(r -> r != null).toList();
    if (b.asOf == null) {
      b.problems.add(
          new ActorFileException.Problem(
              "(all files)",
              1,
              "no 'as-of' row: the shipped roles file must state the date its data is complete to"));
    }
    if (!b.problems.isEmpty()) {
      throw new ActorFileException(b.problems);
    }
    return new KnowledgeBase(b.countries, b.actors, built, b.asOf);
  }

  private void putActor(Rows.ActorRow row) {
    if (countries.containsKey(row.actor().id())) {
      problems.add(
          row.at()
              .problem(
                  "actor id '"
                      + row.actor().id()
                      + "' is a country's alpha-3 code; give a country with a 'country' row or choose a lower-case slug id"));
      return;
    }
    actors.put(row.actor().id(), row.actor());
  }

  private void addAliases(Rows.AliasRow row) {
    Country c = countries.get(row.id());
    Actor a = actors.get(row.id());
    if (c != null) {
      countries.put(
          c.alpha3(),
          new Country(
              c.alpha3(),
              c.alpha2(),
              c.cameo(),
              c.name(),
              concat(c.variants(), row.names()),
              c.demonyms(),
              c.capitals(),
              c.independent(),
              c.source() + "; variants " + row.source()));
    } else if (a != null) {
      actors.put(
          a.id(),
          new Actor(
              a.id(),
              a.name(),
              a.type(),
              a.code(),
              a.country(),
              concat(a.aliases(), row.names()),
              a.source() + "; aliases " + row.source()));
    } else {
      problems.add(
          row.at()
              .problem(
                  "alias for unknown actor '"
                      + row.id()
                      + "'; define it first with an 'actor' or 'country' row"));
    }
  }

  private void addDemonyms(Rows.DemonymRow row) {
    Country c = countries.get(row.alpha3());
    if (c == null) {
      problems.add(
          row.at()
              .problem(
                  "demonym for unknown country '"
                      + row.alpha3()
                      + "'; expected an ISO alpha-3 code such as KAZ"));
      return;
    }
    countries.put(
        c.alpha3(),
        new Country(
            c.alpha3(),
            c.alpha2(),
            c.cameo(),
            c.name(),
            c.variants(),
            concat(c.demonyms(), row.demonyms()),
            c.capitals(),
            c.independent(),
            c.source() + "; demonyms " + row.source()));
  }

  private Role role(Rows.RoleRow r) {
    Actor holder = actors.get(r.actorId());
    String bodyName = bodyName(r.body());
    if (holder == null || holder.type() != ActorType.PERSON) {
      problems.add(
          r.at()
              .problem(
                  "role for '"
                      + r.actorId()
                      + "', which is "
                      + (holder == null ? "not a known actor" : "not a PERSON")
                      + "; define the person first with an 'actor' row of type PERSON"));
      return null;
    }
    if (bodyName == null) {
      problems.add(
          r.at()
              .problem(
                  "role at unknown body '"
                      + r.body()
                      + "'; expected a country's alpha-3 code (RUS) or the id of an IGO, ORG or NGO actor"));
      return null;
    }
    String title = r.title().isEmpty() ? r.office().label() + " of " + bodyName : r.title();
    try {
      return new Role(
          r.actorId(),
          r.body(),
          r.office(),
          r.capacities(),
          r.start(),
          r.end(),
          r.acting(),
          r.dating(),
          title,
          r.source(),
          r.note());
    } catch (IllegalArgumentException e) {
      problems.add(r.at().problem(e.getMessage()));
      return null;
    }
  }

  private String bodyName(String body) {
    if (countries.containsKey(body)) {
      return countries.get(body).name();
    }
    Actor a = actors.get(body);
    return a == null || a.type() == ActorType.PERSON ? null : a.name();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    b.stream().filter(n -> !all.contains(n)).forEach(all::add);
    return all;
  }
}
