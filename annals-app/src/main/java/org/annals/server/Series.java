package org.annals.server;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.annals.store.MergedEvent;

/**
 * Events over time: per day, ISO week (Monday first) or month, how many interactions of each quad
 * class and their mean Goldstein score. Occurrences have no quad class and are not counted. Empty
 * periods between the first and last are kept, so a chart's axis is even.
 */
final class Series {
  /** The most periods one series may hold. */
  static final int MAX_POINTS = 5000;

  enum Interval {
    DAY,
    WEEK,
    MONTH;

    LocalDate start(LocalDate d) {
      return switch (this) {
        case DAY -> d;
        case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH -> d.withDayOfMonth(1);
      };
    }

    LocalDate next(LocalDate start) {
      return switch (this) {
        case DAY -> start.plusDays(1);
        case WEEK -> start.plusWeeks(1);
        case MONTH -> start.plusMonths(1);
      };
    }

    long count(LocalDate first, LocalDate last) {
      return switch (this) {
        case DAY -> ChronoUnit.DAYS.between(first, last) + 1;
        case WEEK -> ChronoUnit.WEEKS.between(start(first), start(last)) + 1;
        case MONTH -> ChronoUnit.MONTHS.between(start(first), start(last)) + 1;
      };
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One period.
   *
   * @param period its first day
   * @param end its last day
   * @param tally its interactions by quad class, with their mean Goldstein score
   */
  record Point(LocalDate period, LocalDate end, QuadTally tally) {}

  private Series() {}

  /**
   * The series of {@code events} from {@code from} (else the first event's period) to {@code to}
   * (else the last's).
   *
   * @throws ApiException 400 when the range holds more than {@value #MAX_POINTS} periods
   */
  static List<Point> of(List<MergedEvent> events, Interval interval, LocalDate from, LocalDate to) {
    TreeMap<LocalDate, QuadTally> sums = new TreeMap<>();
    for (MergedEvent e : events) {
      if (e.quad() >= 1 && e.quad() <= 4) {
        sums.computeIfAbsent(interval.start(LocalDate.parse(e.date())), k -> new QuadTally())
            .add(e);
      }
    }
    if (sums.isEmpty() && (from == null || to == null)) {
      return List.of();
    }
    LocalDate first = interval.start(from != null ? from : sums.firstKey());
    LocalDate last = interval.start(to != null ? to : sums.lastKey());
    if (last.isBefore(first)) {
      return List.of();
    }
    if (interval.count(first, last) > MAX_POINTS) {
      throw ApiException.badParameter(
          "interval",
          interval.label(),
          "a coarser interval (week or month) or a shorter from–to range: "
              + first
              + " to "
              + last
              + " holds more than "
              + MAX_POINTS
              + " "
              + interval.label()
              + "s");
    }
    List<Point> out = new ArrayList<>();
    for (LocalDate p = first; !p.isAfter(last); p = interval.next(p)) {
      out.add(new Point(p, interval.next(p).minusDays(1), sums.getOrDefault(p, new QuadTally())));
    }
    return out;
  }
}
