package org.annals.time;

import java.time.LocalDate;

/**
 * A rule's match: tokens {@code start} (inclusive) to {@code end} (exclusive), its TIMEX3 type and
 * value, and, for a calendar date or time, the point it names (the anchor for what follows).
 *
 * @param flags {@link #QUANTIFIED} (an amount of units: may take "about", "more than"), {@link
 *     #ABSOLUTE} (the year is written out)
 * @param clock for a time of day written without its day ("08:46"), the time part ("T08:46")
 */
record Found(int start, int end, String type, String value, Point point, int flags, String clock) {
  static final int QUANTIFIED = 1;
  static final int ABSOLUTE = 2;

  static Found date(int start, int end, Point p) {
    return new Found(start, end, TimeExpression.DATE, p.value(), p, 0, null);
  }

  static Found date(int start, int end, Point p, int flags) {
    return new Found(start, end, TimeExpression.DATE, p.value(), p, flags, null);
  }

  /** A reference such as PRESENT_REF, which anchors nothing. */
  static Found ref(int start, int end, String value) {
    return new Found(start, end, TimeExpression.DATE, value, null, 0, null);
  }

  static Found duration(int start, int end, String value) {
    return new Found(start, end, TimeExpression.DURATION, value, null, QUANTIFIED, null);
  }

  static Found set(int start, int end, String value) {
    return new Found(start, end, TimeExpression.SET, value, null, 0, null);
  }

  /** A time on day {@code day}: {@code part} is "T08:46" or "TMO". */
  static Found time(int start, int end, LocalDate day, String part) {
    return new Found(
        start, end, TimeExpression.TIME, day + part, Point.of(day, Grain.DAY), 0, null);
  }

  /** A time of day whose day was not written: it takes {@code day}, the day in context. */
  static Found clock(int start, int end, LocalDate day, String part) {
    return new Found(
        start, end, TimeExpression.TIME, day + part, Point.of(day, Grain.DAY), 0, part);
  }

  /** This match, widened to start at token {@code from}. */
  Found from(int from) {
    return new Found(from, end, type, value, point, flags, clock);
  }

  /** This match, widened to end at token {@code to}. */
  Found to(int to) {
    return new Found(start, to, type, value, point, flags, clock);
  }

  int length() {
    return end - start;
  }

  boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** Whether this names one day (or a time on it). */
  boolean isDay() {
    return point != null && point.grain() == Grain.DAY;
  }
}
