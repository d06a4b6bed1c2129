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
  private final List<LocalTitle> titles = new ArrayList<>();
  private final Set<String> titledHere = new java.util.HashSet<>();
  private String text = "";

  /** A title the article gave a person at {@code offset}. */
  private record LocalTitle(String entity, Titles.Title title, int offset) {}

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
    this.text = text;
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String entity =
          switch (m.form()) {
            case NAME -> name(m, out);
            case NOMINAL -> nominal(text, m, mentions, i, out);
            case PRONOUN -> pronoun(m, out);
          };
      out.add(entity == null ? m : retyped(m.withEntity(entity)));
    }
    return out;
  }

  private String name(Mention m, List<Mention> done) {
    String earlierPerson = m.type() == MentionType.PERSON ? null : earlierPerson(m.text(), done);
    if (earlierPerson != null) {
      return earlierPerson;
    }
    if (m.type() == MentionType.ORG) {
      Optional<String> country = country(m.text());
      if (country.isPresent()) {
        return country.get();
      }
    }
    return switch (m.type()) {
      case PERSON -> titled(person(m.text(), done), m);
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

  /**
   * A name the tagger classed as an organisation or place that resolved to a person or a country
   * takes the entity's type; a nationality ("Iranian") stays NORP.
   */
  private Mention retyped(Mention m) {
    Entity e = entities.get(m.entity());
    if (e == null || m.form() != Mention.Form.NAME || e.type() == m.type()) {
      return m;
    }
    boolean toPerson = e.type() == MentionType.PERSON && m.type() != MentionType.NORP;
    boolean toCountry = e.type() == MentionType.GPE && m.type() == MentionType.ORG;
    return toPerson || toCountry
        ? new Mention(m.text(), m.start(), m.end(), e.type(), m.form(), m.entity())
        : m;
  }

  /**
   * A person named earlier whose full or last name this is ("Echeverría" tagged as an organisation
   * after "Tomás Echeverría"): the tagger's class loses to the article's own usage.
   */
  private String earlierPerson(String name, List<Mention> done) {
    for (int k = done.size() - 1; k >= 0; k--) {
      Mention earlier = done.get(k);
      if (earlier.type() == MentionType.PERSON
          && earlier.form() == Mention.Form.NAME
          && earlier.entity() != null
          && earlier.text().contains(" ")) {
        Entity e = entities.get(earlier.entity());
        if (e != null
            && (lastWord(e.name()).equals(name)
                || lastWord(earlier.text()).equals(name)
                || e.name().equals(name))) {
          return e.id();
        }
      }
    }
    return null;
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
          String id = person(next.text(), done);
          Titles.ofNominal(m.text(), base)
              .or(() -> counterpartTitle(m, done))
              .ifPresent(t -> give(id, t, m.start()));
          return id;
        }
      }
    }
    String local = localTitleHolder(m);
    if (local != null) {
      return local;
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

  /**
   * The title "his Ghanaian counterpart" gives: the office of the person "his" stands for (the
   * nearest person before it in the sentence), at the body the nominal names — Togo's foreign
   * minister's Ghanaian counterpart is Ghana's foreign minister.
   */
  private Optional<Titles.Title> counterpartTitle(Mention m, List<Mention> done) {
    if (!Titles.officeOf(m.text()).filter("counterpart"::equals).isPresent()) {
      return Optional.empty();
    }
    Optional<Country> country = Titles.countryOf(m.text(), base);
    int s = sentenceOf(m.start());
    for (int k = done.size() - 1; k >= 0 && country.isPresent(); k--) {
      Mention x = done.get(k);
      if (sentenceOf(x.start()) != s) {
        break;
      }
      if (x.type() == MentionType.PERSON && x.entity() != null && x.end() <= m.start()) {
        Optional<String> office = officeOf(x.entity());
        return office.map(o -> new Titles.Title(o, false, country.get()));
      }
    }
    return Optional.empty();
  }

  /** The office the article or the actor base gives person {@code id} ("foreign minister"). */
  private Optional<String> officeOf(String id) {
    for (int k = titles.size() - 1; k >= 0; k--) {
      if (titles.get(k).entity().equals(id)) {
        return Optional.of(titles.get(k).title().office());
      }
    }
    Entity e = entities.get(id);
    if (e == null || e.role() == null || e.role().startsWith("former ")) {
      return Optional.empty();
    }
    String role = e.role().replaceFirst("(?i)^acting ", "");
    int of = role.indexOf(" of ");
    return Titles.officeOf(of < 0 ? role : role.substring(0, of));
  }

  /** The person {@code id}, after the title written right before the name, if any. */
  private String titled(String id, Mention name) {
    Sentence s = sentenceAt(name.start());
    if (s != null) {
      Titles.beforeName(text, s.start(), name.start(), base)
          .ifPresent(t -> give(id, t, name.start()));
    }
    return id;
  }

  /**
   * Records that the article called person {@code id} so; a person the knowledge base gave no role
   * takes the title's role, country and code.
   */
  private void give(String id, Titles.Title t, int offset) {
    titles.add(new LocalTitle(id, t, offset));
    Entity e = entities.get(id);
    boolean better =
        e != null
            && (e.role() == null
                || (titledHere.contains(id) && e.country() == null && t.country() != null));
    if (better && e.type() == MentionType.PERSON) {
      titledHere.add(id);
      String country = t.country() == null ? e.country() : t.country().alpha3();
      String code = e.actor() == null ? t.code() : e.actor();
      entities.put(id, new Entity(id, e.name(), e.type(), code, t.display(), country));
    }
  }

  /**
   * The person the article itself last gave the nominal's office (and country, if it names one)
   * before it: "the Moroccan minister" after "Moroccan Foreign Minister Karim Benslimane".
   */
  private String localTitleHolder(Mention m) {
    LocalDate own = sentenceDate.apply(sentenceOf(m.start()));
    if (Titles.former(m.text()) || (own != null && !own.equals(reportDate))) {
      // the article's titles hold at its date; "the Iranian president" in a sentence about May 19
      // is who held the office then
      return null;
    }
    java.util.Optional<String> office = Titles.officeOf(m.text());
    if (office.isEmpty() || office.get().equals("counterpart")) {
      return null;
    }
    Country country = Titles.countryOf(m.text(), base).orElse(null);
    for (int k = titles.size() - 1; k >= 0; k--) {
      LocalTitle t = titles.get(k);
      if (t.offset() < m.start() && t.title().answers(office.get(), country)) {
        return t.entity();
      }
    }
    return null;
  }

  /**
   * The sentence holding {@code offset}, or {@code null} (sentences are sorted: a binary search).
   */
  private Sentence sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return s;
      }
    }
    return null;
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
    Sentence s = sentenceAt(offset);
    return s == null ? -1 : s.index();
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1];
  }

  private static String norm(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
