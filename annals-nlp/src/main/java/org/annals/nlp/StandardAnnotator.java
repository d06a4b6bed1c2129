package org.annals.nlp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.annals.actors.ActorBase;
import org.annals.geo.GeoEntry;
import org.annals.geo.PlaceContext;
import org.annals.geo.PlaceResolver;
import org.annals.model.Article;
import org.annals.model.Warning;
import org.annals.time.TimeExpression;
import org.annals.time.TimeTagger;

/**
 * The standard annotator: CoreNLP for tokens, sentences and names ({@link Backbone}); Annals' own
 * time tagger, anchored to the published day; the actor base for entities, roles at the date and
 * coreference ({@link Resolver}); quotes by rules ({@link Quotes}); places through the gazetteer.
 */
final class StandardAnnotator implements Annotator {
  /**
   * Articles longer than this (about 16,000 words; long-form news stays under 60,000 characters)
   * are annotated up to here, at a paragraph end, with a warning.
   */
  static final int MAX_CHARS = 100_000;

  static final StandardAnnotator INSTANCE = new StandardAnnotator(null);

  /** The actor base, or {@code null} for the shipped one (loaded on first use). */
  private final ActorBase actors;

  StandardAnnotator(ActorBase actors) {
    this.actors = actors;
  }

  private ActorBase actors() {
    return actors == null ? ActorBase.shipped() : actors;
  }

  static void warmUp() {
    Loaded.ready();
  }

