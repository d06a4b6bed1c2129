package org.annals.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.annals.actors.Actor;
import org.annals.actors.ActorBase;
import org.annals.actors.ActorType;
import org.annals.actors.Country;
import org.annals.actors.Role;
import org.annals.actors.RoleHolder;

/**
 * Mentions to entities, and coreference, by rules that fit news writing:
 *
 * <ul>
 *   <li>names: through the actor base (people, countries, organisations and their acronyms); a
 *       later "Putin" joins the earlier "Vladimir Putin"; a demonym ("Iranian") points at its
 *       country;
 *   <li>role nominals: right before a name ("his acting Iranian counterpart Mohammad Mokhber", "the
 *       previous president, Ebrahim Raisi") they are that name; otherwise the actor base says who
 *       held the role on the sentence's date ("The Russian president" → Putin; "Iran's spiritual
 *       leader" → the Supreme Leader even unnamed; "the Iranian president" in a sentence dated May
 *       19 → Raisi), the countries the article names so far giving the body when the phrase names
 *       none;
 *   <li>pronouns: a possessive ("his") is the nearest person before it in its sentence; a subject
 *       pronoun ("he said") is the subject — the first person — of its sentence before it, else of
 *       the nearest earlier sentence that has one.
 * </ul>
 */
final class Resolver {
  private static final Set<String> POSSESSIVE = Set.of("his", "her", "hers");

  private final ActorBase base;
  private final LocalDate reportDate;
  private final IntFunction<LocalDate> sentenceDate;
  private final List<Sentence> sentences;
  private final Map<String, Entity> entities = new LinkedHashMap<>();
  private final Map<String, String> byKey = new LinkedHashMap<>();
  private final List<String> countriesSeen = new ArrayList<>();

  Resolver(
      ActorBase base,
      LocalDate reportDate,
      List<Sentence> sentences,
      IntFunction<LocalDate> sentenceDate) {
    this.base = base;
    this.reportDate = reportDate;
    this.sentences = sentences;
    this.sentenceDate = sentenceDate;
  }

  /** The entities found, in order of first mention. */
  Map<String, Entity> entities() {
    return entities;
  }

