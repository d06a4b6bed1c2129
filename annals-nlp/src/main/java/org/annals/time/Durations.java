package org.annals.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Durations ("three weeks", "12 1/2 years", "a two-day visit", "the past five years", "recent
 * years", "for decades") and sets ("every week", "twice a year", "daily", "$5 a day").
 */
final class Durations {
  private static final Set<String> SPAN =
      Set.of(
          "past",
          "last",
          "next",
          "coming",
          "first",
          "final",
          "previous",
          "following",
          "recent",
          "preceding");
  private static final Set<String> VERB_BEFORE =
      Set.of(
          "will", "would", "could", "can", "may", "might", "must", "should", "to", "not", "did",
          "does", "do", "n't", "cannot", "shall");
  private static final Set<String> BEFORE_BARE =
      Set.of(
          "for",
          "in",
          "over",
          "within",
          "after",
          "than",
          "took",
          "spent",
          "lasted",
          "lasting",
          "following",
          "span",
          "spanning",
          "about",
          "nearly",
          "almost");
  private static final Set<String> AFTER_BARE =
      Set.of("of", "long", "later", "earlier", "after", "before", "ago");
  private static final Set<String> PER_QUANTITY =
      Set.of(
          "million",
          "billion",
          "trillion",
          "thousand",
          "hundred",
          "percent",
          "dollars",
          "euros",
          "pounds",
          "cents",
          "times",
          "per",
          "tons",
          "tonnes",
          "barrels");
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "these", "those", "its", "his", "her", "their", "our", "my", "your", "whose",
          "early", "final", "last", "first", "golden", "old", "good");
  private static final Map<String, String> ADVERBS =
      Map.of(
          "daily",
          "P1D",
          "weekly",
          "P1W",
          "monthly",
          "P1M",
          "yearly",
          "P1Y",
          "annually",
          "P1Y",
          "hourly",
          "PT1H",
          "nightly",
          "P1D",
          "quarterly",
          "P3M",
          "biweekly",
          "P2W");

  private Durations() {}

  /** A duration starting at token {@code i}. */
  static Found at(Scan s, int i) {
    Found f = counted(s, i);
    if (f == null) {
      f = hyphenated(s, i);
    }
    if (f == null) {
      f = bare(s, i);
    }
    return f;
  }

  /** "[the past] three weeks", "a year and a half", "several years", "recent years". */
  private static Found counted(Scan s, int i) {
    int j = i;
    if (s.is(i, "the") && s.reach(i + 1) && s.isAny(i + 1, SPAN)) {
      j = i + 2;
    } else if (s.isAny(i, SPAN) && !(i > 0 && s.next(i) && s.isAny(i - 1, VERB_BEFORE))) {
      j = i + 1;
    }
    if (j > i && !s.reach(j)) {
      return null;
    }
    Quantity q = Quantity.at(s, j);
    int k = q == null ? j : q.end();
    if (q == null && j == i || k > j && !s.reach(k)) {
      return null;
    }
    String word = s.w(k);
    Unit u = Unit.of(word);
    if (u == null || !countable(s, j, q, u, word, j > i)) {
      return null;
    }
    Double amount = q == null ? null : q.amount();
    int end = k + 1;
    int half = amount != null && s.reach(end) ? s.seq(end, "and", "a", "half") : -1;
    if (half > 0) {
      amount += 0.5;
      end = half;
    }
    if (s.reach(end) && s.is(end, "old")
        || q != null && q.article() && s.dash(end) && s.joined(end) && s.is(end + 1, "long")) {
      return null;
    }
    return Found.duration(i, end, u.duration(amount));
  }

  private static boolean countable(Scan s, int j, Quantity q, Unit u, String word, boolean span) {
    boolean plural = Unit.plural(word);
    if (q == null) {
      return span && plural && !s.is(j - 1, "first");
    }
    if (q.article() && (plural || u == Unit.SECOND || u == Unit.QUARTER)) {
      return false;
    }
    if (u == Unit.QUARTER && (q.amount() == null || q.amount() < 2) && !span) {
      return false;
    }
    if (Unit.abbreviation(word) && !s.isNumber(j)) {
      return false;
    }
    return q.amount() == null ? plural : !(q.amount() > 1 && !plural && !s.isNumber(j));
  }

  /** "a two-day visit", "a 12-year sentence", "decade-long"; not ages ("five-year-old"). */
  private static Found hyphenated(Scan s, int i) {
    Quantity q = Quantity.at(s, i);
    int j = q == null ? i : q.end();
    if (q != null && (q.article() || q.amount() == null || !s.dash(j) || !s.joined(j))) {
      return null;
    }
    int k = q == null ? i : j + 1;
    String word = s.w(k);
    Unit u = Unit.of(word);
    if (u == null || (q != null && !s.joined(k)) || Unit.plural(word) && q != null) {
      return null;
    }
    boolean long_ = s.dash(k + 1) && s.joined(k + 1) && s.joined(k + 2) && s.is(k + 2, "long");
    if (q == null) {
      return long_ ? Found.duration(i, k + 3, u.duration(Unit.plural(word) ? null : 1.0)) : null;
    }
    if (s.dash(k + 1) && s.joined(k + 1) && s.is(k + 2, "old")) {
      return null;
    }
    return Found.duration(i, long_ ? k + 3 : k + 1, u.duration(q.amount()));
  }

  /** "for years", "decades of war", "within hours": a plural unit without an amount. */
  private static Found bare(Scan s, int i) {
    String word = s.w(i);
    Unit u = Unit.of(word);
    if (u == null
        || !Unit.plural(word)
        || Unit.abbreviation(word)
        || u == Unit.QUARTER
        || u == Unit.NIGHT
        || u == Unit.SECOND) {
      return null;
    }
    boolean wide = u == Unit.DECADE || u == Unit.CENTURY;
    boolean before = i > 0 && s.next(i) && s.isAny(i - 1, BEFORE_BARE);
    boolean after =
        s.reach(i + 1)
            && s.isAny(i + 1, AFTER_BARE)
            && !(s.is(i + 1, "of") && i > 0 && s.isAny(i - 1, DETERMINERS));
    return wide || before || after ? Found.duration(i, i + 1, u.duration(null)) : null;
  }

  /** A set starting at token {@code i}. */
  static Found set(Scan s, int i) {
    String w = s.w(i);
    String adverb = ADVERBS.get(w);
    if (adverb != null && !s.cap(i)) {
      return Found.set(i, i + 1, adverb);
    }
    if (w.equals("every") || w.equals("each")) {
      return every(s, i);
    }
    if (w.equals("once") || w.equals("twice") || w.equals("thrice")) {
      return perUnit(s, i, i + 1, true);
    }
    if (w.equals("a") || w.equals("an") || w.equals("per")) {
      boolean counted =
          i > 0
              && s.next(i)
              && (s.isNumber(i - 1) || s.ch(i - 1, '%') || s.isAny(i - 1, PER_QUANTITY));
      return counted ? perUnit(s, i, i, false) : null;
    }
    Quantity q = Quantity.at(s, i);
    if (q != null && q.amount() != null && s.reach(q.end()) && s.is(q.end(), "times")) {
      return perUnit(s, i, q.end() + 1, true);
    }
    return null;
  }

  /** "[twice] a year", "per day": the set of one unit. */
  private static Found perUnit(Scan s, int i, int j, boolean needsArticle) {
    if (!s.reach(j) && j > i) {
      return null;
    }
    String a = s.w(j);
    boolean article =
        a.equals("a") || a.equals("an") || a.equals("per") || a.equals("every") || a.equals("each");
    if (!article || !s.reach(j + 1)) {
      return null;
    }
    Unit u = Unit.of(s.w(j + 1));
    if (u == null || Unit.plural(s.w(j + 1)) || u == Unit.QUARTER && !needsArticle) {
      return null;
    }
    return Found.set(i, j + 2, u.duration(1.0));
  }

  /** "every week", "each year", "every other day", "every two weeks", "every Monday". */
  private static Found every(Scan s, int i) {
    int j = i + 1;
    if (!s.reach(j)) {
      return null;
    }
    String named = named(s, j);
    if (named != null) {
      MonthDates.Month m = MonthDates.month(s, j);
      return Found.set(i, m != null ? m.end() : j + 1, named);
    }
    Double n = 1.0;
    if (s.is(j, "other") && s.reach(j + 1)) {
      n = 2.0;
      j++;
    } else {
      Quantity q = Quantity.at(s, j);
      if (q != null && !q.article() && s.reach(q.end())) {
        n = q.amount();
        j = q.end();
      }
    }
    Unit u = Unit.of(s.w(j));
    return u == null ? null : Found.set(i, j + 1, u.duration(n));
  }

  /** The set value of a named day, month, season, part of day or "weekend" at {@code j}. */
  private static String named(Scan s, int j) {
    String w = s.w(j);
    DayOfWeek d = s.cap(j) ? Lexicon.WEEKDAYS.get(w) : null;
    if (d != null && !Lexicon.SHORT_FORMS.contains(w)) {
      return "XXXX-WXX-" + d.getValue();
    }
    MonthDates.Month m = MonthDates.month(s, j);
    if (m != null) {
      return String.format(Locale.ROOT, "XXXX-%02d", m.month());
    }
    if (Lexicon.SEASONS.containsKey(w)) {
      return "XXXX-" + Lexicon.SEASONS.get(w);
    }
    if (Lexicon.PARTS_OF_DAY.containsKey(w) && !w.equals("overnight")) {
      return "XXXX-XX-XXT" + Lexicon.PARTS_OF_DAY.get(w);
    }
    return w.equals("weekend") ? "XXXX-WXX-WE" : null;
  }
}
