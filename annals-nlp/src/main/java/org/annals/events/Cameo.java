package org.annals.events;

import java.util.Optional;

/**
 * One CAMEO event code with the facts Annals attaches to it (see {@code cameo.tsv} for sources).
 *
 * @param code the code as a string, 2 to 4 digits with its leading zero ({@code "036"})
 * @param name the codebook's name ("Express intent to meet or negotiate")
 * @param goldstein the Goldstein score of the event type, -10 to +10
 * @param quad GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4
 *     material conflict
 * @param plover the PLOVER 2021 type and mode, or {@code null} for roots 01 and 02 (dropped by
 *     PLOVER)
 */
public record Cameo(String code, String name, double goldstein, int quad, Plover plover) {
  public Cameo {
    if (code == null || !code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got '" + code + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("CAMEO code " + code + " needs a name");
    }
    if (goldstein < -10 || goldstein > 10 || quad < 1 || quad > 4) {
      throw new IllegalArgumentException(
          "CAMEO code " + code + ": Goldstein " + goldstein + " or quad " + quad + " out of range");
    }
  }

  /** The root: the first two digits ("03"). */
  public String root() {
    return code.substring(0, 2);
  }

  /** The code {@code code} in the table, if CAMEO has it. */
  public static Optional<Cameo> of(String code) {
    return Optional.ofNullable(CameoTable.INSTANCE.get(code));
  }

  /** True when {@code code} is a CAMEO code of the table. */
  public static boolean known(String code) {
    return CameoTable.INSTANCE.get(code) != null;
  }
}
