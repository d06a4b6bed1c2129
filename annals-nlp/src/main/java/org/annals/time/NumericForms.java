package org.annals.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times written in digits: ISO "2024-07-04" (with "T08:46"), "04.07.2024" (day first),
 * "7/4/2024" (month first unless the first number exceeds 12), "2024/07/04", clock times "08:46",
 * "8:46 p.m.", "8pm", "8 o'clock", and "noon", "midnight". Each pattern is anchored at a token and
 * bounded in length, so a megabyte of digits costs one failed match.
 */
final class NumericForms {
  private static final int REACH = 40;
  private static final String AMPM = "(?:[ \\u00A0]?([ap])\\.?[ \\u00A0]?m\\b\\.?)";
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?(?![\\d:-])");
  private static final Pattern DOTTED =
      Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])");
  private static final Pattern SLASHED =
      Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
  private static final Pattern YMD = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?![\\d/])");
  private static final Pattern CLOCK =
      Pattern.compile(
          "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?" + AMPM + "?(?![\\d:])", Pattern.CASE_INSENSITIVE);
  private static final Pattern HOUR_AMPM =
      Pattern.compile("(\\d{1,2})(?:\\.(\\d{2}))?" + AMPM, Pattern.CASE_INSENSITIVE);
  private static final Set<String> ZONES =
      Set.of(
          "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet",
          "cest", "eet", "eest", "msk", "ist", "jst", "aest", "et", "pt");

  private NumericForms() {}

  /** A date in digits at token {@code i}. */
  static Found date(Scan s, int i) {
    if (!s.isNumber(i) || s.joined(i) && (s.ch(i - 1, '/') || s.ch(i - 1, '.'))) {
      return null;
    }
    int digits = s.digits(i);
    char after = after(s, i);
    Matcher m;
    if (digits == 4 && after == '-' && (m = match(s, ISO, i)) != null) {
      return iso(s, i, m);
    }
    if (digits <= 2 && after == '.' && (m = match(s, DOTTED, i)) != null) {
      return day(s, i, m, num(m, 3), num(m, 2), num(m, 1));
    }
    if (digits == 4 && after == '/' && (m = match(s, YMD, i)) != null) {
      return day(s, i, m, num(m, 1), num(m, 2), num(m, 3));
    }
    if (digits <= 2 && after == '/' && (m = match(s, SLASHED, i)) != null) {
      int a = num(m, 1);
      int b = num(m, 2);
      int y = twoDigitYear(s, num(m, 3), m.group(3).length());
      return a > 12 ? day(s, i, m, y, b, a) : day(s, i, m, y, a, b);
    }
    return null;
  }

  private static int twoDigitYear(Scan s, int y, int digits) {
    if (digits == 4) {
      return y;
    }
    int pivot = s.dct.getYear() % 100 + 10;
    return (y <= pivot ? 2000 : 1900) + y;
  }

  private static Found iso(Scan s, int i, Matcher m) {
    Found d = day(s, i, m, num(m, 1), num(m, 2), num(m, 3));
    if (d == null || m.group(4) == null) {
      return d;
    }
    String part = part(num(m, 4), num(m, 5), m.group(6));
    return part == null ? null : Found.time(d.start(), d.end(), d.point().date(), part);
  }

  private static Found day(Scan s, int i, Matcher m, int y, int mo, int d) {
    int end = tokenEnd(s, i, m.end());
    try {
      LocalDate date = LocalDate.of(y, mo, d);
      return end < 0 ? null : Found.date(i, end, Point.of(date, Grain.DAY), Found.ABSOLUTE);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A clock time at token {@code i}, on the day in context. */
  static Found clock(Scan s, int i) {
    if (s.isNumber(i)) {
      return digitsClock(s, i);
    }
    String w = s.w(i);
    if (w.equals("noon") || w.equals("midday")) {
      return Found.clock(i, i + 1, s.dayInContext(i), "T12:00");
    }
    if (w.equals("midnight")) {
      return Found.clock(i, i + 1, s.dayInContext(i), "T24:00");
    }
    return null;
  }

  private static Found digitsClock(Scan s, int i) {
    if (s.joined(i) && (s.ch(i - 1, ':') || s.ch(i - 1, '.') || s.ch(i - 1, ','))) {
      return null;
    }
    if (s.digits(i) > 2) {
      return null;
    }
    char after = after(s, i);
    Matcher m = after == ':' ? match(s, CLOCK, i) : null;
    boolean minutes = m != null;
    if (m == null && "., \u00A0aApP".indexOf(after) >= 0) {
      m = match(s, HOUR_AMPM, i);
    }
    if (m == null) {
      return oClock(s, i);
    }
    int h = num(m, 1);
    int min = m.group(2) == null ? 0 : num(m, 2);
    String ampm = m.group(minutes ? 4 : 3);
    h = ampm == null ? h : hour12(h, ampm.toLowerCase(Locale.ROOT));
    String part = part(h, min, minutes ? m.group(3) : null);
    int end = tokenEnd(s, i, m.end());
    if (part == null || end < 0) {
      return null;
    }
    if (minutes && ampm == null && s.reach(end) && (s.is(end, "left") || s.is(end, "remaining"))) {
      return null;
    }
    end = zone(s, end);
    return Found.clock(i, end, s.dayInContext(i), part);
  }

  private static Found oClock(Scan s, int i) {
    int h = s.number(i);
    if (h >= 1 && h <= 12 && s.reach(i + 1) && s.is(i + 1, "o'clock")) {
      return Found.clock(i, i + 2, s.dayInContext(i), String.format(Locale.ROOT, "T%02d:00", h));
    }
    return null;
  }

  private static int hour12(int h, String ampm) {
    if (h < 1 || h > 12) {
      return 99;
    }
    return ampm.equals("a") ? h % 12 : h % 12 + 12;
  }

  /**
   * The clock time {@code Thh:mm[:ss]}, or null where no such time exists: {@code T24:00} is the
   * end of the day, so 24 takes no minutes or seconds, and a minute has no second 60 or later.
   */
  private static String part(int h, int min, String sec) {
    int s = sec == null ? 0 : Integer.parseInt(sec);
    if (h > 24 || min > 59 || s > 59 || (h == 24 && (min > 0 || s > 0))) {
      return null;
    }
    String hm = String.format(Locale.ROOT, "T%02d:%02d", h, min);
    return s == 0 ? hm : hm + ":" + sec;
  }

  private static int zone(Scan s, int end) {
    if (s.reach(end) && s.isWord(end) && ZONES.contains(s.w(end)) && allCaps(s, end)) {
      return end + 1;
    }
    return end;
  }

  private static boolean allCaps(Scan s, int i) {
    String raw = s.t.text.substring(s.t.start[i], s.t.end[i]);
    return raw.equals(raw.toUpperCase(Locale.ROOT));
  }

  /** The character right after token {@code i}, or a space at the end of the text. */
  private static char after(Scan s, int i) {
    int e = s.t.end[i];
    return e < s.t.text.length() ? s.t.text.charAt(e) : ' ';
  }

  /** The pattern matched at token {@code i}'s first character, bounded in length, or null. */
  private static Matcher match(Scan s, Pattern p, int i) {
    int from = s.t.start[i];
    int to = Math.min(s.t.text.length(), from + REACH);
    Matcher m = p.matcher(s.t.text).region(from, to);
    m.useTransparentBounds(true);
    return m.lookingAt() ? m : null;
  }

  /** The token after the one ending at character {@code charEnd}, or -1 if none ends there. */
  private static int tokenEnd(Scan s, int i, int charEnd) {
    for (int j = i; j < s.size() && s.t.start[j] < charEnd; j++) {
      if (j > i && !s.next(j)) {
        return -1;
      }
      if (s.t.end[j] == charEnd) {
        return j + 1;
      }
    }
    return -1;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
