package org.annals.actors;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The actor knowledge base: countries, IGOs, NGOs and people, with the offices people held and
 * when. Immutable and thread-safe; lookups take microseconds and never throw on odd input (blank,
 * unknown or {@code null} values give empty results).
 *
 * <p>{@link #shipped()} is the data that ships with Annals, loaded once per JVM. {@link
 * #load(Path...)} adds a user's own files on top of it.
 */
public interface ActorBase {

  /** The shipped knowledge base, loaded on first use and shared. */
  static ActorBase shipped() {
    return Shipped.base();
  }

  /**
   * The shipped data merged with {@code files} in order (format v1, see {@code package-info}): a
   * country, actor or role with the same key as an earlier one replaces it, alias and demonym rows
   * add names. Each call reads the files again; keep the result.
   *
   * @throws ActorFileException listing every malformed row with its file and line
   * @throws IOException when a file cannot be read
   */
  static ActorBase load(Path... files) throws IOException {
    return Shipped.loadWith(List.of(files));
  }

  /** The date the office-holder data is complete to: an open role was held on that day. */
  LocalDate asOf();

  /** The actor with this id ({@code IRN}, {@code vladimir-putin}, {@code sco}). */
  Optional<Actor> actor(String id);

  /**
   * Actors known by {@code name}: a name, variant, alias or demonym, case- and
   * diacritic-insensitive ("putin", "Erdogan", "Cote d'Ivoire"), or an upper-case acronym or code
   * ("UN", "U.S.", "IRN", "IGOSCO"). Best match first: main names, then aliases, demonyms, codes.
   */
  List<Actor> lookup(String name);

  /**
   * The country named by {@code text} (name, variant, demonym, or upper-case alpha-2, alpha-3 or
   * CAMEO code); empty when unknown or ambiguous ("Congolese").
   */
  Optional<Country> country(String text);

  /** The country whose capital is {@code city} ("Astana" → Kazakhstan), if exactly one. */
  Optional<Country> countryOfCapital(String city);

  /**
   * Who held {@code office} of {@code body} on {@code date}, the one who started latest first (the
   * incoming holder on a handover day; an acting holder before a suspended one).
   *
   * @param body a country (name, demonym, code) or the id or name of an organisation
   */
  List<RoleHolder> holders(String body, Office office, LocalDate date);

  /** The first of {@link #holders}: "who was president of RUS on 2024-07-04?" → Putin. */
  Optional<Actor> holder(String body, Office office, LocalDate date);

  /**
   * The roles {@code person} held on {@code date}, the one that makes them a leader or head first
   * (an acting president before the first vice president he also still was).
   */
  List<Role> roleOf(Actor person, LocalDate date);

  /** Every role of {@code actor}, latest start first. */
  List<Role> roles(Actor actor);

  /**
   * The CAMEO-style code of {@code actor} on {@code date}: that of its first {@link #roleOf} (a
   * country's code + {@code GOV} for a state office, the organisation's code otherwise), else the
   * actor's own code; {@code ""} for {@code null}.
   */
  String codeAt(Actor actor, LocalDate date);

  /**
   * The people a role nominal refers to on {@code date}, best first: "The Russian president" →
   * Putin; "Iran's spiritual leader" → Khamenei; "the previous president" with context {@code IRN}
   * on 2024-07-04 → Raisi.
   *
   * <p>Rules: the phrase names an office ("president", "foreign minister", "top diplomat"…) and at
   * most one body (a country name, demonym or possessive, or an organisation); without one, {@code
   * context} gives the bodies to try in order, and without context an office held at only one body
   * on that date ("supreme leader") still resolves. "Leader", "head" and "chief" rank the holder
   * news calls the leader first (capacity LEADER: the president or acting president of Iran, before
   * its Supreme Leader, who is head of state), then heads of organisations, heads of state, heads
   * of government. "Former", "previous", "late" ask for holders whose term ended before the date,
   * latest first, leaving out the current holder; "acting", "interim", "caretaker" rank acting
   * holders first. A phrase with other words resolves to nothing.
   *
   * @param context bodies to use when the phrase names none (countries or organisations, as in
   *     {@link #holders}); may be empty
   */
  List<RoleHolder> resolveNominal(String phrase, LocalDate date, List<String> context);

  /** All actors, countries included. */
  Collection<Actor> actors();

  /** All countries and territories. */
  Collection<Country> countries();

  /** All roles, latest start first. */
  List<Role> roles();
}
