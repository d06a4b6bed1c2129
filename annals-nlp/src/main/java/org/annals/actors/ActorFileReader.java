package org.annals.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one actor file (format v1, see {@code package-info}) into {@link Rows}; a malformed row
 * becomes a problem with its file and line, and reading goes on so that all problems are reported.
 */
final class ActorFileReader {
  static final String HEADER = "#annals-actors v1";

  private static final String KINDS = "country, actor, alias, demonym, role, as-of";

  /** A malformed field; caught per row and turned into a problem. */
  private static final class RowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowException(String message) {
      super(message, null, false, false);
    }
  }

  private ActorFileReader() {}

  /** Reads all rows of {@code in}, named {@code file} in problems, into {@code rows}. */
  static void read(String file, BufferedReader in, Rows rows) throws IOException {
    int number = 0;
    boolean headerSeen = false;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      Rows.At at = new Rows.At(file, number);
      String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (text.isBlank()) {
        continue;
      }
      if (!headerSeen) {
        headerSeen = true;
        if (!text.strip().equals(HEADER)) {
          rows.problems.add(
              at.problem(
                  "expected the header line '"
                      + HEADER
                      + "' first, found '"
                      + shorten(text)
                      + "'"));
          return;
        }
        continue;
      }
      if (!text.startsWith("#")) {
        readRow(text, at, rows);
      }
    }
    if (!headerSeen) {
      rows.problems.add(
          new Rows.At(file, 1).problem("empty file; expected the header line '" + HEADER + "'"));
    }
  }

  private static void readRow(String text, Rows.At at, Rows rows) {
    String[] f = text.split("\t", -1);
    try {
      switch (f[0].strip()) {
        case "country" -> rows.countries.add(new Rows.CountryRow(country(f), at));
        case "actor" -> rows.actors.add(new Rows.ActorRow(actor(f), at));
        case "alias" -> rows.aliases.add(alias(f, at));
        case "demonym" -> rows.demonyms.add(demonym(f, at));
        case "role" -> rows.roles.add(role(f, at));
        case "as-of" -> rows.asOf.add(asOf(f, at));
        default ->
            throw new RowException(
                "unknown row kind '"
                    + shorten(f[0])
                    + "'; expected one of "
                    + KINDS
                    + " followed by tab-separated fields");
      }
    } catch (RowException | IllegalArgumentException e) {
      rows.problems.add(at.problem(e.getMessage()));
    }
  }

  private static Country country(String[] f) {
    fields(
        f,
        10,
        10,
        "country, alpha3, alpha2, cameo, name, variants, demonyms, capitals, independent, source");
    return new Country(
        f[1].strip(),
        f[2].strip(),
        f[3].strip(),
        f[4].strip(),
        list(f[5]),
        list(f[6]),
        list(f[7]),
        yesNo(f[8], "independent"),
        f[9].strip());
  }

  private static Actor actor(String[] f) {
    fields(f, 8, 8, "actor, id, type, code, country, name, aliases, source");
    ActorType type = type(f[2]);
    if (type == ActorType.COUNTRY) {
      throw new RowException(
          "type COUNTRY is given with a 'country' row (alpha3, alpha2, cameo, name, …), not an 'actor' row");
    }
    return new Actor(
        f[1].strip(), f[5].strip(), type, f[3].strip(), optional(f[4]), list(f[6]), f[7].strip());
  }

  private static Rows.AliasRow alias(String[] f, Rows.At at) {
    fields(f, 4, 4, "alias, id, names, source");
    return new Rows.AliasRow(f[1].strip(), nonEmptyList(f[2], "names"), source(f[3]), at);
  }

  private static Rows.DemonymRow demonym(String[] f, Rows.At at) {
    fields(f, 4, 4, "demonym, alpha3, demonyms, source");
    return new Rows.DemonymRow(f[1].strip(), nonEmptyList(f[2], "demonyms"), source(f[3]), at);
  }

  private static Rows.RoleRow role(String[] f, Rows.At at) {
    fields(
        f,
        11,
        12,
        "role, actor, body, office, capacities, start, end, acting, dating, title, source[, note]");
    LocalDate start = date(f[5], "start");
    LocalDate end = optional(f[6]).isEmpty() ? null : date(f[6], "end");
    if (end != null && end.isBefore(start)) {
      throw new RowException("end " + end + " is before start " + start);
    }
    return new Rows.RoleRow(
        f[1].strip(),
        f[2].strip(),
        office(f[3]),
        capacities(f[4]),
        start,
        end,
        yesNo(f[7], "acting"),
        dating(f[8]),
        optional(f[9]),
        source(f[10]),
        f.length > 11 ? optional(f[11]) : "",
        at);
  }

  private static Rows.AsOfRow asOf(String[] f, Rows.At at) {
    fields(f, 2, 3, "as-of, date[, note]");
    return new Rows.AsOfRow(date(f[1], "as-of date"), at);
  }

  private static void fields(String[] f, int min, int max, String expected) {
    if (f.length < min || f.length > max) {
      String count = min == max ? String.valueOf(min) : min + " or " + max;
      throw new RowException(
          String.format(
              Locale.ROOT,
              "%s row has %d tab-separated fields, expected %s: %s",
              f[0].strip(),
              f.length,
              count,
              expected));
    }
  }

  private static ActorType type(String s) {
    try {
      return ActorType.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RowException(
          "unknown actor type '"
              + shorten(s)
              + "'; expected one of "
              + Arrays.toString(ActorType.values()));
    }
  }

  private static Office office(String s) {
    return Office.ofName(s)
        .orElseThrow(
            () ->
                new RowException(
                    "unknown office '"
                        + shorten(s)
                        + "'"
                        + suggest(s)
                        + "; expected one of "
                        + Arrays.toString(Office.values())));
  }

  private static Set<Capacity> capacities(String s) {
    Set<Capacity> set = EnumSet.noneOf(Capacity.class);
    for (String token : list(s.replace(',', '|'))) {
      set.add(
          Capacity.ofToken(token)
              .orElseThrow(
                  () ->
                      new RowException(
                          "unknown capacity '"
                              + shorten(token)
                              + "'; expected LEADER, HEAD, HOS or HOG, comma-separated")));
    }
    return set;
  }

  private static Dating dating(String s) {
    try {
      return Dating.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new RowException(
          "unknown dating '" + shorten(s) + "'; expected exact, approximate or attested");
    }
  }

  private static LocalDate date(String s, String field) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new RowException(field + " '" + shorten(s) + "' is not a date; expected YYYY-MM-DD");
    }
  }

  private static boolean yesNo(String s, String field) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "yes" -> true;
      case "no", "", "-" -> false;
      default -> throw new RowException(field + " must be 'yes' or 'no', got '" + shorten(s) + "'");
    };
  }

  private static String source(String s) {
    if (optional(s).isEmpty()) {
      throw new RowException(
          "source must not be empty: name where the fact comes from (a URL, wp:Page_title or a dataset)");
    }
    return s.strip();
  }

  private static String optional(String s) {
    String t = s.strip();
    return t.equals("-") ? "" : t;
  }

  private static List<String> list(String s) {
    return Arrays.stream(optional(s).split("\\|"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  private static List<String> nonEmptyList(String s, String field) {
    List<String> l = list(s);
    if (l.isEmpty()) {
      throw new RowException(field + " must list at least one value, separated by '|'");
    }
    return l;
  }

  private static String suggest(String s) {
    String wanted = s.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
    List<String> close =
        Arrays.stream(Office.values())
            .map(Enum::name)
            .filter(n -> distance(n, wanted) <= 2)
            .collect(Collectors.toList());
    return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int[] cur = new int[b.length() + 1];
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      prev = cur;
    }
    return prev[b.length()];
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "…";
  }
}
