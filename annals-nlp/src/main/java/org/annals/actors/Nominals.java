package org.annals.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English role nominals ("president", "spiritual leader", "top diplomat") and what each asks
 * for: one or more offices, or roles by capacity (the leader ranking of {@link
 * ActorBase#resolveNominal}).
 */
final class Nominals {
  /**
   * What a nominal asks for: roles of one of {@code offices}, or roles with one of {@code
   * capacities}; both lists in order of preference.
   */
  record Query(List<Office> offices, List<Capacity> capacities) {
    static Query of(Office... offices) {
      return new Query(List.of(offices), List.of());
    }

    static Query of(Capacity... capacities) {
      return new Query(List.of(), List.of(capacities));
    }

    boolean matches(Role r) {
      return offices.contains(r.office()) || r.capacities().stream().anyMatch(capacities::contains);
    }

    /** Position of the role's best office or capacity in this query's preference order. */
    int preference(Role r) {
      int office = offices.indexOf(r.office());
      int capacity =
          r.capacities().stream()
              .mapToInt(capacities::indexOf)
              .filter(i -> i >= 0)
              .min()
              .orElse(Integer.MAX_VALUE);
      return office >= 0 ? office : capacity;
    }
  }

  /**
   * "Leader", "head", "chief": the one news calls the leader first (an acting president of Iran
   * before its Supreme Leader), then the head of an organisation, the head of state, the head of
   * government.
   */
  static final Query LEADER =
      Query.of(
          Capacity.LEADER,
          Capacity.HEAD_OF_ORGANISATION,
          Capacity.HEAD_OF_STATE,
          Capacity.HEAD_OF_GOVERNMENT);

  /** Longest nominal, in tokens. */
  static final int LONGEST;

  private static final Map<String, Query> BY_PHRASE = new HashMap<>();

  static {
    put(
        Query.of(Office.SUPREME_LEADER),
        "supreme leader",
        "spiritual leader",
        "supreme guide",
        "leader of the islamic revolution");
    put(
        Query.of(Office.MONARCH),
        "king",
        "queen",
        "monarch",
        "emperor",
        "empress",
        "sovereign",
        "emir",
        "sultan");
    put(Query.of(Office.PRESIDENT), "president");
    put(Query.of(Office.FIRST_VICE_PRESIDENT), "first vice president", "first vp");
    put(Query.of(Office.VICE_PRESIDENT, Office.FIRST_VICE_PRESIDENT), "vice president", "vp");
    put(Query.of(Office.PRIME_MINISTER), "prime minister", "premier", "pm");
    put(Query.of(Office.CHANCELLOR), "chancellor");
    put(
        Query.of(Office.FOREIGN_MINISTER),
        "foreign minister",
        "foreign affairs minister",
        "minister of foreign affairs",
        "minister for foreign affairs",
        "foreign secretary",
        "secretary of state",
        "top diplomat",
        "chief diplomat",
        "foreign policy chief",
        "external affairs minister",
        "minister of external affairs",
        "high representative");
    put(Query.of(Office.SECRETARY_GENERAL), "secretary general", "sg");
    put(Query.of(Office.DIRECTOR_GENERAL), "director general", "dg");
    put(Query.of(Office.MANAGING_DIRECTOR), "managing director");
    put(Query.of(Office.CHAIRPERSON), "chairperson", "chairman", "chairwoman", "chair");
    put(LEADER, "leader", "head", "chief", "boss", "ruler");
    put(Query.of(Capacity.HEAD_OF_STATE), "head of state");
    put(Query.of(Capacity.HEAD_OF_GOVERNMENT), "head of government");
    LONGEST = BY_PHRASE.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  private Nominals() {}

  /** The query of the nominal whose folded form is {@code phrase}, or {@code null}. */
  static Query of(String phrase) {
    return BY_PHRASE.get(phrase);
  }

  private static void put(Query query, String... phrases) {
    for (String p : phrases) {
      BY_PHRASE.put(Names.fold(p), query);
    }
  }
}
