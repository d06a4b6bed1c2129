package org.annals.actors;

import static org.annals.internal.Preconditions.requireArgument;
import static org.annals.internal.Preconditions.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One entry of the knowledge base: a person, country, IGO, NGO or other organisation.
 *
 * @param id stable identifier: the ISO alpha-3 code for a country ({@code IRN}), a lower-case slug
 *     otherwise ({@code vladimir-putin}, {@code sco})
 * @param name the usual English name
 * @param type what kind of actor
 * @param code CAMEO-style actor code: a country's code ({@code RUS}), an IGO's ({@code IGOSCO}), or
 *     a person's default code ({@code RUSGOV}); {@link ActorBase#codeAt} gives the one valid at a
 *     date
 * @param country ISO alpha-3 code of the actor's country, or {@code ""} for an international body
 * @param aliases other names and spellings it is found under ("Putin", "Erdogan", "U.N.")
 * @param source where the facts of this entry come from
 */
public record Actor(
    String id,
    String name,
    ActorType type,
    String code,
    String country,
    List<String> aliases,
    String source) {
  static final Pattern ID = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");
  static final Pattern CODE = Pattern.compile("([A-Z]{3})+");
  static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");

  public Actor {
    requireArgument(
        id != null && ID.matcher(id).matches(),
        "actor id must be letters, digits and single hyphens, got '%s'",
        id);
    requireArgument(name != null && !name.isBlank(), "actor %s: name must not be blank", id);
    requireNonNull(type, "actor " + id + ": type");
    requireArgument(
        code != null && CODE.matcher(code).matches(),
        "actor %s: code must be upper-case letters in groups of three (RUS, IGOSCO, RUSGOV), got '%s'",
        id,
        code);
    requireArgument(
        country != null && (country.isEmpty() || ALPHA3.matcher(country).matches()),
        "actor %s: country must be an ISO alpha-3 code or empty, got '%s'",
        id,
        country);
    aliases = List.copyOf(requireNonNull(aliases, "actor " + id + ": aliases"));
    requireArgument(source != null && !source.isBlank(), "actor %s: source must not be blank", id);
  }

  /** Whether the actor belongs to a country (false for IGOs and international NGOs). */
  public boolean hasCountry() {
    return !country.isEmpty();
  }
}
