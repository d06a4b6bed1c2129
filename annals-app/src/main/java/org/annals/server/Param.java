package org.annals.server;

import java.util.List;
import org.annals.internal.Preconditions;

/**
 * One parameter of an {@link Endpoint}: what the server accepts and what the OpenAPI document says,
 * from the same declaration.
 *
 * @param name its name
 * @param in {@code query} or {@code path}
 * @param type the JSON-schema type: {@code string} or {@code integer}
 * @param format the JSON-schema format ({@code date}), or {@code null}
 * @param values the values allowed, or empty for any
 * @param description what it does
 * @param example an example value, or {@code null}
 */
record Param(
    String name,
    String in,
    String type,
    String format,
    List<String> values,
    String description,
    String example) {
  Param {
    Preconditions.requireArgument(name != null && !name.isBlank(), "a parameter needs a name");
    Preconditions.requireArgument(
        in.equals("query") || in.equals("path"), "a parameter is in query or path, got %s", in);
    Preconditions.requireArgument(
        type.equals("string") || type.equals("integer"), "unknown parameter type %s", type);
    values = List.copyOf(values);
  }

  static Param text(String name, String description, String example) {
    return new Param(name, "query", "string", null, List.of(), description, example);
  }

  static Param date(String name, String description) {
    return new Param(name, "query", "string", "date", List.of(), description, "2024-07-04");
  }

  static Param integer(String name, String description, String example) {
    return new Param(name, "query", "integer", null, List.of(), description, example);
  }

  static Param oneOf(String name, String description, String... values) {
    return new Param(name, "query", "string", null, List.of(values), description, values[0]);
  }

  static Param path(String name, String description, String example) {
    return new Param(name, "path", "string", null, List.of(), description, example);
  }
}