  /** {@code mentions} (sorted by offset) with their entities set where they could be resolved. */
  List<Mention> resolve(String text, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String entity =
          switch (m.form()) {
            case NAME -> name(m, out);
            case NOMINAL -> nominal(text, m, mentions, i, out);
            case PRONOUN -> pronoun(m, out);
          };
      out.add(entity == null ? m : m.withEntity(entity));
    }
    return out;
  }

  private String name(Mention m, List<Mention> done) {
    return switch (m.type()) {
      case PERSON -> person(m.text(), done);
      case GPE, NORP ->
          country(m.text()).orElseGet(() -> m.type() == MentionType.GPE ? place(m.text()) : null);
      case ORG, LOC ->
          organisation(m.text())
              .orElseGet(
                  () -> keyed("name:" + norm(m.text()), m.text(), m.type(), null, null, null));
    };
  }

  private String person(String name, List<Mention> done) {
    for (Actor a : base.lookup(name)) {
      if (a.type() == ActorType.PERSON) {
        return actorEntity(a, MentionType.PERSON);
      }
    }
    String last = lastWord(name);
    for (Mention earlier : done) {
      if (earlier.type() == MentionType.PERSON
          && earlier.form() == Mention.Form.NAME
          && earlier.entity() != null) {
        Entity e = entities.get(earlier.entity());
        if (e != null
            && (lastWord(e.name()).equalsIgnoreCase(last) || e.name().equalsIgnoreCase(name))) {
          return e.id();
        }
      }
    }
    return keyed("person:" + norm(name), name, MentionType.PERSON, null, null, null);
  }

  private Optional<String> country(String text) {
    Optional<Country> c = base.country(text);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Country country = c.get();
    if (!countriesSeen.contains(country.alpha3())) {
      countriesSeen.add(country.alpha3());
    }
    return Optional.of(
        keyed(
            "country:" + country.alpha3(),
            country.name(),
            MentionType.GPE,
            country.cameo(),
            null,
            country.alpha3()));
  }

  private String place(String text) {
    Optional<Country> capitalOf = base.countryOfCapital(text);
    String country = capitalOf.map(Country::alpha3).orElse(null);
    return keyed("place:" + norm(text), text, MentionType.GPE, country, null, country);
  }

  private Optional<String> organisation(String text) {
    for (Actor a : base.lookup(text)) {
      if (a.type() == ActorType.IGO || a.type() == ActorType.NGO || a.type() == ActorType.ORG) {
        return Optional.of(actorEntity(a, MentionType.ORG));
      }
    }
    return Optional.empty();
  }

  private String nominal(String text, Mention m, List<Mention> all, int i, List<Mention> done) {
    for (int j = i + 1; j < all.size() && all.get(j).start() - m.end() <= 2; j++) {
      Mention next = all.get(j);
      if (next.type() == MentionType.PERSON && next.form() == Mention.Form.NAME) {
        String gap = text.substring(m.end(), next.start());
        if (gap.isBlank() || gap.strip().equals(",")) {
          return person(next.text(), done);
        }
      }
    }
    LocalDate date = dateAt(m.start());
    List<RoleHolder> holders = base.resolveNominal(m.text(), date, List.copyOf(countriesSeen));
    if (holders.isEmpty()) {
      return null;
    }
    for (RoleHolder h : holders) {
      String id = byKey.get("actor:" + h.actor().id());
      if (id != null) {
        return id;
      }
    }
    return actorEntity(holders.get(0).actor(), MentionType.PERSON);
  }

  private String pronoun(Mention m, List<Mention> done) {
    int s = sentenceOf(m.start());
    boolean possessive = POSSESSIVE.contains(m.text().toLowerCase(Locale.ROOT));
    if (possessive) {
      for (int k = done.size() - 1; k >= 0; k--) {
        Mention x = done.get(k);
        if (sentenceOf(x.start()) != s) {
          break;
        }
        boolean containsPronoun = x.start() <= m.start() && x.end() >= m.end();
        if (x.type() == MentionType.PERSON && x.entity() != null && !containsPronoun) {
          return x.entity();
        }
      }
    }
    for (int sentence = s; sentence >= 0 && sentence >= s - 3; sentence--) {
      for (Mention x : done) {
        if (sentenceOf(x.start()) == sentence
            && x.type() == MentionType.PERSON
            && x.entity() != null
            && x.start() < m.start()) {
          return x.entity();
        }
      }
    }
    return null;
  }

  private String actorEntity(Actor a, MentionType type) {
    String key = "actor:" + a.id();
    String existing = byKey.get(key);
    if (existing != null) {
      return existing;
    }
    String role = null;
    if (a.type() == ActorType.PERSON) {
      List<Role> roles = base.roleOf(a, reportDate);
      role =
          roles.isEmpty()
              ? null
              : roles.get(0).displayTitle() + (roles.get(0).body() == null ? "" : "");
      if (roles.isEmpty()) {
        List<Role> all = base.roles(a);
        role = all.isEmpty() ? null : "former " + all.get(0).displayTitle();
      }
    }
    String code = base.codeAt(a, reportDate);
    String country = a.country() == null || a.country().isEmpty() ? null : a.country();
    return keyed(key, a.name(), type, code.isEmpty() ? null : code, role, country);
  }

  private String keyed(
      String key, String name, MentionType type, String actor, String role, String country) {
    String existing = byKey.get(key);
    if (existing != null) {
      return existing;
    }
    String id = "e" + (entities.size() + 1);
    entities.put(id, new Entity(id, name, type, actor, role, country));
    byKey.put(key, id);
    return id;
  }

  private LocalDate dateAt(int offset) {
    LocalDate d = sentenceDate.apply(sentenceOf(offset));
    return d == null ? reportDate : d;
  }

  private int sentenceOf(int offset) {
    for (Sentence s : sentences) {
      if (s.contains(offset)) {
        return s.index();
      }
    }
    return -1;
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1];
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
