package org.annals.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Checks over the shipped data as a whole: counts, coverage of the G20, consistency, size. */
class ShippedDataTest {
  private static final ActorBase BASE = ActorBase.shipped();

  /** G20 members (the EU is checked apart), Iran and Kazakhstan. */
  private static final List<String> REQUIRED =
      List.of(
          "ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
          "RUS", "SAU", "ZAF", "TUR", "GBR", "USA", "IRN", "KAZ");

  /** Days (a 15th of a month) known to fall in a gap of the data, each explained in its row. */
  private static final Set<String> KNOWN_GAPS = Set.of("MEX FOREIGN_MINISTER 2023-06-15");

  @Test
  void countries_allIsoEntries_arePresentWithCodesAndNames() {
    assertThat(BASE.countries()).hasSizeGreaterThanOrEqualTo(249);
    assertThat(BASE.countries().stream().filter(Country::independent))
        .hasSizeGreaterThanOrEqualTo(190);
    assertThat(BASE.countries()).allSatisfy(c -> assertThat(c.cameo()).isEqualTo(c.alpha3()));
  }

  @Test
  void actors_igosAndPeople_reachTheirMinimumCounts() {
    Map<ActorType, Long> byType =
        BASE.actors().stream().collect(Collectors.groupingBy(Actor::type, Collectors.counting()));

    assertThat(byType.get(ActorType.IGO)).isGreaterThanOrEqualTo(25);
    assertThat(byType.get(ActorType.PERSON)).isGreaterThanOrEqualTo(200);
    assertThat(BASE.roles()).hasSizeGreaterThanOrEqualTo(250);
    assertThat(BASE.asOf()).isEqualTo("2025-06-30");
  }

  @Test
  void roles_requiredCountries_haveHeadOfStateGovernmentAndForeignMinisterEveryMonthSince2015() {
    List<String> missing = new ArrayList<>();
    for (String country : REQUIRED) {
      for (LocalDate d = LocalDate.of(2015, 1, 15); !d.isAfter(BASE.asOf()); d = d.plusMonths(1)) {
        check(country, "HOS", d, r -> r.is(Capacity.HEAD_OF_STATE), missing);
        check(country, "HOG", d, r -> r.is(Capacity.HEAD_OF_GOVERNMENT), missing);
        check(country, "LEADER", d, r -> r.is(Capacity.LEADER), missing);
        check(country, "FOREIGN_MINISTER", d, r -> r.office() == Office.FOREIGN_MINISTER, missing);
      }
    }
    assertThat(missing).containsExactlyInAnyOrderElementsOf(KNOWN_GAPS);
  }

  @Test
  void roles_europeanUnion_hasItsThreeLeadersEveryMonthSince2015() {
    List<String> missing = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2015, 1, 15); !d.isAfter(BASE.asOf()); d = d.plusMonths(1)) {
      check("european-commission", "PRESIDENT", d, r -> r.office() == Office.PRESIDENT, missing);
      check("european-council", "PRESIDENT", d, r -> r.office() == Office.PRESIDENT, missing);
      check(
          "european-union",
          "FOREIGN_MINISTER",
          d,
          r -> r.office() == Office.FOREIGN_MINISTER,
          missing);
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void roles_sameOffice_overlapOnlyOnHandoverDayOrWithActingHolder() {
    Map<String, List<Role>> byOffice =
        BASE.roles().stream().collect(Collectors.groupingBy(r -> r.body() + " " + r.office()));
    List<String> overlaps = new ArrayList<>();
    byOffice.forEach((key, roles) -> overlaps.addAll(overlaps(key, roles)));

    assertThat(overlaps).isEmpty();
  }

  @Test
  void roles_everyRow_namesSourceAndAPersonHolder() {
    assertThat(BASE.roles())
        .allSatisfy(
            r -> {
              assertThat(r.source()).isNotBlank();
              assertThat(BASE.actor(r.actorId()).map(Actor::type)).contains(ActorType.PERSON);
            });
  }

  @Test
  void resources_shipped_stayUnderOneMegabyte() throws IOException {
    long total = 0;
    for (String name : Shipped.RESOURCES) {
      try (InputStream in = Shipped.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        total += in.readAllBytes().length;
      }
    }
    assertThat(total).isLessThan(1_000_000L);
  }

  private static void check(
      String body, String what, LocalDate date, Predicate<Role> wanted, List<String> missing) {
    boolean found =
        BASE.roles().stream()
            .anyMatch(r -> r.body().equals(body) && r.validAt(date) && wanted.test(r));
    if (!found) {
      missing.add(body + " " + what + " " + date);
    }
  }

  private static List<String> overlaps(String key, List<Role> roles) {
    List<Role> sorted = roles.stream().sorted(Comparator.comparing(Role::start)).toList();
    List<String> found = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      Role prev = sorted.get(i - 1);
      Role next = sorted.get(i);
      boolean overlapsMoreThanADay = prev.end() == null || prev.end().isAfter(next.start());
      if (overlapsMoreThanADay && !prev.acting() && !next.acting()) {
        found.add(key + ": " + prev.actorId() + " and " + next.actorId() + " from " + next.start());
      }
    }
    return found;
  }
}