  /**
   * The models and tables, loaded on first use two at a time: CoreNLP's on a second thread, the
   * actor base, gazetteer and time rules on the calling one (about 3 s instead of 5 on two cores).
   */
  private static final class Loaded {
    static {
      Thread models = new Thread(Backbone::warmUp, "annals-load-models");
      models.setDaemon(true);
      models.start();
      ActorBase.shipped().lookup("warm up");
      PlaceResolver.standard().resolve("in Astana", 3, 9, PlaceContext.of(Set.of()));
      TimeTagger.english().tag("on Thursday", LocalDate.of(2024, 7, 4));
      try {
        models.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    static void ready() {
      // loading happens in the class initialiser, once per JVM and safely across threads
    }
  }

  @Override
  public AnnotatedArticle annotate(Article article) {
    Loaded.ready();
    List<Warning> warnings = new ArrayList<>();
    String text = article.text();
    if (text.isBlank()) {
      warnings.add(Warning.of("no-text", "the article has no body text; nothing to annotate"));
      return new AnnotatedArticle(
          article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          warnings);
    }
    if (article.language() != null && !article.language().startsWith("en")) {
      warnings.add(
          Warning.of(
              "not-english",
              "the article is in '"
                  + article.language()
                  + "'; Annals' NLP models are English, so names, quotes and times may be missed"));
    }
    LocalDate report = reportDate(article, warnings);
    String body = text;
    if (text.length() > MAX_CHARS) {
      int cut = text.lastIndexOf(Article.PARAGRAPH_SEPARATOR, MAX_CHARS);
      body = text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
      warnings.add(
          Warning.atChar(
              "text-truncated",
              "the article has "
                  + text.length()
                  + " characters; only the first "
                  + body.length()
                  + " were annotated (at most "
                  + MAX_CHARS
                  + " per article): split the document if all of it matters",
              body.length()));
    }
    boolean english = article.language() == null || article.language().startsWith("en");
    Parsed parsed = Backbone.parse(body, english);
    for (int at : parsed.cut()) {
      warnings.add(
          Warning.atChar(
              "long-sentence",
              "a sentence ran over "
                  + Backbone.MAX_SENTENCE_CHARS
                  + " characters without an end; it was cut here into pieces",
              at));
    }
    String annotated = body;
    List<TimeExpression> times = TimeTagger.english().tag(annotated, report);
    Resolver resolver =
        new Resolver(
            actors(), report, parsed.sentences(), i -> sentenceDate(annotated, parsed, times, i));
    List<Mention> mentions =
        resolver.resolve(
            annotated, placesTaggedAsPeople(annotated, Mentions.find(annotated, parsed)));
    Map<String, Entity> entities = resolver.entities();
    List<Place> places = places(annotated, mentions, entities);
    List<Quote> quotes = Quotes.find(annotated, parsed.sentences(), mentions, entities);
    return new AnnotatedArticle(
        article,
        parsed.sentences(),
        parsed.tokens(),
        mentions,
        List.copyOf(entities.values()),
        times,
        quotes,
        places,
        warnings);
  }

  private static LocalDate reportDate(Article a, List<Warning> warnings) {
    if (a.published() != null) {
      return a.published().date();
    }
    if (a.modified() != null) {
      return a.modified().date();
    }
    warnings.add(
        Warning.of(
            "no-date", "the article has no date; relative times and roles are read as of today"));
    return LocalDate.now(ZoneOffset.UTC);
  }

  /**
   * The day a sentence is about: its first full-day time expression that governs it — one at the
   * sentence's start ("On May 19, a helicopter…", "A day later, …") or after a preposition ("met…
   * on Thursday") — else none. A date used as a modifier ("the May 19 helicopter crash") does not
   * move the sentence.
   */
  static LocalDate sentenceDate(String text, Parsed parsed, List<TimeExpression> times, int index) {
    if (index < 0 || index >= parsed.sentences().size()) {
      return null;
    }
    Sentence s = parsed.sentences().get(index);
    for (TimeExpression t : times) {
      if (t.start() >= s.start()
          && t.end() <= s.end()
          && t.type().equals(TimeExpression.DATE)
          && t.value().matches("\\d{4}-\\d{2}-\\d{2}")
          && governs(text, s, t)) {
        return LocalDate.parse(t.value());
      }
    }
    return null;
  }

  private static final java.util.regex.Pattern GOVERNING =
      java.util.regex.Pattern.compile(
          "(?i)(?:^|[\\s,(])(?:on|in|at|since|by|during|until|till|from|before|after|of|last|"
              + "this|next|early|late|earlier|later)\\s*$");

  private static boolean governs(String text, Sentence s, TimeExpression t) {
    String before = text.substring(s.start(), t.start());
    if (before.isBlank() || before.strip().matches("[\"'“‘(\\-–—]*")) {
      return true;
    }
    if (GOVERNING.matcher(before).find()) {
      return true;
    }
    // a date right after a comma or a clause ("…, Thursday, …") or at a verb's side
    String after = text.substring(t.end(), Math.min(s.end(), t.end() + 2));
    return before.endsWith(", ") && (after.startsWith(",") || after.startsWith("."));
  }

  /**
   * Names the name tagger took for people that are places of the article's countries ("Mendoza's
   * governor" in a story about Argentina): a one-word person name that is no earlier person's
   * surname and no person of the actor base, which the gazetteer resolves to a city or province of
   * a country the article names. Done before coreference, so that no "he" points at a province.
   */
  private List<Mention> placesTaggedAsPeople(String text, List<Mention> raw) {
    Set<String> countries = new LinkedHashSet<>();
    Set<String> surnames = new java.util.HashSet<>();
    for (Mention m : raw) {
      if (m.form() == Mention.Form.NAME
          && (m.type() == MentionType.GPE || m.type() == MentionType.NORP)) {
        actors().country(m.text()).ifPresent(c -> countries.add(c.alpha3()));
      }
      if (m.type() == MentionType.PERSON && m.text().contains(" ")) {
        surnames.add(m.text().substring(m.text().lastIndexOf(' ') + 1));
      }
    }
    if (countries.isEmpty()) {
      return raw;
    }
    PlaceContext context = PlaceContext.of(countries);
    List<Mention> out = new ArrayList<>(raw.size());
    for (Mention m : raw) {
      boolean candidate =
          m.type() == MentionType.PERSON
              && m.form() == Mention.Form.NAME
              && !m.text().contains(" ")
              && !surnames.contains(m.text())
              && actors().lookup(m.text()).stream()
                  .noneMatch(a -> a.type() == org.annals.actors.ActorType.PERSON);
      Optional<GeoEntry> g =
          candidate
              ? PlaceResolver.standard().resolve(text, m.start(), m.end(), context)
              : Optional.empty();
      boolean place =
          g.isPresent()
              && g.get().kind() != org.annals.geo.PlaceKind.COUNTRY
              && countries.contains(g.get().country());
      out.add(
          place ? new Mention(m.text(), m.start(), m.end(), MentionType.GPE, m.form(), null) : m);
    }
    return out;
  }

  private List<Place> places(String text, List<Mention> mentions, Map<String, Entity> entities) {
    Set<String> countries = new LinkedHashSet<>();
    for (Entity e : entities.values()) {
      if (e.type() == MentionType.GPE && e.country() != null) {
        countries.add(e.country());
      }
    }
    PlaceContext context = PlaceContext.of(countries);
    List<Place> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.form() != Mention.Form.NAME
          || (m.type() != MentionType.GPE && m.type() != MentionType.LOC)) {
        continue;
      }
      Optional<GeoEntry> g = PlaceResolver.standard().resolve(text, m.start(), m.end(), context);
      if (g.isEmpty()) {
        continue;
      }
      GeoEntry e = g.get();
      String kind = e.kind().name().toLowerCase(java.util.Locale.ROOT);
      out.add(
          new Place(
              m.text(),
              m.start(),
              m.end(),
              e.name(),
              e.country(),
              e.adm1(),
              e.lat(),
              e.lon(),
              kind));
      Entity known = m.entity() == null ? null : entities.get(m.entity());
      if (known != null && known.country() == null && !e.country().isEmpty()) {
        // a province or city the actor base does not know: its country comes from the gazetteer
        String code = actors().country(e.country()).map(c -> c.cameo()).orElse(e.country());
        entities.put(
            known.id(),
            new Entity(
                known.id(),
                known.name(),
                known.type(),
                known.actor() == null ? code : known.actor(),
                known.role(),
                e.country()));
      }
    }
    return out;
  }
}
