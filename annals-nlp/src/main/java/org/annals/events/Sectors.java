package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.nlp.Token;

/**
 * CAMEO's actor convention of a country code followed by a sector code ({@code RUSMIL} for "Russian
 * forces"): when a country names a group by a modifier, the group's head noun gives the sector.
 * Sector codes from the CAMEO actor codebook (GOV government, MIL military, COP police, REB rebels,
 * OPP opposition, JUD judiciary, LEG legislature, MED media, BUS business, CVL civilians).
 */
final class Sectors {
  private static final Map<String, String> BY_NOUN =
      Map.ofEntries(
          Map.entry("government", "GOV"),
          Map.entry("ministry", "GOV"),
          Map.entry("minister", "GOV"),
          Map.entry("president", "GOV"),
          Map.entry("official", "GOV"),
          Map.entry("authority", "GOV"),
          Map.entry("diplomat", "GOV"),
          Map.entry("ambassador", "GOV"),
          Map.entry("leader", "GOV"),
          Map.entry("force", "MIL"),
          Map.entry("troop", "MIL"),
          Map.entry("soldier", "MIL"),
          Map.entry("army", "MIL"),
          Map.entry("military", "MIL"),
          Map.entry("navy", "MIL"),
          Map.entry("warship", "MIL"),
          Map.entry("police", "COP"),
          Map.entry("policeman", "COP"),
          Map.entry("rebel", "REB"),
          Map.entry("insurgent", "REB"),
          Map.entry("militant", "REB"),
          Map.entry("opposition", "OPP"),
          Map.entry("court", "JUD"),
          Map.entry("judge", "JUD"),
          Map.entry("parliament", "LEG"),
          Map.entry("lawmaker", "LEG"),
          Map.entry("newspaper", "MED"),
          Map.entry("journalist", "MED"),
          Map.entry("company", "BUS"),
          Map.entry("civilian", "CVL"),
          Map.entry("student", "EDU"),
          Map.entry("protester", "CVL"));

  private Sectors() {}

  /** Whether {@code head} names a group by its sector ("governments", "forces"). */
  static boolean names(Token head) {
    return BY_NOUN.containsKey(head.lemma().toLowerCase(Locale.ROOT));
  }

  /** {@code a} (a country named inside the phrase headed by {@code head}), with the sector. */
  static ActorSpan widen(ActorSpan a, Token head) {
    String sector = BY_NOUN.get(head.lemma().toLowerCase(Locale.ROOT));
    if (sector == null || a.actors().stream().anyMatch(x -> x.code().length() != 3)) {
      return a;
    }
    List<EventActor> out = new ArrayList<>();
    for (EventActor x : a.actors()) {
      out.add(new EventActor(x.code() + sector, x.name(), x.entity()));
    }
    return new ActorSpan(
        Math.min(a.start(), head.start()), Math.max(a.end(), head.end()), out, a.named());
  }
}
