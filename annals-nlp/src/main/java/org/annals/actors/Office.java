package org.annals.actors;

import java.util.Locale;
import java.util.Optional;

/**
 * The offices the knowledge base records. A {@link Role} pairs one with the body it belongs to (a
 * country or an organisation), so "President" of Russia and "President" of the World Bank are the
 * same office kind at different bodies.
 */
public enum Office {
  SUPREME_LEADER("Supreme Leader"),
  MONARCH("Monarch"),
  PRESIDENT("President"),
  FIRST_VICE_PRESIDENT("First Vice President"),
  VICE_PRESIDENT("Vice President"),
  PRIME_MINISTER("Prime Minister"),
  CHANCELLOR("Chancellor"),
  FOREIGN_MINISTER("Foreign Minister"),
  SECRETARY_GENERAL("Secretary-General"),
  DIRECTOR_GENERAL("Director-General"),
  MANAGING_DIRECTOR("Managing Director"),
  CHAIRPERSON("Chairperson");

  private final String label;

  Office(String label) {
    this.label = label;
  }

  /** The English title, such as "Foreign Minister", used when a role gives no title of its own. */
  public String label() {
    return label;
  }

  /** The office named {@code name} in an actor file (its enum name, ignoring case). */
  public static Optional<Office> ofName(String name) {
    String wanted = name.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (Office o : values()) {
      if (o.name().equals(wanted)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }
}
