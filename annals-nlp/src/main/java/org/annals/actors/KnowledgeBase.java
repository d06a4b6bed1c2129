package org.annals.actors;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The immutable, thread-safe {@link ActorBase}: maps and indexes built once by the loader. */
final class KnowledgeBase implements ActorBase {
  private final Map<String, Country> countries;
  private final Map<String, Actor> actors;
  private final RoleTable roles;
  private final NameIndex names;
  private final NominalResolver nominals;
  private final LocalDate asOf;

  KnowledgeBase(
      Map<String, Country> countries, Map<String, Actor> others, List<Role> roles, LocalDate asOf) {
    this.countries = Map.copyOf(countries);
    Map<String, Actor> all = new LinkedHashMap<>();
    countries.values().forEach(c -> all.put(c.alpha3(), c.actor()));
    all.putAll(others);
    this.actors = Map.copyOf(all);
    this.roles = new RoleTable(roles);
    this.names = new NameIndex(this.actors, this.countries.values());
    this.nominals = new NominalResolver(this);
    this.asOf = asOf;
  }

  @Override
  public LocalDate asOf() {
    return asOf;
  }

  @Override
  public Optional<Actor> actor(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(actors.get(id));
  }

  @Override
  public List<Actor> lookup(String name) {
    return isBlank(name)
        ? List.of()
        : names.lookup(name).stream().map(NameIndex.Match::actor).toList();
  }

  @Override
  public Optional<Country> country(String text) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    List<NameIndex.Match> found =
        names.lookup(text).stream().filter(m -> m.actor().type() == ActorType.COUNTRY).toList();
    if (found.size() > 1) {
      // "Norwegian" is also the demonym of Svalbard and Bouvet Island: one sovereign state of the
      // best kind wins over territories
      NameIndex.Kind best = found.get(0).kind();
      List<NameIndex.Match> sovereign =
          found.stream()
              .filter(m -> m.kind() == best && countries.get(m.actor().id()).independent())
              .toList();
      if (sovereign.size() == 1) {
        return Optional.of(countries.get(sovereign.get(0).actor().id()));
      }
    }
    boolean ambiguous = found.size() > 1 && found.get(1).kind() == found.get(0).kind();
    return found.isEmpty() || ambiguous
        ? Optional.empty()
        : Optional.of(countries.get(found.get(0).actor().id()));
  }

  @Override
  public Optional<Country> countryOfCapital(String city) {
    List<String> found = isBlank(city) ? List.of() : names.capitalOf(city);
    return found.size() == 1 ? Optional.of(countries.get(found.get(0))) : Optional.empty();
  }

  @Override
  public List<RoleHolder> holders(String body, Office office, LocalDate date) {
    if (office == null || date == null) {
      return List.of();
    }
    return body(body).stream()
        .flatMap(
            b ->
                roles
                    .atBody(b, r -> r.office() == office && r.validAt(date), RoleTable.LATEST_START)
                    .stream())
        .map(r -> new RoleHolder(actors.get(r.actorId()), r))
        .toList();
  }

  @Override
  public Optional<Actor> holder(String body, Office office, LocalDate date) {
    return holders(body, office, date).stream().map(RoleHolder::actor).findFirst();
  }

  @Override
  public List<Role> roleOf(Actor person, LocalDate date) {
    if (person == null || date == null) {
      return List.of();
    }
    return roles.ofActor(person.id()).stream()
        .filter(r -> r.validAt(date))
        .sorted(RoleTable.BY_CAPACITY)
        .toList();
  }

  @Override
  public List<Role> roles(Actor actor) {
    return actor == null ? List.of() : roles.ofActor(actor.id());
  }

  @Override
  public String codeAt(Actor actor, LocalDate date) {
    if (actor == null) {
      return "";
    }
    return roleOf(actor, date).stream().findFirst().map(this::codeOf).orElse(actor.code());
  }

  @Override
  public List<RoleHolder> resolveNominal(String phrase, LocalDate date, List<String> context) {
    if (isBlank(phrase) || date == null) {
      return List.of();
    }
    return nominals.resolve(phrase, date, context == null ? List.of() : context);
  }

  @Override
  public Collection<Actor> actors() {
    return actors.values();
  }

  @Override
  public Collection<Country> countries() {
    return countries.values();
  }

  @Override
  public List<Role> roles() {
    return roles.all();
  }

  /**
   * The body meant by {@code text}: an actor id, a country (name, demonym or code), or the first
   * organisation of that name; a seat of government without roles of its own (the Kremlin) stands
   * for its country.
   */
  Optional<String> body(String text) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    Actor byId = actors.get(text.strip());
    if (byId != null && byId.type() != ActorType.PERSON) {
      return Optional.of(byId.id());
    }
    Optional<Country> c = country(text);
    if (c.isPresent()) {
      return Optional.of(c.get().alpha3());
    }
    return lookup(text).stream()
        .filter(a -> a.type() != ActorType.PERSON)
        .findFirst()
        .map(
            a ->
                roles.atBody(a.id(), r -> true, RoleTable.LATEST_START).isEmpty() && a.hasCountry()
                    ? a.country()
                    : a.id());
  }

  RoleTable roleTable() {
    return roles;
  }

  private String codeOf(Role role) {
    Country c = countries.get(role.body());
    return c != null ? c.cameo() + "GOV" : actors.get(role.body()).code();
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
