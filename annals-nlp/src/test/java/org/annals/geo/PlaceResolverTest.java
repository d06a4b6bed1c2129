package org.annals.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Mentions are marked with brackets in sentences written for these tests; the context column lists
 * the article's countries (space-separated) and, after "@", the dateline country.
 */
class PlaceResolverTest {
  private final PlaceResolver resolver = PlaceResolver.standard();

  @ParameterizedTest(name = "{0} [{1}] → {3} {2} in {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the seed article's places, in sentences of our own
        "Rescuers reached the Iranian province of [East Azerbaijan] at dawn.|RUS IRN|East Azerbaijan|ADM1|IRN",
        "The leaders met in Kazakh capital [Astana] on Thursday.|RUS IRN|Astana|CITY|KAZ",
        "The leaders met in [Astana] on Thursday.||Astana|CITY|KAZ",
        "Talks between [Moscow] and Tehran went on.|RUS IRN|Moscow|CITY|RUS",
        "Talks between Moscow and [Tehran] went on.|RUS IRN|Tehran|CITY|IRN",
        "The summit in [Nur-Sultan] closed.||Astana|CITY|KAZ",
        // Georgia: the country unless the context is American
        "Officials in [Georgia] said so.||Georgia|COUNTRY|GEO",
        "Officials in [Georgia] said so.|USA|Georgia|ADM1|USA",
        "Officials in [Georgia] said so.|USA GEO|Georgia|COUNTRY|GEO",
        "Voters in the U.S. state of [Georgia] went to the polls.||Georgia|ADM1|USA",
        "Voters in the U.S. state of [Georgia] went to the polls.|RUS|Georgia|ADM1|USA",
        "Troops left the former Soviet republic of [Georgia].|USA|Georgia|COUNTRY|GEO",
        "Polls closed in [Georgia] on Tuesday.|@USA|Georgia|ADM1|USA",
        // Jordan as a place (the NLP stage decides it is one)
        "Refugees crossed into [Jordan] last year.||Jordan|COUNTRY|JOR",
        "Refugees crossed into [Jordan] last year.|USA|Jordan|COUNTRY|JOR",
        // Washington: the capital, unless the state is said
        "Officials in [Washington] declined to comment.||Washington|CITY|USA",
        "Officials in [Washington] declined to comment.|USA|Washington|CITY|USA",
        "Officials in [Washington] declined to comment.|GBR|Washington|CITY|USA",
        "Wildfires spread across [Washington] state.|USA|Washington|ADM1|USA",
        "Wildfires spread across the U.S. state of [Washington].||Washington|ADM1|USA",
        // Paris: the French capital by size, even in an American article
        "Talks resumed in [Paris] on Monday.||Paris|CITY|FRA",
        "Talks resumed in [Paris] on Monday.|USA|Paris|CITY|FRA",
        "A tornado hit [Paris], Texas, overnight.||Paris|CITY|USA",
        // a country or division after a comma
        "Researchers in [Tromsø], Norway, reported it.||Tromsø|CITY|NOR",
        "Students in [Moscow], Idaho, protested.||Moscow|CITY|USA",
        "Students in [Moscow], Russia, protested.||Moscow|CITY|RUS",
        "Clashes broke out in [Tripoli], Lebanon.||Tripoli|CITY|LBN",
        // dateline and article countries against a bigger namesake abroad
        "Clashes broke out in [Tripoli] again.||Tripoli|CITY|LBY",
        "Clashes broke out in [Tripoli] again.|LBN|Tripoli|CITY|LBN",
        "Clashes broke out in [Hyderabad] again.|@PAK|Hyderabad|CITY|PAK",
        "Clashes broke out in [Hyderabad] again.||Hyderābād|CITY|IND",
        // a kind word picks the division or the city of the same name
        "Floods hit [Tehran] province.|IRN|Tehran|ADM1|IRN",
        "Floods hit the province of [Tehran].||Tehran|ADM1|IRN",
        "Floods hit Iran's capital, [Tehran].||Tehran|CITY|IRN",
        "Floods hit [New York] state.||New York|ADM1|USA",
        "Floods hit [New York] on Monday.||New York City|CITY|USA",
        "Iran's [East Azerbaijan] mourned.||East Azerbaijan|ADM1|IRN",
        // a sentence end or a different clause does not qualify
        "He spoke in Texas. [Paris] was calm.||Paris|CITY|FRA",
        "The Russian ambassador in [Astana] spoke.||Astana|CITY|KAZ"
      })
  void resolve_mentionInContext_thePlaceMeant(
      String marked, String context, String name, PlaceKind kind, String country) {
    Optional<GeoEntry> place = resolve(marked, context);

    assertThat(place).as("%s", marked).isPresent();
    assertThat(place.get())
        .extracting(GeoEntry::name, GeoEntry::kind, GeoEntry::country)
        .containsExactly(name, kind, country);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The [Iranian] people voted.",
        "[Russian] President Vladimir Putin spoke.",
        "It happened in [Qwzxville] yesterday.",
        "[the] town",
        "The [Azerbaijani] delegation left."
      })
  void resolve_noPlace_isEmpty(String marked) {
    assertThat(resolve(marked, "")).isEmpty();
  }

  @Test
  void resolve_offsetsOutsideTheText_isEmpty() {
    String text = "Talks in Paris.";

    assertThat(resolver.resolve(text, -1, 5, PlaceContext.none())).isEmpty();
    assertThat(resolver.resolve(text, 9, 99, PlaceContext.none())).isEmpty();
    assertThat(resolver.resolve(text, 14, 9, PlaceContext.none())).isEmpty();
    assertThat(resolver.resolve(text, 9, 9, PlaceContext.none())).isEmpty();
    assertThat(resolver.resolve(null, 0, 1, PlaceContext.none())).isEmpty();
    assertThat(resolver.resolve((String) null, PlaceContext.none())).isEmpty();
  }

  @Test
  void resolve_nullContext_readAsNone() {
    assertThat(resolver.resolve("Talks in Paris.", 9, 14, null))
        .get()
        .extracting(GeoEntry::country)
        .isEqualTo("FRA");
  }

  @Test
  void resolve_hostileText_neverThrows() {
    String[] texts = {
      ", , , ,Paris, , ,",
      "...Paris...",
      "\uD800Paris\uDC00",
      "of of of of of of of Paris",
      "Iranian Iranian Iranian province of Paris",
      "Paris,",
      ",Paris",
      "x".repeat(100_000) + " Paris " + "y".repeat(100_000),
      "\n\nParis\n\n"
    };
    for (String t : texts) {
      int start = t.indexOf("Paris");
      assertThat(resolver.resolve(t, start, start + 5, PlaceContext.none()))
          .as("resolve in %.40s", t)
          .isPresent();
    }
  }

  @Test
  void resolve_nameAlone_byContextOnly() {
    assertThat(resolver.resolve("Georgia", PlaceContext.of(Set.of("USA"))))
        .get()
        .extracting(GeoEntry::kind)
        .isEqualTo(PlaceKind.ADM1);
  }

  /** Resolves the bracketed mention of {@code marked} with "C1 C2@DATELINE" context. */
  private Optional<GeoEntry> resolve(String marked, String context) {
    int start = marked.indexOf('[');
    int end = marked.indexOf(']') - 1;
    String text = marked.replace("[", "").replace("]", "");
    String[] parts = (context == null ? "" : context).split("@", -1);
    Set<String> countries =
        Set.copyOf(Arrays.stream(parts[0].trim().split(" ")).filter(s -> !s.isEmpty()).toList());
    PlaceContext ctx = PlaceContext.of(countries);
    if (parts.length > 1) {
      ctx = ctx.withDateline(parts[1].trim());
    }
    return resolver.resolve(text, start, end, ctx);
  }
}
