package org.annals.actors;

/** How far the start and end dates of a {@link Role} can be trusted. */
public enum Dating {
  /** Both dates are the days the term began and ended. */
  EXACT,
  /** A date may be off by a few days (an appointment announced and taken up on different days). */
  APPROXIMATE,
  /**
   * The dates bound the span in which the holder is known to have been in office; the real term may
   * be longer. Outside it the role is not claimed, which leaves a gap rather than an invented date.
   */
  ATTESTED
}
