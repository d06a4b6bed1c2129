package org.annals.server;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.annals.internal.Preconditions;
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
   * @param quad interactions per quad class 1–4 (index 0 is class 1)
   * @param goldstein their mean Goldstein score, or {@code null} when none has one
   */
  record Point(LocalDate period, LocalDate end, int[] quad, Double goldstein) {
    Point {
      Preconditions.requireArgument(quad.length == 4, "four quad classes");
      quad = quad.clone();
    }

    int events() {
      return quad[0] + quad[1] + quad[2] + quad[3];
    }

    int quad(int q) {
      return quad[q - 1];
    }
  }

  private Series() {}

  /**
   * The series of {@code events} from {@code from} (else the first event's period) to {@code to}
   * (else the last's).
   *
   * @throws ApiException 400 when the range holds more than {@value #MAX_POINTS} periods
   */
  static List<Point> of(List<MergedEvent> events, Interval interval, LocalDate from, LocalDate to) {
    TreeMap<LocalDate, double[]> sums = new TreeMap<>(); // q1..q4, goldstein sum, goldstein count
    for (MergedEvent e : events) {
      if (e.quad() < 1 || e.quad() > 4) {
        continue;
      }
      LocalDate d = LocalDate.parse(e.date());
      double[] s = sums.computeIfAbsent(interval.start(d), k -> new double[6]);
      s[e.quad() - 1]++;
      if (e.goldstein() != null) {
        s[4] += e.goldstein();
        s[5]++;
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
      double[] s = sums.getOrDefault(p, new double[6]);
      out.add(
          new Point(
              p,
              interval.next(p).minusDays(1),
              new int[] {(int) s[0], (int) s[1], (int) s[2], (int) s[3]},
              s[5] == 0 ? null : s[4] / s[5]));
    }
    return out;
  }
}
