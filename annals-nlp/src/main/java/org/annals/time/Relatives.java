package org.annals.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Expressions relative to the report date or to the date mentioned last: weekdays ("Thursday",
 * "last Friday night"), "this week", "last month", "next year", "the following day", "that year",
 * "two days ago", "a day later", and the deictic words "today", "yesterday", "now", "recently".
 */
final class Relatives {
  private static final Set<String> BACK = Set.of("last", "past", "previous");
  private static final Set<String> AHEAD = Set.of("next", "coming");
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "and", "or", "but", "as", "when", "where", "with", "to", "has", "have", "had", "is",
          "was", "were", "will", "that", "which", "than", "for", "in", "of", "at", "by", "on");

  private Relatives() {}

  /** "Thursday", "last Friday", "Thursday night", "Thursday, July 4", "Mondays" (a set). */
  static Found weekday(Scan s, int i) {
    String w = s.w(i);
    Resolve.Dir dir =
        BACK.contains(w)
            ? Resolve.Dir.BEFORE
            : AHEAD.contains(w) ? Resolve.Dir.AFTER : w.equals("this") ? Resolve.Dir.NEAREST : null;
    int j = dir == null ? i : i + 1;
    if (j > i && !s.reach(j)) {
      return null;
    }
    DayOfWeek d = Lexicon.WEEKDAYS.get(s.w(j));
    if (d == null || !s.cap(j)) {
      DayOfWeek every = j == i && s.cap(i) ? Lexicon.WEEKDAYS_PLURAL.get(w) : null;
      return every == null ? null : Found.set(i, i + 1, "XXXX-WXX-" + every.getValue());
    }
    int end = j + 1;
    if (Lexicon.SHORT_FORMS.contains(s.w(j))) {
      if (!(s.ch(end, '.') && s.joined(end))) {
        return null;
      }
      end++;
    }
    LocalDate day = Resolve.weekday(s.dct, d, dir != null ? dir : Resolve.Dir.of(s.tense(i)));
    Found written = writtenDate(s, end);
    if (written != null && dir == null) {
      return written.from(i);
    }
    return partOfDay(s, i, end, day);
  }

  /** ", July 4" or " 4 July 2024" after a weekday. */
  private static Found writtenDate(Scan s, int end) {
    int k = s.reach(end) && s.ch(end, ',') ? end + 1 : end;
    Found f = s.reach(k) ? MonthDates.at(s, k) : null;
    return f != null && f.isDay() ? f : null;
  }

  /** The day, or a part of it when "morning", "night" and so on follow. */
  private static Found partOfDay(Scan s, int i, int end, LocalDate day) {
    String part = s.reach(end) ? Lexicon.PARTS_OF_DAY.get(s.w(end)) : null;
    if (part != null && s.cap(end) && s.reach(end + 1) && s.isWord(end + 1) && s.cap(end + 1)) {
      return null;
    }
    if (part != null && !s.is(end, "overnight")) {
      return Found.time(i, end + 1, day, "T" + part);
    }
    return Found.date(i, end, Point.of(day, Grain.DAY));
  }

  /** "today", "yesterday morning", "tonight", "now", "currently", "recently", "the past". */
  static Found deictic(Scan s, int i) {
    int k = s.seq(i, "the", "day", "before", "yesterday");
    if (k > 0) {
      return Found.date(i, k, Point.of(s.dct.minusDays(2), Grain.DAY));
    }
    k = s.seq(i, "the", "day", "after", "tomorrow");
    if (k > 0) {
      return Found.date(i, k, Point.of(s.dct.plusDays(2), Grain.DAY));
    }
    return switch (s.w(i)) {
      case "today" -> partOfDay(s, i, i + 1, s.dct);
      case "yesterday" -> partOfDay(s, i, i + 1, s.dct.minusDays(1));
      case "tomorrow" -> partOfDay(s, i, i + 1, s.dct.plusDays(1));
      case "tonight" -> Found.time(i, i + 1, s.dct, "TNI");
      case "now" -> nowIdiom(s, i) ? null : Found.ref(i, i + 1, "PRESENT_REF");
      case "currently", "nowadays", "presently" -> Found.ref(i, i + 1, "PRESENT_REF");
      case "recently", "lately" -> Found.ref(i, i + 1, "PAST_REF");
      case "present" -> s.is(i - 1, "at") && s.next(i) ? Found.ref(i, i + 1, "PRESENT_REF") : null;
      case "the" -> theRef(s, i);
      default -> null;
    };
  }

  /** "every now and then", "now-defunct": "now" that is not a time. */
  private static boolean nowIdiom(Scan s, int i) {
    return s.seq(i, "now", "and", "then") > 0
        || s.seq(i, "now", "and", "again") > 0
        || s.dash(i + 1) && s.joined(i + 1)
        || s.is(i - 1, "every");
  }

  /** "the past", "the recent past", "the future", "the near future", "the present day". */
  private static Found theRef(Scan s, int i) {
    int j = i + 1;
    if (s.reach(j)
        && (s.is(j, "recent")
            || s.is(j, "distant")
            || s.is(j, "near")
            || s.is(j, "foreseeable")
            || s.is(j, "immediate"))) {
      j++;
    }
    if (!s.reach(j)) {
      return null;
    }
    String value =
        switch (s.w(j)) {
          case "past" -> "PAST_REF";
          case "future" -> "FUTURE_REF";
          case "present" -> "PRESENT_REF";
          default -> null;
        };
    if (value == null) {
      return null;
    }
    if (value.equals("PRESENT_REF") && s.reach(j + 1) && s.is(j + 1, "day")) {
      return Found.ref(i, j + 2, value);
    }
    boolean free = !s.reach(j + 1) || !s.isWord(j + 1) || s.isAny(j + 1, FUNCTION_WORDS);
    return free ? Found.ref(i, j + 1, value) : null;
  }

  /**
   * "this week", "last month", "next year", "the past year" (a duration), "the following day",
   * "that year", "the same day", "last night", "earlier this year".
   */
  static Found unit(Scan s, int i) {
    if ((s.is(i, "earlier") || s.is(i, "later"))
        && s.reach(i + 1)
        && (s.is(i + 1, "this") || s.is(i + 1, "that"))) {
      Found f = unit(s, i + 1);
      return f == null || f.point() == null ? null : f.from(i);
    }
    boolean the = s.is(i, "the") && s.reach(i + 1);
    if (the && s.is(i + 1, "weekend")) {
      return weekend(s, i, i + 2, "the");
    }
    if (the) {
      Found f = before(s, i);
      if (f != null) {
        return f;
      }
    }
    int j = the ? i + 1 : i;
    String mod = s.w(j);
    int k = j + 1;
    if (mod.equals("this") && s.is(k, "past") && s.reach(k + 1)) {
      mod = "last";
      k++;
    }
    if (!s.reach(k)) {
      return null;
    }
    String word = s.w(k);
    if (Lexicon.PARTS_OF_DAY.containsKey(word) && !word.equals("overnight")) {
      return partOfDayUnit(s, i, k, mod, the);
    }
    if (word.equals("weekend")) {
      return weekend(s, i, k + 1, mod);
    }
    Unit u = Unit.of(word);
    if (u == null || Unit.plural(word) || u.clock || u == Unit.FORTNIGHT || u == Unit.NIGHT) {
      return null;
    }
    return calendarUnit(s, i, k + 1, mod, the, u);
  }

  private static Found calendarUnit(Scan s, int i, int end, String mod, boolean the, Unit u) {
    Point today = Point.of(s.dct, Grain.DAY);
    return switch (mod) {
      case "this", "current" -> u == Unit.DAY ? null : Found.date(i, end, today.plus(0, u));
      case "last" -> u == Unit.DAY ? null : Found.date(i, end, today.plus(-1, u));
      case "past" -> u == Unit.DAY && !the ? null : Found.duration(i, end, u.duration(1.0));
      case "next", "coming" ->
          u == Unit.DAY
              ? Found.date(i, end, s.anchor(Grain.DAY, i).plus(1, u))
              : Found.date(i, end, today.plus(1, u));
      case "following" -> Found.date(i, end, s.anchor(u.grain, i).plus(1, u));
      case "previous", "preceding" -> Found.date(i, end, s.anchor(u.grain, i).plus(-1, u));
      case "same" -> the ? Found.date(i, end, s.anchor(u.grain, i).plus(0, u)) : null;
      case "that" -> the ? null : Found.date(i, end, s.anchor(u.grain, i).plus(0, u));
      default -> null;
    };
  }

  /** "the day before", "the week after", "the year before" at the end of a clause. */
  private static Found before(Scan s, int i) {
    String word = s.w(i + 1);
    Unit u = Unit.of(word);
    if (u == null || u.clock || Unit.plural(word) || !s.reach(i + 2)) {
      return null;
    }
    int n = s.is(i + 2, "before") ? -1 : s.is(i + 2, "after") ? 1 : 0;
    if (n == 0 || (s.reach(i + 3) && s.isWord(i + 3))) {
      return null;
    }
    if (u == Unit.NIGHT) {
      return Found.time(i, i + 3, s.anchor(Grain.DAY, i).date().plusDays(n), "TNI");
    }
    return Found.date(i, i + 3, s.anchor(u.grain, i).plus(n, u));
  }

  private static Found partOfDayUnit(Scan s, int i, int k, String mod, boolean the) {
    String part = "T" + Lexicon.PARTS_OF_DAY.get(s.w(k));
    LocalDate anchorDay = s.anchor(Grain.DAY, i).date();
    LocalDate day =
        switch (mod) {
          case "this" -> the ? null : s.dct;
          case "last" -> the || !part.equals("TNI") ? null : s.dct.minusDays(1);
          case "that" -> the ? null : anchorDay;
          case "same" -> the ? anchorDay : null;
          case "next", "following" -> the ? anchorDay.plusDays(1) : null;
          case "previous" -> the ? anchorDay.minusDays(1) : null;
          default -> null;
        };
    return day == null ? null : Found.time(i, k + 1, day, part);
  }

  private static Found weekend(Scan s, int i, int end, String mod) {
    LocalDate saturday = s.dct.with(DayOfWeek.SATURDAY);
    boolean inWeekend = s.dct.getDayOfWeek().getValue() >= 6;
    LocalDate day =
        switch (mod) {
          case "this" -> saturday;
          case "last" -> saturday.minusWeeks(1);
          case "past" -> inWeekend ? saturday : saturday.minusWeeks(1);
          case "next", "coming" -> saturday.plusWeeks(1);
          case "the" -> s.tense(i) == Tense.FUTURE || inWeekend ? saturday : saturday.minusWeeks(1);
          default -> null;
        };
    return day == null ? null : Found.date(i, end, Point.of(day, Grain.WEEKEND));
  }

  /** "the year", "the month" inside "the end of the year": the report date's own. */
  static Found bareUnit(Scan s, int i) {
    if (!s.is(i, "the") || !s.reach(i + 1)) {
      return null;
    }
    Unit u = Unit.of(s.w(i + 1));
    if (u == null || u.clock || Unit.plural(s.w(i + 1)) || u == Unit.NIGHT || u == Unit.DAY) {
      return null;
    }
    return Found.date(i, i + 2, Point.of(s.dct, Grain.DAY).plus(0, u));
  }

  /** "two days ago", "a year later", "three weeks earlier", "a month from now", "years ago". */
  static Found offset(Scan s, int i) {
    Quantity q = Quantity.at(s, i);
    int j = q == null ? i : q.end();
    if (j > i && !s.reach(j)) {
      return null;
    }
    String word = s.w(j);
    Unit u = Unit.of(word);
    if (u == null
        || q == null && !Unit.plural(word)
        || q != null && q.article() && Unit.plural(word)) {
      return null;
    }
    Double amount = q == null ? null : q.amount();
    int k = j + 1;
    int half = s.reach(k) && amount != null ? s.seq(k, "and", "a", "half") : -1;
    if (half > 0) {
      amount += 0.5;
      k = half;
    }
    if (!s.reach(k)) {
      return null;
    }
    return direction(s, i, k, u, amount);
  }

  /**
   * Which way an offset points: {@code sign} -1 back, +1 ahead; from the report date ("ago", "from
   * now") or from the date mentioned last ("later", "earlier"); {@code end} the token after.
   */
  private record Direction(int sign, boolean fromReport, int end) {}

  private static Direction direction(Scan s, int k) {
    return switch (s.w(k)) {
      case "ago" -> new Direction(-1, true, k + 1);
      case "hence" -> new Direction(1, true, k + 1);
      case "later", "afterwards", "afterward" -> new Direction(1, false, k + 1);
      case "earlier" -> new Direction(-1, false, k + 1);
      case "from" -> s.reach(k + 1) && s.is(k + 1, "now") ? new Direction(1, true, k + 2) : null;
      case "before", "prior" -> clauseEnd(s, k + 1) ? new Direction(-1, false, k + 1) : null;
      case "after" -> clauseEnd(s, k + 1) ? new Direction(1, false, k + 1) : null;
      default -> null;
    };
  }

  /** Whether no word follows: "a week before." but not "a week before the vote". */
  private static boolean clauseEnd(Scan s, int k) {
    return !(s.reach(k) && s.isWord(k));
  }

  private static Found direction(Scan s, int i, int k, Unit u, Double amount) {
    Direction d = direction(s, k);
    if (d == null) {
      return null;
    }
    if (amount == null) {
      return d.fromReport()
          ? Found.ref(i, d.end(), d.sign() < 0 ? "PAST_REF" : "FUTURE_REF")
          : null;
    }
    Point from = d.fromReport() ? Point.of(s.dct, Grain.DAY) : s.anchor(u.grain, i);
    Point to = shift(from, d.sign() * amount, u);
    if (!d.fromReport() && from.grain() == Grain.DAY && (u == Unit.WEEK || u == Unit.FORTNIGHT)) {
      to = Point.of(to.date(), Grain.DAY);
    }
    return Found.date(i, d.end(), to, Found.QUANTIFIED);
  }

  /** {@code p} moved by a possibly fractional amount: 1.5 years moves 18 months. */
  private static Point shift(Point p, double amount, Unit u) {
    if (amount == Math.rint(amount)) {
      return p.plus((long) amount, u);
    }
    Unit finer =
        switch (u) {
          case YEAR, DECADE, CENTURY -> Unit.MONTH;
          case MONTH, QUARTER, WEEK, FORTNIGHT -> Unit.DAY;
          default -> u;
        };
    double factor =
        switch (u) {
          case YEAR -> 12;
          case DECADE -> 120;
          case CENTURY -> 1200;
          case MONTH -> 30;
          case QUARTER -> 91;
          case WEEK -> 7;
          case FORTNIGHT -> 14;
          default -> 1;
        };
    Grain grain =
        switch (u) {
          case CENTURY -> Grain.DECADE;
          case DECADE -> Grain.YEAR;
          case YEAR -> Grain.MONTH;
          default -> u.grain;
        };
    return p.plus(Math.round(amount * factor), finer).atLeast(grain);
  }
}
