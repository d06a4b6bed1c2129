package org.annals.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the API refuses, with its HTTP status and the JSON body that says why: {@code error} (a
 * kebab-case code), {@code message}, and for a bad parameter its {@code parameter}, {@code value}
 * and what was {@code expected}.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String parameter;
  private final String value;
  private final String expected;

  private ApiException(
      int status, String code, String message, String parameter, String value, String expected) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.parameter = parameter;
    this.value = value;
    this.expected = expected;
  }

  /** A parameter refused; {@code value} is cut to 80 characters for the answer. */
  static ApiException badParameter(String parameter, String raw, String expected) {
    String value = raw == null ? null : Api.abbreviate(raw);
    return new ApiException(
        400,
        "bad-parameter",
        "parameter '"
            + parameter
            + "'"
            + (value == null ? " is missing" : " has the value '" + value + "'")
            + ": expected "
            + expected,
        parameter,
        value,
        expected);
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, "bad-request", message, null, null, null);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, "not-found", message, null, null, null);
  }

  static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", message, null, null, null);
  }

  static ApiException tooLarge(String message) {
    return new ApiException(413, "too-large", message, null, null, null);
  }

  static ApiException unavailable(String message) {
    return new ApiException(503, "unavailable", message, null, null, null);
  }

  int status() {
    return status;
  }

  ObjectNode body() {
    ObjectNode o = Json.MAPPER.createObjectNode().put("error", code).put("message", getMessage());
    if (parameter != null) {
      o.put("parameter", parameter).put("value", value).put("expected", expected);
    }
    return o;
  }
}
