package org.annals.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names, variants, aliases, demonyms and codes of every actor, and the capitals of countries, under
 * the keys of {@link Names}. Immutable once built; safe to share between threads.
 */
final class NameIndex {
  /** How a key names an actor; a lower rank is a better match. */
  enum Kind {
    NAME,
    ALIAS,
    DEMONYM,
    CODE
  }

  private record Hit(String actorId, Kind kind) {}

  private final Map<String, List<Hit>> folded = new HashMap<>();
  private final Map<String, List<Hit>> acronyms = new HashMap<>();
  private final Map<String, List<String>> capitals = new HashMap<>();
  private final Map<String, Actor> actors;

  NameIndex(Map<String, Actor> actors, Collection<Country> countries) {
    this.actors = actors;
    actors.values().forEach(this::addActor);
    countries.forEach(this::addCountry);
  }

  /** A match of a text to an actor, and how the text names it. */
  record Match(Actor actor, Kind kind) {}

  /** Actors named {@code text}, best match first (then by id); empty when none. */
  List<Match> lookup(String text) {
    Map<String, Kind> best = new LinkedHashMap<>();
    collect(folded.get(Names.fold(text)), best);
    String acronym = Names.acronym(text);
    if (acronym != null) {
      collect(acronyms.get(acronym), best);
    }
    List<Map.Entry<String, Kind>> ranked = new ArrayList<>(best.entrySet());
    ranked.sort(
        Map.Entry.<String, Kind>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
    return ranked.stream().map(e -> new Match(actors.get(e.getKey()), e.getValue())).toList();
  }

  /** Alpha-3 codes of the countries whose capital is {@code city}. */
  List<String> capitalOf(String city) {
    return capitals.getOrDefault(Names.fold(city), List.of());
  }

  private static void collect(List<Hit> hits, Map<String, Kind> best) {
    if (hits == null) {
      return;
    }
    for (Hit h : hits) {
      best.merge(h.actorId(), h.kind(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
  }

  private void addActor(Actor a) {
    add(a.name(), a.id(), Kind.NAME);
    a.aliases().forEach(alias -> add(alias, a.id(), Kind.ALIAS));
    if (a.type() != ActorType.PERSON && a.type() != ActorType.ORG) {
      addCode(a.code(), a.id()); // a person's or a seat's code (RUSGOV) names no one in particular
    }
  }

  private void addCountry(Country c) {
    c.demonyms().forEach(d -> add(d, c.alpha3(), Kind.DEMONYM));
    addCode(c.alpha2(), c.alpha3());
    addCode(c.alpha3(), c.alpha3());
    for (String capital : c.capitals()) {
      capitals.computeIfAbsent(Names.fold(capital), k -> new ArrayList<>(1)).add(c.alpha3());
    }
  }

  private void add(String name, String actorId, Kind kind) {
    String acronym = Names.acronym(name);
    if (acronym != null) {
      put(acronyms, acronym, new Hit(actorId, kind));
    } else if (!Names.fold(name).isEmpty()) {
      put(folded, Names.fold(name), new Hit(actorId, kind));
    }
  }

  private void addCode(String code, String actorId) {
    put(acronyms, code, new Hit(actorId, Kind.CODE));
  }

  private static void put(Map<String, List<Hit>> map, String key, Hit hit) {
    List<Hit> hits = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!hits.contains(hit)) {
      hits.add(hit);
    }
  }
}
