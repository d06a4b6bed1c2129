package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.annals.store.EventQuery;
import org.annals.store.SearchQuery;

/**
 * A Jazzer fuzz target for the REST API's query parameters: for each read endpoint, parameters
 * built from its declared names (and unknown ones), repeated or not, with values drawn from the
 * declared examples and choices, their near misses and any text. Reading them either gives a
 * request in range or the 400 that names a parameter the request carried, with a JSON body that
 * reads back; never another exception (which the server would answer with a 500). Committed inputs
 * run in every build; {@code tools/fuzz rest} fuzzes.
 */
class ApiParamsFuzzTest {
  private static final Map<Endpoint, Function<Query, Object>> READERS = readers();
  private static final List<Endpoint> ENDPOINTS = new ArrayList<>(READERS.keySet());
  private static final List<String> NEAR =
      List.of(
          "",
          " ",
          "0",
          "-1",
          "1",
          "100",
          "101",
          "10000",
          "2147483648",
          "2024-07-04",
          "2024-02-30",
          "2024-7-4",
          "RUS",
          "RUS-IRN",
          "rusgov-irngov",
          "RUS-",
          "-IRN",
          "RU",
          "03",
          "0311",
          "03111",
          "AGREE",
          "agree",
          "day",
          "WEEK",
          "gdelt",
          "CSV",
          "interaction",
          "\u0000",
          "\uD83D\uDE00",
          "\uD800",
          "pledge OR \"strengthen\"~3",
          "*",
          "a".repeat(1001));

  @FuzzTest(maxDuration = "10m")
  void read_anyParameters_givesARequestInRangeOrA400NamingOne(FuzzedDataProvider data) {
    Endpoint endpoint = data.pickValue(ENDPOINTS);
    List<String> names = endpoint.queryNames();
    Map<String, List<String>> params = new LinkedHashMap<>();
    int n = data.consumeInt(0, 6);
    for (int i = 0; i < n; i++) {
      String name =
          names.isEmpty() || data.consumeInt(0, 9) == 0
              ? data.consumeString(12)
              : data.pickValue(names);
      params.computeIfAbsent(name, k -> new ArrayList<>()).add(value(data, endpoint, name));
    }
    Object request;
    try {
      request = READERS.get(endpoint).apply(new Query(params, endpoint));
    } catch (ApiException e) {
      checkRefusal(e, params);
      return;
    }
    checkInRange(request);
  }

  private static String value(FuzzedDataProvider data, Endpoint endpoint, String name) {
    return switch (data.consumeInt(0, 3)) {
      case 0 ->
          endpoint.params().stream()
              .filter(p -> p.name().equals(name))
              .findFirst()
              .map(p -> p.values().isEmpty() ? p.example() : data.pickValue(p.values()))
              .orElse("");
      case 1 -> data.pickValue(NEAR);
      default -> data.consumeString(data.consumeInt(0, 1200));
    };
  }

  private static void checkRefusal(ApiException e, Map<String, List<String>> params) {
    assertThat(e.status()).as("a refused parameter is a client error").isEqualTo(400);
    JsonNode body = Json.parse(Json.MAPPER.createObjectNode().set("e", e.body()).toString());
    String parameter = body.path("e").path("parameter").asText(null);
    assertThat(parameter).as("the refusal names the parameter: %s", body).isNotNull();
    assertThat(params).as("the named parameter was sent").containsKey(parameter);
    assertThat(body.path("e").path("message").asText()).contains(parameter);
    String value = body.path("e").path("value").asText("");
    assertThat(value.length()).as("the echoed value is cut short").isLessThanOrEqualTo(81);
  }

  private static void checkInRange(Object request) {
    if (request instanceof Requests.Search s) {
      assertThat(s.size()).isBetween(1, 100);
      assertThat((long) s.page() * s.size()).isLessThanOrEqualTo(SearchQuery.MAX_DEPTH);
      SearchQuery q = s.query();
      assertThat(q.offset()).isEqualTo((s.page() - 1) * s.size());
      checkOrder(q.from(), q.to());
      checkCode(q.actor());
    } else if (request instanceof Requests.Events e) {
      assertThat(e.limit()).isBetween(1, 100_000);
      assertThat(e.format()).isIn("json", "jsonl", "csv", "gdelt");
      checkEvents(e.query());
    } else if (request instanceof Requests.SeriesOf s) {
      assertThat(s.interval()).isNotNull();
      checkEvents(s.query());
    } else if (request instanceof Requests.NetworkOf g) {
      assertThat(g.min()).isPositive();
      checkEvents(g.query());
    }
  }

  private static void checkEvents(EventQuery q) {
    checkOrder(q.from(), q.to());
    checkCode(q.dyadA());
    checkCode(q.dyadB());
    checkCode(q.actor());
    if (q.cameo() != null) {
      assertThat(q.cameo()).matches("\\d{2,4}");
    }
  }

  private static void checkOrder(java.time.LocalDate from, java.time.LocalDate to) {
    if (from != null && to != null) {
      assertThat(from).isBeforeOrEqualTo(to);
    }
  }

  private static void checkCode(String code) {
    if (code != null) {
      assertThat(code).matches("[A-Z0-9]{3,15}");
    }
  }

  private static Map<Endpoint, Function<Query, Object>> readers() {
    Map<Endpoint, Function<Query, Object>> m = new LinkedHashMap<>();
    m.put(Api.SEARCH, Requests::search);
    m.put(Api.EVENTS, Requests::events);
    m.put(Api.SERIES, Requests::series);
    m.put(Api.NETWORK, Requests::network);
    Function<Query, Object> none = q -> q;
    m.put(Api.HEALTH, none);
    m.put(Api.ARTICLE, none);
    m.put(Api.ACTOR, none);
    m.put(Api.JOB, none);
    m.put(Api.OPENAPI, none);
    return m;
  }
}
