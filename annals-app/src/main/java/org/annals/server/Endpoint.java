package org.annals.server;

import java.util.List;
import java.util.Map;
import org.annals.internal.Preconditions;

/**
 * One route of the REST API, declared once: the server checks requests against it (unknown
 * parameters are refused) and {@link OpenApi} documents it.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the path, with {@code {name}} for path parameters
 * @param summary one line
 * @param description more, or empty
 * @param params its parameters
 * @param responses status → what it means
 * @param schema the component schema of its 200/202 JSON body, or {@code null}
 * @param token whether it needs the write token
 */
record Endpoint(
    String method,
    String path,
    String summary,
    String description,
    List<Param> params,
    Map<Integer, String> responses,
    String schema,
    boolean token) {
  Endpoint {
    Preconditions.requireArgument(
        method.equals("GET") || method.equals("POST"), "unknown method %s", method);
    Preconditions.requireArgument(path.startsWith("/"), "a path starts with /, got %s", path);
    params = List.copyOf(params);
    responses = Map.copyOf(responses);
  }

  /** The query parameters' names. */
  List<String> queryNames() {
    return params.stream().filter(p -> p.in().equals("query")).map(Param::name).toList();
  }
}
