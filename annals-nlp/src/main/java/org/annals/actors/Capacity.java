package org.annals.actors;

import java.util.Locale;
import java.util.Optional;

/**
 * What an office makes its holder, beyond its title; the ranking of "the Iranian leader" uses it.
 */
public enum Capacity {
  /** The one news calls the country's leader: the chief executive in news usage. */
  LEADER("LEADER"),
  /** The head of an organisation (IGO, NGO). */
  HEAD_OF_ORGANISATION("HEAD"),
  /** Head of state under the constitution. */
  HEAD_OF_STATE("HOS"),
  /** Head of government under the constitution. */
  HEAD_OF_GOVERNMENT("HOG");

  private final String token;

  Capacity(String token) {
    this.token = token;
  }

  /** The token that stands for this capacity in actor files: LEADER, HEAD, HOS or HOG. */
  public String token() {
    return token;
  }

  /** The capacity written as {@code token} in an actor file, ignoring case. */
  public static Optional<Capacity> ofToken(String token) {
    for (Capacity c : values()) {
      if (c.token.equals(token.trim().toUpperCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
