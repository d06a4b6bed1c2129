package org.annals.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules in order, and how their matches combine: at each token the longest match wins (the
 * earlier rule on a tie); "early", "the end of", "about", "more than" widen a match they precede; a
 * time of day takes the day written right after it ("10 a.m. Thursday").
 */
final class Grammar {
  /** One rule: the match starting at token {@code i}, or null. */
  @FunctionalInterface
  interface Rule {
    Found at(Scan s, int i);
  }

  private static final Rule[] CORE = {
    NumericForms::date,
    NumericForms::clock,
    MonthDates::at,
    Relatives::weekday,
    Years::at,
    PartsOfYear::at,
    Relatives::deictic,
    Relatives::offset,
    Relatives::unit,
    Durations::set,
    Durations::at
  };
  private static final Rule[] DAYS = {
    Relatives::weekday, MonthDates::at, Relatives::deictic, NumericForms::date
  };
  private static final String[][] POINT_MODS = {
    {"the", "end", "of"},
    {"the", "beginning", "of"},
    {"the", "start", "of"},
    {"the", "middle", "of"},
    {"the", "turn", "of"},
    {"the", "close", "of"},
    {"end", "of"},
    {"beginning", "of"},
    {"start", "of"},
    {"the", "early", "part", "of"},
    {"the", "latter", "part", "of"},
    {"the", "early"},
    {"the", "late"},
    {"the", "mid"},
    {"early"},
    {"late"},
    {"mid"}
  };
  private static final String[][] AMOUNT_MODS = {
    {"more", "than"},
    {"less", "than"},
    {"fewer", "than"},
    {"at", "least"},
    {"at", "most"},
    {"up", "to"},
    {"just", "over"},
    {"just", "under"},
    {"well", "over"},
    {"no", "more", "than"},
    {"no", "less", "than"},
    {"close", "to"},
    {"upwards", "of"},
    {"nearly"},
    {"almost"},
    {"about"},
    {"around"},
    {"approximately"},
    {"roughly"},
    {"some"},
    {"barely"}
  };
  private static final Set<String> TRIGGERS = triggers();
  private static final Set<String> LEADERS = Set.of("the", "a", "an", "this", "that");
  private static final Map<String, List<String[]>> POINT_BY_FIRST = byFirst(POINT_MODS);
  private static final Map<String, List<String[]>> AMOUNT_BY_FIRST = byFirst(AMOUNT_MODS);

  private Grammar() {}

  private static Map<String, List<String[]>> byFirst(String[][] mods) {
    Map<String, List<String[]>> m = new HashMap<>();
    for (String[] mod : mods) {
      m.computeIfAbsent(mod[0], k -> new ArrayList<>()).add(mod);
    }
    return Map.copyOf(m);
  }

  private static Set<String> triggers() {
    Set<String> t = new HashSet<>();
    t.addAll(Lexicon.MONTHS.keySet());
    t.addAll(Lexicon.WEEKDAYS.keySet());
    t.addAll(Lexicon.WEEKDAYS_PLURAL.keySet());
    t.addAll(Lexicon.NUMBERS.keySet());
    t.addAll(Lexicon.TENS.keySet());
    t.addAll(Lexicon.ORDINALS.keySet());
    t.addAll(Lexicon.SEASONS.keySet());
    t.addAll(Lexicon.PARTS_OF_DAY.keySet());
    t.addAll(Lexicon.DECADE_WORDS.keySet());
    t.addAll(Unit.names());
    t.add("weekend");
    for (String[] mod : POINT_MODS) {
      t.add(mod[0]);
    }
    for (String[] mod : AMOUNT_MODS) {
      t.add(mod[0]);
    }
    t.addAll(
        Lexicon.words(
            """
            the a an this last next past coming previous following same current that preceding
            earlier later today tonight yesterday tomorrow now currently nowadays presently present
            recently lately every each once twice thrice daily weekly monthly yearly annually
            hourly nightly quarterly biweekly several few many numerous countless dozens hundreds
            thousands scores couple half recent fiscal fy q h christmas easter new good
            thanksgiving halloween noon midnight midday per final first future present near
            distant foreseeable immediate beginning start middle turn close latter dozen hundred
            number
            """));
    return Set.copyOf(t);
  }

