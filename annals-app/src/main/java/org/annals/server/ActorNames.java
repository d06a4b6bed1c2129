package org.annals.server;

import java.util.Map;
import java.util.Optional;
import org.annals.actors.ActorBase;
import org.annals.actors.Country;

/**
 * Readable names for CAMEO-style actor codes: {@code RUS} → "Russia", {@code RUSGOV} → "Russia:
 * government", {@code IGOSCO} → the organisation's name. The sector words are those of the CAMEO
 * codebook's actor codes (Schrodt et al., CAMEO Conflict and Mediation Event Observations Codebook,
 * chapter 3); codes neither the actor base nor that list knows give nothing.
 */
final class ActorNames {
  private static final Map<String, String> SECTORS =
      Map.ofEntries(
          Map.entry("GOV", "government"),
          Map.entry("MIL", "military"),
          Map.entry("COP", "police"),
          Map.entry("JUD", "judiciary"),
          Map.entry("LEG", "legislature"),
          Map.entry("OPP", "opposition"),
          Map.entry("PTY", "political party"),
          Map.entry("REB", "rebels"),
          Map.entry("INS", "insurgents"),
          Map.entry("SEP", "separatists"),
          Map.entry("UAF", "unaligned armed forces"),
          Map.entry("SPY", "intelligence"),
          Map.entry("BUS", "business"),
          Map.entry("MED", "media"),
          Map.entry("CVL", "civilians"),
          Map.entry("EDU", "education"),
          Map.entry("HLH", "health"),
          Map.entry("LAB", "labour"),
          Map.entry("AGR", "agriculture"),
          Map.entry("ENV", "environment"),
          Map.entry("HRI", "human rights"),
          Map.entry("REF", "refugees"),
          Map.entry("IMG", "migrants"),
          Map.entry("REL", "religious"),
          Map.entry("CRM", "criminals"),
          Map.entry("ELI", "elites"),
          Map.entry("NGO", "non-governmental organisations"),
          Map.entry("IGO", "intergovernmental organisations"));

  private final ActorBase base;

  ActorNames(ActorBase base) {
    this.base = base;
  }

  /** The readable name of {@code code}, if it can be told. */
  Optional<String> of(String code) {
    if (code == null || code.length() < 3 || code.length() % 3 != 0) {
      return Optional.empty();
    }
    Optional<Country> country = base.country(code.substring(0, 3));
    if (country.isEmpty()) {
      var known = base.lookup(code);
      return known.isEmpty() ? Optional.empty() : Optional.of(known.get(0).name());
    }
    StringBuilder b = new StringBuilder(country.get().name());
    for (int i = 3; i < code.length(); i += 3) {
      String sector = SECTORS.get(code.substring(i, i + 3));
      if (sector == null) {
        return Optional.of(country.get().name() + ": " + code.substring(3));
      }
      b.append(i == 3 ? ": " : ", ").append(sector);
    }
    return Optional.of(b.toString());
  }
}
