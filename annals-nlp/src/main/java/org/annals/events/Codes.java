package org.annals.events;

import java.util.Map;

/**
 * How a verb that takes an action as its complement turns the complement's CAMEO code into its own,
 * following the CAMEO codebook's parallel families: an intent to meet is 036, an appeal to meet
 * 026, a demand to meet 106, a refusal to meet 125, a threat of force 138.
 */
final class Codes {
  private static final Map<String, String> INTENT =
      Map.ofEntries(
          Map.entry("04", "036"),
          Map.entry("045", "039"),
          Map.entry("05", "032"),
          Map.entry("06", "031"),
          Map.entry("061", "0311"),
          Map.entry("062", "0312"),
          Map.entry("063", "0313"),
          Map.entry("064", "0314"),
          Map.entry("07", "033"),
          Map.entry("071", "0331"),
          Map.entry("072", "0332"),
          Map.entry("073", "0333"),
          Map.entry("074", "0334"),
          Map.entry("08", "035"),
          Map.entry("081", "0351"),
          Map.entry("082", "0352"),
          Map.entry("084", "0353"),
          Map.entry("085", "0354"),
          Map.entry("086", "0355"),
          Map.entry("087", "0356"));
  private static final Map<String, String> APPEAL =
      Map.ofEntries(
          Map.entry("03", "020"),
          Map.entry("04", "026"),
          Map.entry("045", "028"),
          Map.entry("05", "022"),
          Map.entry("06", "021"),
          Map.entry("07", "023"),
          Map.entry("08", "025"),
          Map.entry("084", "0253"),
          Map.entry("085", "0254"),
          Map.entry("086", "0255"),
          Map.entry("087", "0256"),
          Map.entry("083", "024"));
  private static final Map<String, String> DEMAND =
      Map.ofEntries(
          Map.entry("04", "106"),
          Map.entry("045", "108"),
          Map.entry("05", "102"),
          Map.entry("06", "101"),
          Map.entry("07", "103"),
          Map.entry("08", "105"),
          Map.entry("084", "1053"),
          Map.entry("085", "1054"),
          Map.entry("086", "1055"),
          Map.entry("087", "1056"),
          Map.entry("083", "104"),
          Map.entry("0831", "1041"));
  private static final Map<String, String> REFUSE =
      Map.ofEntries(
          Map.entry("04", "125"),
          Map.entry("045", "126"),
          Map.entry("057", "127"),
          Map.entry("06", "121"),
          Map.entry("07", "122"),
          Map.entry("08", "124"),
          Map.entry("084", "1243"),
          Map.entry("085", "1244"),
          Map.entry("086", "1245"),
          Map.entry("087", "1246"));
  private static final Map<String, String> THREAT =
      Map.ofEntries(
          Map.entry("15", "138"),
          Map.entry("16", "131"),
          Map.entry("161", "1313"),
          Map.entry("162", "1311"),
          Map.entry("163", "1312"),
          Map.entry("164", "134"),
          Map.entry("17", "132"),
          Map.entry("175", "137"),
          Map.entry("18", "138"),
          Map.entry("19", "138"),
          Map.entry("192", "1382"),
          Map.entry("20", "1383"),
          Map.entry("14", "133"));

  private Codes() {}

  /** The code of {@code verb} (an intent, appeal, demand, refusal or threat) over {@code comp}. */
  static String combine(LexEntry verb, String comp) {
    if (comp == null) {
      return verb.code();
    }
    if (verb.has("intent")) {
      return intent(comp, verb.code());
    }
    if (verb.has("appeal")) {
      return lookup(APPEAL, comp, verb.code());
    }
    if (verb.has("demand")) {
      return lookup(DEMAND, comp, verb.code());
    }
    if (verb.has("refuse")) {
      return lookup(REFUSE, comp, verb.code());
    }
    if (verb.has("threat")) {
      return lookup(THREAT, comp, "130");
    }
    return verb.code();
  }

  /**
   * An intention to do {@code comp}: 03x for cooperation, 13x for conflict (a vow to attack is a
   * threat), else {@code otherwise}.
   */
  static String intent(String comp, String otherwise) {
    if (comp.startsWith("03")) {
      return comp;
    }
    String threat = lookup(THREAT, comp, null);
    return threat != null ? threat : lookup(INTENT, comp, otherwise);
  }

  /** The most specific key of {@code table} that is a prefix of {@code code}. */
  private static String lookup(Map<String, String> table, String code, String otherwise) {
    for (int n = code.length(); n >= 2; n--) {
      String v = table.get(code.substring(0, n));
      if (v != null) {
        return v;
      }
    }
    return otherwise;
  }
}
