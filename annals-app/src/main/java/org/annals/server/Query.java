package org.annals.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.events.Plover;

/**
 * The query parameters of one request, read against its {@link Endpoint}: a parameter the endpoint
 * does not know, a repeated one or a value of the wrong form is a 400 that names it.
 */
final class Query {
  private final Map<String, List<String>> params;

  Query(Context ctx, Endpoint endpoint) {
    this(ctx.queryParamMap(), endpoint);
  }

  /** The parameters as the server decoded them from the query string: name → values in order. */
  Query(Map<String, List<String>> params, Endpoint endpoint) {
    this.params = params;
    List<String> known = endpoint.queryNames();
    for (var e : params.entrySet()) {
      String name = e.getKey();
      if (!known.contains(name)) {
        throw ApiException.badParameter(
            name,
            String.join(",", e.getValue()),
            known.isEmpty()
                ? "no query parameters"
                : "one of the parameters " + String.join(", ", known));
      }
      if (e.getValue().size() > 1) {
        throw ApiException.badParameter(
            name, String.join(",", e.getValue()), "the parameter once, not repeated");
      }
    }
  }

  /** The value, stripped, or {@code null} when absent or blank. */
  String text(String name) {
    List<String> values = params.get(name);
    String v = values == null || values.isEmpty() ? null : values.get(0);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** The value, at most {@code max} characters long. */
  String text(String name, int max) {
    String v = text(name);
    if (v != null && v.length() > max) {
      throw ApiException.badParameter(name, v, "at most " + max + " characters");
    }
    return v;
  }

  LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(name, v, "a date as YYYY-MM-DD, as 2024-07-04");
    }
  }

  /** {@code from} and {@code to}, checked to be in order. */
  LocalDate[] range() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiException.badParameter(
          "from", from.toString(), "a day on or before 'to' (" + to + "); swap the two");
    }
    return new LocalDate[] {from, to};
  }

  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw ApiException.badParameter(name, v, "a whole number from " + min + " to " + max);
  }

  /** An actor code (letters and digits, 3 to 15), upper-cased; or {@code null}. */
  String code(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    if (!v.matches("[A-Za-z0-9]{3,15}")) {
      throw ApiException.badParameter(
          name, v, "an actor code of 3 to 15 letters, as RUS or RUSGOV");
    }
    return v.toUpperCase(Locale.ROOT);
  }

  /** The two sides of {@code dyad=RUS-IRN}, or {@code null}s. */
  String[] dyad() {
    String v = text("dyad");
    if (v == null) {
      return new String[] {null, null};
    }
    String[] pair = v.split("-", -1);
    if (pair.length != 2
        || !pair[0].matches("[A-Za-z0-9]{3,15}")
        || !pair[1].matches("[A-Za-z0-9]{3,15}")) {
      throw ApiException.badParameter(
          "dyad", v, "two actor codes joined by '-', as RUS-IRN or RUSGOV-IRNGOV");
    }
    return new String[] {pair[0].toUpperCase(Locale.ROOT), pair[1].toUpperCase(Locale.ROOT)};
  }

  String cameo() {
    String v = text("cameo");
    if (v != null && !v.matches("\\d{2,4}")) {
      throw ApiException.badParameter("cameo", v, "a CAMEO code or prefix of 2 to 4 digits, as 03");
    }
    return v;
  }

  String choice(String name, String fallback, Set<String> allowed) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw ApiException.badParameter(
          name, v, "one of " + String.join(", ", allowed.stream().sorted().toList()));
    }
    return lower;
  }

  String plover() {
    String v = text("plover");
    if (v == null) {
      return null;
    }
    String type = v.toUpperCase(Locale.ROOT);
    if (!Plover.TYPES.contains(type)) {
      throw ApiException.badParameter(
          "plover",
          v,
          "a PLOVER type: " + String.join(", ", Plover.TYPES.stream().sorted().toList()));
    }
    return type;
  }
}
