/**
 * The actor knowledge base: countries, IGOs, NGOs and people with the offices they held and when,
 * shipped as data, with lookups by name and by role at a date. Entry point: {@link
 * org.annals.actors.ActorBase}.
 *
 * <p>Input: the shipped files under {@code org/annals/actors/} and, optionally, a user's files in
 * the same format. Output: {@link org.annals.actors.Actor}, {@link org.annals.actors.Country},
 * {@link org.annals.actors.Role} values and ranked {@link org.annals.actors.RoleHolder} answers.
 * Invariants: loaded once per JVM, immutable, thread-safe; lookups never throw on odd input; every
 * row names its source.
 *
 * <h2>Actor file format, version 1</h2>
 *
 * <p>UTF-8 text. The first non-blank line is {@code #annals-actors v1}. Other lines starting with
 * {@code #} are comments; blank lines are ignored. Every other line is one row of tab-separated
 * fields, the first naming the kind of row. Lists inside a field are separated by {@code |}; an
 * optional field may be empty or {@code -}. Dates are {@code YYYY-MM-DD}.
 *
 * <pre>
 * country  alpha3 alpha2 cameo name variants demonyms capitals independent(yes|no) source
 * actor    id type(PERSON|IGO|ORG|NGO) code country(alpha3 or empty) name aliases source
 * alias    id names source                      (more names for an actor or country)
 * demonym  alpha3 demonyms source               (more demonyms for a country)
 * role     actor body office capacities start end acting(yes|no) dating title source [note]
 * as-of    date [note]                          (the date the role data is complete to)
 * </pre>
 *
 * <ul>
 *   <li>{@code body}: a country's alpha-3 code or an organisation's actor id; {@code office}: an
 *       {@link org.annals.actors.Office} name ({@code PRESIDENT}); {@code capacities}:
 *       comma-separated {@code LEADER}, {@code HEAD}, {@code HOS}, {@code HOG} ({@link
 *       org.annals.actors.Capacity}); {@code end} empty while in office; {@code dating}: {@code
 *       exact}, {@code approximate} or {@code attested} ({@link org.annals.actors.Dating}); {@code
 *       title} empty for "Office of Body".
 *   <li>Files are merged in order: a {@code country} (by alpha-3), {@code actor} (by id) or {@code
 *       role} (by actor, body, office and start) replaces an earlier one with the same key; alias
 *       and demonym rows add names. References (a role's actor and body, an alias's id) may point
 *       to rows of any file.
 *   <li>Codes follow CAMEO: a country's code is its ISO alpha-3 code; an IGO's is {@code IGO} plus
 *       the organisation's three-letter code ({@code IGOSCO}, {@code IGOUNO}), UN-system bodies
 *       keeping the {@code UNO} level ({@code IGOUNOIAE}); an international NGO's is {@code NGO}
 *       plus its code; a national body's is its country's code plus {@code GOV} or {@code NGO}.
 *   <li>A malformed row is reported with its file and line by {@link
 *       org.annals.actors.ActorFileException}, together with every other problem found.
 * </ul>
 */
package org.annals.actors;
