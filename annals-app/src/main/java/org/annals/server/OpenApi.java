package org.annals.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.TreeMap;

/**
 * The OpenAPI 3.0 document of the REST API: paths and parameters from the {@link Endpoint}
 * declarations the server enforces, response schemas from {@code openapi-components.json}.
 */
final class OpenApi {
  private OpenApi() {}

  static ObjectNode document(List<Endpoint> endpoints, String version) {
    ObjectNode doc = Json.MAPPER.createObjectNode().put("openapi", "3.0.3");
    doc.putObject("info")
        .put("title", "Annals REST API")
        .put("version", version)
        .put(
            "description",
            "Articles, their annotations and the political events coded from them (CAMEO and"
                + " PLOVER), merged across articles. Read endpoints are open on the interface the"
                + " server binds; writing needs the token the server prints on its first start."
                + " Errors answer JSON: {error, message, parameter, value, expected}.")
        .putObject("license")
        .put("name", "GPL-3.0-or-later");
    ObjectNode paths = doc.putObject("paths");
    for (Endpoint e : endpoints) {
      ObjectNode path =
          paths.has(e.path()) ? (ObjectNode) paths.get(e.path()) : paths.putObject(e.path());
      ObjectNode op = path.putObject(e.method().toLowerCase(java.util.Locale.ROOT));
      op.put("summary", e.summary());
      if (!e.description().isEmpty()) {
        op.put("description", e.description());
      }
      op.put("operationId", operationId(e));
      if (!e.params().isEmpty()) {
        ArrayNode params = op.putArray("parameters");
        for (Param p : e.params()) {
          ObjectNode n =
              params
                  .addObject()
                  .put("name", p.name())
                  .put("in", p.in())
                  .put("required", p.in().equals("path"))
                  .put("description", p.description());
          ObjectNode schema = n.putObject("schema").put("type", p.type());
          if (p.format() != null) {
            schema.put("format", p.format());
          }
          if (!p.values().isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            p.values().forEach(values::add);
          }
          if (p.example() != null) {
            n.put("example", p.example());
          }
        }
      }
      if (e.token()) {
        op.putArray("security").addObject().putArray("bearer");
        ObjectNode body = op.putObject("requestBody").put("required", true);
        ObjectNode content = body.putObject("content");
        content
            .putObject("application/json")
            .putObject("schema")
            .put("$ref", "#/components/schemas/IngestRequest");
        ObjectNode multipart =
            content.putObject("multipart/form-data").putObject("schema").put("type", "object");
        multipart
            .putObject("properties")
            .putObject("file")
            .put("type", "array")
            .putObject("items")
            .put("type", "string")
            .put("format", "binary");
      }
      ObjectNode responses = op.putObject("responses");
      new TreeMap<>(e.responses())
          .forEach(
              (status, what) -> {
                ObjectNode r =
                    responses.putObject(Integer.toString(status)).put("description", what);
                String ref = status >= 400 ? "Error" : e.schema();
                if (ref != null) {
                  r.putObject("content")
                      .putObject("application/json")
                      .putObject("schema")
                      .put("$ref", "#/components/schemas/" + ref);
                }
              });
    }
    ObjectNode components = doc.putObject("components");
    components.set("schemas", schemas());
    components
        .putObject("securitySchemes")
        .putObject("bearer")
        .put("type", "http")
        .put("scheme", "bearer")
        .put("description", "The token in the store folder's server-token file");
    return doc;
  }

  private static String operationId(Endpoint e) {
    StringBuilder b = new StringBuilder(e.method().toLowerCase(java.util.Locale.ROOT));
    for (String part : e.path().split("[/{}.]")) {
      if (!part.isEmpty() && !part.equals("api")) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  private static JsonNode schemas() {
    try (InputStream in = OpenApi.class.getResourceAsStream("openapi-components.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi-components.json is missing from the jar");
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi-components.json", e);
    }
  }
}
