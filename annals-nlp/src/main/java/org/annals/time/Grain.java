package org.annals.time;

/** How precise a calendar value is, finest first. */
enum Grain {
  DAY,
  WEEKEND,
  WEEK,
  MONTH,
  SEASON,
  QUARTER,
  HALF,
  YEAR,
  DECADE,
  CENTURY;

  /** The coarser of two grains. */
  static Grain coarser(Grain a, Grain b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
