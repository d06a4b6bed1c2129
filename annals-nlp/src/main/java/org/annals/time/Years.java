package org.annals.time;

import java.time.LocalDate;
import java.util.Set;

/**
 * Years ("2023", "fiscal 2024", "the year 2000"), decades ("the 1990s", "the '90s", "the nineties")
 * and centuries ("the 19th century", "the 1800s"). A four-digit number is a year when it lies
 * between 1900 and fifty years after the report date, unless a measure word follows it or a label
 * ("Resolution 2231", "$2000") precedes it; an earlier year needs a preposition before it.
 */
final class Years {
  private static final Set<String> YEAR_CONTEXT =
      Set.of(
          "in",
          "since",
          "of",
          "by",
          "until",
          "till",
          "from",
          "to",
          "before",
          "after",
          "during",
          "circa",
          "around",
          "year",
          "between",
          "and",
          "through",
          "throughout",
          "early",
          "late",
          "mid",
          "spring",
          "summer",
          "autumn",
          "fall",
          "winter",
          "fiscal",
          "the",
          "c",
          "ca");
  private static final Set<String> LABELS =
      Set.of(
          "resolution",
          "article",
          "section",
          "chapter",
          "flight",
          "route",
          "highway",
          "room",
          "no",
          "number",
          "page",
          "paragraph",
          "model",
          "version",
          "code",
          "item",
          "lot",
          "unit",
          "box",
          "bus",
          "iso",
          "rule",
          "bill",
          "sb",
          "hb",
          "law",
          "order",
          "decree",
          "directive",
          "regulation",
          "ps",
          "pc",
          "windows",
          "cve",
          "id",
          "postcode",
          "zip",
          "suite",
          "gate",
          "platform",
          "road",
          "street",
          "avenue",
          "channel",
          "interstate",
          "agenda",
          "vision");
  private static final Set<String> MEASURES =
      Set.of(
          "people",
          "persons",
          "troops",
          "soldiers",
          "km",
          "kilometres",
          "kilometers",
          "miles",
          "metres",
          "meters",
          "feet",
          "tons",
          "tonnes",
          "dollars",
          "euros",
          "pounds",
          "percent",
          "votes",
          "cases",
          "deaths",
          "students",
          "workers",
          "units",
          "barrels",
          "acres",
          "points",
          "hectares",
          "kg",
          "mw",
          "residents",
          "families",
          "children",
          "members",
          "jobs",
          "homes",
          "houses",
          "cars",
          "vehicles",
          "rockets",
          "missiles",
          "drones",
          "prisoners",
          "migrants",
          "refugees",
          "civilians",
          "employees",
          "staff",
          "delegates",
          "seats",
          "signatures",
          "words",
          "pages",
          "calories",
          "times",
          "rubles",
          "roubles",
          "yuan",
          "rupees",
          "lira",
          "liras",
          "dinars",
          "riyals",
          "shekels",
          "m",
          "ft",
          "mph",
          "hours",
          "minutes",
          "days",
          "weeks",
          "months",
          "years",
          "dead",
          "injured",
          "wounded",
          "killed",
          "arrested",
          "officers",
          "police",
          "fighters",
          "militants",
          "patients",
          "beds",
          "doses",
          "tests",
          "visitors",
          "tourists",
          "passengers",
          "flights",
          "ships",
          "boats",
          "aircraft",
          "planes",
          "tanks",
          "guns",
          "weapons",
          "bombs",
          "shells",
          "gallons",
          "litres",
          "liters",
          "sq");

  /** Before a year in every reading ("in 2000"), unlike "of" or "the" ("of 2000 nits"). */
  private static final Set<String> STRONG_BEFORE =
      Set.of("in", "since", "until", "till", "by", "from", "before", "after", "during", "circa");

  /** Words that follow a year as readily as a count ("2000 and 2004", "2000 to 2004"). */
  private static final Set<String> AFTER_YEAR =
      Set.of(
          "and", "to", "or", "through", "until", "when", "as", "with", "was", "is", "had", "has",
          "the", "but", "after", "before", "because", "onwards", "onward");

  private static final String MONEY = "$€£¥₹₽#№";

  private Years() {}

  /** A year, decade, century or fiscal year starting at token {@code i}. */
  static Found at(Scan s, int i) {
    Found f = decade(s, i);
    if (f == null) {
      f = century(s, i);
    }
    if (f == null) {
      f = labelled(s, i);
    }
    if (f == null) {
      int y = year(s, i);
      f = y < 0 ? null : Found.date(i, i + 1, yearPoint(y), Found.ABSOLUTE);
    }
    return f;
  }

  static Point yearPoint(int y) {
    return Point.of(LocalDate.of(y, 1, 1), Grain.YEAR);
  }

  /** The year written at token {@code i} (four digits, in context), or -1. */
  static int year(Scan s, int i) {
    if (s.digits(i) != 4 || !plainNumber(s, i)) {
      return -1;
    }
    int y = s.number(i);
    boolean context = i > 0 && s.next(i) && (s.isAny(i - 1, YEAR_CONTEXT) || s.dash(i - 1));
    boolean modern = y >= 1900 && y <= s.dct.getYear() + 50;
    if (!(modern || (y >= 1000 && y < 1900 && context))) {
      return -1;
    }
    if (s.reach(i + 1) && (s.isAny(i + 1, MEASURES) || s.ch(i + 1, '%'))) {
      return -1;
    }
    if (i > 0 && s.next(i) && (s.isAny(i - 1, LABELS) || money(s, i - 1))) {
      return -1;
    }
    if (y % 100 == 0
        && s.reach(i + 1)
        && s.isWord(i + 1)
        && !s.cap(i + 1)
        && !s.isAny(i + 1, AFTER_YEAR)
        && !(i > 0 && s.next(i) && s.isAny(i - 1, STRONG_BEFORE))) {
      return -1;
    }
    return y;
  }