  /**
   * Whether any rule can start at token {@code i}: a cheap filter before trying them. A frequent
   * function word ("the", "a") starts an expression only before another trigger ("the past").
   */
  static boolean mayStart(Scan s, int i) {
    if (!trigger(s, i)) {
      return false;
    }
    return !LEADERS.contains(s.w(i)) || s.reach(i + 1) && trigger(s, i + 1);
  }

  private static boolean trigger(Scan s, int i) {
    byte kind = s.t.kind[i];
    if (kind == Tokens.NUMBER) {
      return true;
    }
    if (kind == Tokens.OTHER) {
      return s.apostrophe(i) && s.isNumber(i + 1);
    }
    return TRIGGERS.contains(s.t.lower[i]);
  }

  /** The best match starting at token {@code i}, or null. */
  static Found best(Scan s, int i) {
    Found best = longest(s, i, CORE);
    Found modified = modified(s, i);
    if (modified != null && (best == null || modified.length() > best.length())) {
      best = modified;
    }
    return best == null ? null : attachDay(s, best);
  }

  private static Found longest(Scan s, int i, Rule[] rules) {
    Found best = null;
    for (Rule r : rules) {
      Found f = r.at(s, i);
      if (f != null && (best == null || f.length() > best.length())) {
        best = f;
      }
    }
    return best;
  }

  /** "early 2024", "the end of the year", "mid-March", "about three years", "more than a week". */
  private static Found modified(Scan s, int i) {
    String first = s.w(i);
    for (String[] mod : POINT_BY_FIRST.getOrDefault(first, List.of())) {
      int k = s.seq(i, mod);
      if (k > 0 && s.reach(k)) {
        int j =
            mod[mod.length - 1].equals("mid") && s.dash(k) && s.joined(k) && s.reach(k + 1)
                ? k + 1
                : k;
        Found inner = longest(s, j, CORE);
        if (inner == null && mod.length > 1) {
          inner = Relatives.bareUnit(s, j);
        }
        if (inner != null && inner.point() != null && inner.start() == j) {
          return inner.from(i);
        }
      }
    }
    for (String[] mod : AMOUNT_BY_FIRST.getOrDefault(first, List.of())) {
      int k = s.seq(i, mod);
      if (k > 0 && s.reach(k)) {
        Found inner = longest(s, k, CORE);
        if (inner != null && inner.has(Found.QUANTIFIED)) {
          return inner.from(i);
        }
      }
    }
    return null;
  }

  /** A time of day followed by its day ("10 a.m. Thursday"), or a day by its time. */
  private static Found attachDay(Scan s, Found f) {
    int k = f.end();
    if (s.reach(k) && s.ch(k, ',')) {
      k++;
    }
    if (!s.reach(k)) {
      return f;
    }
    if (f.clock() != null) {
      if (s.is(k, "on") && s.reach(k + 1)) {
        Found day = longest(s, k + 1, DAYS);
        return day != null && day.isDay()
            ? Found.clock(f.start(), f.end(), day.point().date(), f.clock())
            : f;
      }
      Found day = longest(s, k, DAYS);
      if (day != null && day.isDay() && day.type().equals(TimeExpression.DATE)) {
        return Found.time(f.start(), day.end(), day.point().date(), f.clock());
      }
    } else if (f.isDay() && f.type().equals(TimeExpression.DATE)) {
      Found time = NumericForms.clock(s, k);
      if (time != null && s.isNumber(k)) {
        return Found.time(f.start(), time.end(), f.point().date(), time.clock());
      }
    }
    return f;
  }
}