  /** A year written after a month or a day ("July 4, 1776"): any four digits from 1000. */
  static int written(Scan s, int i) {
    if (s.digits(i) != 4 || !plainNumber(s, i)) {
      return -1;
    }
    int y = s.number(i);
    return y >= 1000 && y <= s.dct.getYear() + 100 ? y : -1;
  }

  /** Digits not glued to a decimal point, a thousands comma, a colon or a letter. */
  private static boolean plainNumber(Scan s, int i) {
    if (s.joined(i)
        && (s.ch(i - 1, '.')
            || s.ch(i - 1, ',')
            || s.ch(i - 1, ':')
            || s.isWord(i - 1)
            || money(s, i - 1))) {
      return false;
    }
    int j = i + 1;
    if (!s.joined(j)) {
      return true;
    }
    boolean digitAfter = s.isNumber(j + 1) && s.joined(j + 1);
    return !((s.ch(j, '.') || s.ch(j, ',') || s.ch(j, ':')) && digitAfter)
        && !s.isWord(j)
        && !s.ch(j, '%');
  }

  private static boolean money(Scan s, int i) {
    return i >= 0 && s.t.kind[i] == Tokens.OTHER && MONEY.indexOf(s.t.charAt(i)) >= 0;
  }

  /** "the 1990s", "1990's", "the '90s", "the nineties"; "the 1800s" is a century. */
  private static Found decade(Scan s, int i) {
    int j = s.is(i, "the") && s.reach(i + 1) ? i + 1 : i;
    Integer word = Lexicon.DECADE_WORDS.get(s.w(j));
    if (word != null && j > i) {
      return Found.date(i, j + 1, Point.of(LocalDate.of(1900 + 10 * word, 1, 1), Grain.DECADE));
    }
    int y;
    int k;
    if (s.digits(j) == 4
        && s.number(j) % 10 == 0
        && s.number(j) >= 1000
        && s.number(j) <= s.dct.getYear() + 50
        && !(s.joined(j) && s.isWord(j - 1))) {
      y = s.number(j);
      k = j + 1;
    } else if (j > i && s.digits(j) == 2 && s.number(j) % 10 == 0) {
      y = 1900 + s.number(j);
      k = j + 1;
    } else if (s.apostrophe(j) && s.digits(j + 1) == 2 && s.joined(j + 1)) {
      int yy = s.number(j + 1);
      y = (yy <= s.dct.getYear() % 100 ? 2000 : 1900) + yy;
      k = j + 2;
    } else {
      return null;
    }
    if (s.joined(k) && s.apostrophe(k) && s.joined(k + 1) && s.is(k + 1, "s")) {
      k++;
    }
    if (!(s.joined(k) && s.is(k, "s")) || y < 1000) {
      return null;
    }
    Grain g = y % 100 == 0 && y < 2000 ? Grain.CENTURY : Grain.DECADE;
    return Found.date(i, k + 1, Point.of(LocalDate.of(y, 1, 1), g));
  }

  /** "the 19th century", "the twenty-first century". */
  private static Found century(Scan s, int i) {
    int j = s.is(i, "the") && s.reach(i + 1) ? i + 1 : i;
    int n;
    int k;
    if (s.isNumber(j) && s.digits(j) <= 2 && s.joined(j + 1) && Lexicon.ordinalSuffix(s.w(j + 1))) {
      n = s.number(j);
      k = j + 2;
    } else if (Lexicon.ORDINALS.containsKey(s.w(j))) {
      n = Lexicon.ORDINALS.get(s.w(j));
      k = j + 1;
    } else if (s.is(j, "twenty") && s.dash(j + 1) && s.joined(j + 1) && s.is(j + 2, "first")) {
      n = 21;
      k = j + 3;
    } else {
      return null;
    }
    if (!(s.reach(k) && s.is(k, "century")) || n < 1 || n > 30) {
      return null;
    }
    return Found.date(i, k + 1, Point.of(LocalDate.of((n - 1) * 100, 1, 1), Grain.CENTURY));
  }

  /** "fiscal 2024", "fiscal year 2024", "FY2024", "the year 2000". */
  private static Found labelled(Scan s, int i) {
    int j = s.seq(i, "fiscal", "year");
    if (j < 0) {
      j = s.seq(i, "fiscal");
    }
    if (j < 0) {
      j = s.seq(i, "the", "year");
    }
    if (j < 0 && s.is(i, "fy")) {
      j = i + 1;
    }
    if (j < 0 || !s.reach(j)) {
      return null;
    }
    int y = s.digits(j) == 4 ? s.number(j) : -1;
    if (y < 1000 || y > s.dct.getYear() + 100) {
      return null;
    }
    return Found.date(i, j + 1, yearPoint(y), Found.ABSOLUTE);
  }
}
