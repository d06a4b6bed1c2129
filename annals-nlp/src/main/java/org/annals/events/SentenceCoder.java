package org.annals.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Quote;
import org.annals.nlp.Sentence;
import org.annals.nlp.Syntax;
import org.annals.nlp.Token;

/** Codes the events of one sentence: lexicon verbs on its dependency tree. */
final class SentenceCoder {
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");
  private static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may", "should", "must");
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo", "would");
  private static final Set<String> INTENT_HEADS =
      Set.of("want", "seek", "try", "attempt", "hope", "wish", "expect", "set", "move", "look");
  private static final Set<String> FAIL_HEADS = Set.of("fail", "refuse", "decline", "cease");
  private static final Set<String> SPEECH =
      Set.of(
          "say",
          "tell",
          "state",
          "note",
          "add",
          "announce",
          "declare",
          "claim",
          "report",
          "reiterate",
          "insist",
          "stress",
          "conclude",
          "repeat",
          "emphasize",
          "emphasise");
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  private static final LexEntry DEMANDS =
      new LexEntry("must", List.of(), "100", Set.of("demand"), null, 0);
  private static final LexEntry APPEALS =
      new LexEntry("should", List.of(), "020", Set.of("appeal"), null, 0);
  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "us", "me");
  private static final Set<String> POINTERS = Set.of("this", "it");

  private final AnnotatedArticle article;
  private final Sentence sentence;
  private final Lexicon lexicon;
  private final ActorIndex actors;
  private final List<Event> earlier;
  private final List<Token> tokens = new ArrayList<>();
  private final Set<Integer> consumed = new HashSet<>();
  private Tree tree;
  private Anchors anchors;
  private Targets targets;

  SentenceCoder(
      AnnotatedArticle article,
      Sentence sentence,
      Lexicon lexicon,
      ActorIndex actors,
      List<Event> earlier) {
    this.article = article;
    this.sentence = sentence;
    this.lexicon = lexicon;
    this.actors = actors;
    this.earlier = earlier;
    tokens.addAll(Syntax.tokensOf(article.tokens(), sentence.index()));
  }

  /** The sentence's events; the sentence is parsed only when it may hold one. */
  List<Event> code() {
    return code(candidates());
  }

  /**
   * The sentence's events with the parse, whatever the tags say ({@link #candidates()} without its
   * {@link Subjects} test): what the coder would give if it parsed every sentence whose words fit
   * the lexicon. For tests: on a sentence the tags rule out it must give nothing.
   */
  List<Event> codeParsed() {
    return code(verbs(false));
  }

  private List<Event> code(List<Token> verbs) {
    if (verbs.isEmpty()) {
      return List.of();
    }
    var arcs = Syntax.parse(article, sentence.index());
    if (arcs.isEmpty()) {
      return List.of();
    }
    tree = new Tree(tokens, arcs);
    anchors = new Anchors(article, sentence, tokens, tree);
    targets = new Targets(article, sentence, tree, actors);
    List<Event> out = new ArrayList<>();
    for (Token v : verbs) {
      if (!consumed.contains(v.index())) {
        Event e = verb(v.index());
        if (e != null && out.stream().noneMatch(o -> same(o, e))) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /**
   * The verbs that may give an event; empty when none can give one by itself (then the sentence is
   * not parsed). A verb whose frame words, actors before and after (a cheap test on the words) fit
   * a lexicon entry may give one, unless the tags alone show that its subject names no actor or
   * that it is negated or hypothetical ({@link Subjects}). When one verb may give an event, all
   * that fit the lexicon are returned, so that a parsed sentence is coded as if none were ruled out
   * (a negated verb still consumes its complement).
   */
  List<Token> candidates() {
    return verbs(true);
  }

  private List<Token> verbs(boolean gated) {
    Set<String> words = new HashSet<>();
    for (Token t : tokens) {
      String w = lower(t.word());
      words.add(lower(t.lemma()));
      words.add(w);
      words.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
    }
    Set<String> plain = new HashSet<>(words);
    plain.removeAll(POINTERS);
    List<ActorSpan> named = actors.in(sentence);
    List<Token> verbs = new ArrayList<>();
    boolean worth = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.pos().startsWith("VB")) {
        continue;
      }
      int before = speakers(t.start());
      for (ActorSpan a : named) {
        before += a.start() < t.start() ? 1 : 0;
      }
      int after = named.size() + speakers(sentence.end()) - before;
      if (agentFollows(t)) {
        before += after;
      }
      Subjects.Reading r = Subjects.read(tokens, i, j -> actor(tokens.get(j), named));
      int subjects = r.kind() == Subjects.Kind.ACTORS ? r.subjects() : before;
      if (lexicon.possible(lower(t.lemma()), words, before, after)
          || (before >= 2 && obliged(t) && spoken(words))) {
        verbs.add(t);
        worth |=
            lexicon.hasOccurrence(lower(t.lemma()))
                || (r.open()
                    && lexicon.possible(
                        lower(t.lemma()), pointerAfter(i) ? words : plain, subjects, after))
                || (r.open() && before >= 2 && obliged(t) && spoken(words));
      }
    }
    return worth || !gated ? verbs : List.of();
  }

  /**
   * True when "this" or "it" follows verb {@code i}: its object may point back ("we support it").
   */
  private boolean pointerAfter(int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      if (POINTERS.contains(lower(tokens.get(j).word()))) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code t} lies in an actor span or is a quote's first-person speaker. */
  private boolean actor(Token t, List<ActorSpan> named) {
    for (ActorSpan a : named) {
      if (a.covers(t.start())) {
        return true;
      }
    }
    return FIRST_PERSON.contains(lower(t.word())) && quoteSpeaker(t) != null;
  }

  /** True when "by" follows {@code verb} in the sentence: a passive's agent may come after it. */
  private boolean agentFollows(Token verb) {
    return tokens.stream().anyMatch(t -> t.start() > verb.start() && lower(t.word()).equals("by"));
  }

  /** First-person pronouns before {@code offset} inside a quote whose speaker is known. */
  private int speakers(int offset) {
    int n = 0;
    for (Token t : tokens) {
      if (t.start() < offset && FIRST_PERSON.contains(lower(t.word())) && quoteSpeaker(t) != null) {
        n++;
      }
    }
    return n;
  }

  private ActorSpan quoteSpeaker(Token t) {
    for (Quote q : article.quotes()) {
      if (q.speaker() != null
          && q.speaker().entity() != null
          && t.start() >= q.start()
          && t.end() <= q.end()) {
        return actors.entity(q.speaker().entity());
      }
    }
    return null;
  }

  /** "must" or "should" right before the verb ("Sudan must return the helicopter"). */
  private boolean obliged(Token verb) {
    int i = tokens.indexOf(verb);
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (OBLIGATION.contains(lower(tokens.get(k).word()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean spoken(Set<String> words) {
    return SPEECH.stream().anyMatch(words::contains);
  }

  /**
   * "X said that Y must do Z": a demand (10x) by X on Y, "should" an appeal (02x), coded from Z's
   * own code when the lexicon has one. Null when the clause is not a speaker's obligation on an
   * actor.
   */
  private Event obligation(int v) {
    String modal = null;
    for (int c : tree.children(v, "aux")) {
      modal = OBLIGATION.contains(tree.lemma(c)) ? tree.lemma(c) : modal;
    }
    int speech = tree.head(v);
    boolean complement = tree.is(v, "ccomp") || tree.is(v, "dep") || tree.is(v, "parataxis");
    if (modal == null || !complement || !SPEECH.contains(tree.lemma(speech))) {
      return null;
    }
    List<ActorSpan> speakers = sources(speech);
    List<ActorSpan> obliged = new ArrayList<>();
    tree.children(v, "nsubj").forEach(t -> obliged.addAll(targets.actorsAt(t)));
    if (obliged.isEmpty()) {
      tree.children(speech, "obj").forEach(t -> obliged.addAll(targets.actorsAt(t)));
    }
    if (speakers.isEmpty() || obliged.isEmpty()) {
      return null;
    }
    LexEntry own = lexicon.match(tree.lemma(v), Frames.of(tree, v), true);
    String comp = own == null || own.occurrence() != null ? null : own.code();
    String code = Codes.combine(modal.equals("must") ? DEMANDS : APPEALS, comp);
    Set<String> modality = new LinkedHashSet<>();
    modality.add("reported");
    return build(v, -1, code, speakers, obliged, modality, speech);
  }

  private Event verb(int v) {
    Event owed = obligation(v);
    if (owed != null) {
      return owed;
    }
    if (negated(v) || hypothetical(v)) {
      tree.children(v, "xcomp").forEach(consumed::add);
      return null;
    }
    List<ActorSpan> subjects = sources(v);
    List<ActorSpan> passiveSubjects = new ArrayList<>();
    tree.children(v, "nsubj:pass").forEach(t -> passiveSubjects.addAll(targets.actorsAt(t)));
    boolean inferable = targets.inferable(v);
    LexEntry e =
        lexicon.match(
            tree.lemma(v),
            Frames.of(tree, v),
            x ->
                inferable || !passiveSubjects.isEmpty() || !targets.find(v, x, subjects).isEmpty());
    if (e == null) {
      return null;
    }
    if (e.occurrence() != null) {
      return occurrence(v, e);
    }
    return interaction(v, e, subjects);
  }

  private Event interaction(int v, LexEntry e, List<ActorSpan> subjects) {
    Set<String> modality = new LinkedHashSet<>();
    String code = e.code();
    int comp = complement(v, e);
    int acting = v;
    LexEntry compEntry = null;
    if (comp >= 0) {
      consumed.add(comp);
      if (e.has("refuse") ? explicitlyNegated(comp) : negated(comp)) {
        return null;
      }
      compEntry = lexicon.match(tree.lemma(comp), Frames.of(tree, comp), true);
      if (compEntry == null
          && e.has("intent")
          && !e.has("accord")
          && tree.children(v, "obj").isEmpty()) {
        // "vowed to wage war": a pledge's nature is its complement's; unknown, nothing is coded
        // ("pledged 4.5 million francs to modernise…" pledges its object: the verb's own code)
        return null;
      }
      code = Codes.combine(e, compEntry == null ? null : compEntry.code());
      acting = compEntry == null ? v : comp;
      if (e.has("intent")) {
        modality.add("intent");
      }
    } else if (future(v)) {
      String c = Codes.intent(code, code);
      modality.add(c.equals(code) ? "future" : "intent");
      code = c;
    } else if (intentHead(v)) {
      code = Codes.intent(code, code);
      modality.add("intent");
    }
    if (subjects.isEmpty()) {
      return null;
    }
    LexEntry targetEntry = compEntry != null ? compEntry : e;
    List<ActorSpan> found = new ArrayList<>();
    if (passive(v)) {
      tree.children(v, "nsubj:pass").forEach(t -> found.addAll(targets.actorsAt(t)));
    }
    if (comp >= 0 && tree.is(comp, "ccomp")) {
      tree.children(comp, "nsubj").forEach(t -> found.addAll(targets.actorsAt(t)));
    }
    if (found.isEmpty()) {
      found.addAll(targets.find(acting, targetEntry, subjects));
    }
    if (found.isEmpty() && acting != v) {
      found.addAll(targets.find(v, e, subjects));
    }
    if (found.isEmpty()) {
      found.addAll(targets.inferred(v, subjects));
      if (!found.isEmpty()) {
        modality.add("inferred-target");
      }
    }
    List<ActorSpan> sources = subjects;
    if (found.isEmpty() && distinct(subjects) >= 2) {
      sources = List.of(subjects.get(0));
      found.addAll(subjects.subList(1, subjects.size()));
      modality.add("reciprocal");
    }
    if (found.isEmpty() && e.has("target") && comp < 0) {
      return null;
    }
    if (unknown(sources) && (found.isEmpty() || unknown(found))) {
      return null;
    }
    if (reported(v)) {
      modality.add("reported");
    }
    return build(v, comp, code, sources, found, modality);
  }

  private Event build(
      int v,
      int comp,
      String code,
      List<ActorSpan> sources,
      List<ActorSpan> found,
      Set<String> modality) {
    return build(v, comp, code, sources, found, modality, v);
  }

  /** The event of verb {@code v}, dated and placed by verb {@code when} (a speech act's own). */
  private Event build(
      int v,
      int comp,
      String code,
      List<ActorSpan> sources,
      List<ActorSpan> found,
      Set<String> modality,
      int when) {
    List<Span> actorSpans = new ArrayList<>();
    sources.forEach(s -> actorSpans.add(s.span()));
    found.forEach(s -> actorSpans.add(s.span()));
    Anchors.Dated date = date(when);
    EventPlace place = place(when, actorSpans);
    Plover plover = Cameo.of(code).map(Cameo::plover).orElse(null);
    return new Event(
        Event.INTERACTION,
        expand(sources),
        expand(found),
        code,
        null,
        plover,
        date == null ? null : date.date(),
        date == null ? null : date.precision(),
        place,
        new Evidence(sentence.index(), spans(sources), action(v, comp), spans(found)),
        confidence(sources, found, modality),
        modality);
  }

  private Event occurrence(int v, LexEntry e) {
    if (followsOccurrence(v)) {
      return null;
    }
    List<ActorSpan> affected = new ArrayList<>();
    for (int s : tree.children(v, "nsubj")) {
      affected.addAll(targets.actorsAt(s));
    }
    Anchors.Dated date = date(v);
    EventPlace place = place(v, spans(affected));
    return new Event(
        Event.OCCURRENCE,
        List.of(),
        expand(affected),
        null,
        e.occurrence(),
        null,
        date == null ? null : date.date(),
        date == null ? null : date.precision(),
        place,
        new Evidence(sentence.index(), List.of(), action(v, -1), spans(affected)),
        date != null && !"article-date".equals(date.precision()) ? 0.8 : 0.6,
        Set.of());
  }

  /** "died in the crash" after the crash was coded: the same happening, not another. */
  private boolean followsOccurrence(int v) {
    boolean any = earlier.stream().anyMatch(x -> Event.OCCURRENCE.equals(x.kind()));
    if (!any) {
      return false;
    }
    for (int o : tree.children(v, "obl")) {
      if (lexicon.hasOccurrence(tree.lemma(o))
          || Set.of("accident", "explosion", "blast", "disaster", "earthquake", "flood")
              .contains(tree.lemma(o))) {
        return true;
      }
    }
    return false;
  }

  private Anchors.Dated date(int v) {
    for (int cur = v, steps = 0; cur >= 0 && steps < 6; steps++) {
      Anchors.Dated d = anchors.date(cur);
      if (d != null) {
        return d;
      }
      if (!(tree.is(cur, "conj") || tree.is(cur, "xcomp") || tree.is(cur, "advcl"))) {
        break;
      }
      cur = tree.head(cur);
    }
    return anchors.articleDate();
  }

  private EventPlace place(int v, List<Span> actorSpans) {
    for (int cur = v, steps = 0; cur >= 0 && steps < 6; steps++) {
      EventPlace p = anchors.place(cur, actorSpans);
      if (p != null) {
        return p;
      }
      if (!(tree.is(cur, "conj") || tree.is(cur, "xcomp") || tree.is(cur, "advcl"))) {
        break;
      }
      cur = tree.head(cur);
    }
    return Anchors.dateline(article);
  }

  /** The source: the subject, a conjoined verb's or a controlling verb's subject, the agent. */
  private List<ActorSpan> sources(int v) {
    for (int cur = v, steps = 0; cur >= 0 && steps < 6; steps++) {
      List<Integer> subj = passive(cur) ? agents(cur) : tree.children(cur, "nsubj");
      if (!subj.isEmpty()) {
        List<ActorSpan> out = new ArrayList<>();
        for (int s : subj) {
          out.addAll(speakerOr(s));
        }
        return out;
      }
      if (passive(cur)) {
        return List.of();
      }
      if (tree.is(cur, "xcomp")) {
        List<Integer> objects = tree.children(tree.head(cur), "obj");
        if (!objects.isEmpty()) {
          return targets.actorsAt(objects.get(0));
        }
      }
      if (byParticiple(cur)) {
        cur = tree.head(tree.head(cur));
        continue;
      }
      if (!(tree.is(cur, "conj") || tree.is(cur, "xcomp") || controlledAdverbial(cur))) {
        return List.of();
      }
      cur = tree.head(cur);
    }
    return List.of();
  }

  /** "began the meeting by wishing…" when the parser left "by wishing" as loose dependents. */
  private boolean byParticiple(int v) {
    int by = tree.head(v);
    return tree.is(v, "dep")
        && tree.token(v).pos().equals("VBG")
        && by >= 0
        && tree.lemma(by).equals("by")
        && tree.head(by) >= 0
        && tree.isVerb(tree.head(by));
  }

  /** "began the meeting by wishing…" shares its subject; "accused X of violating…" does not. */
  private boolean controlledAdverbial(int v) {
    if (!tree.is(v, "advcl")) {
      return false;
    }
    for (int m : tree.children(v, "mark", "case")) {
      if (Set.of("of", "for", "that", "because", "if", "although", "as", "to", "so")
          .contains(tree.lemma(m))) {
        return false;
      }
    }
    return true;
  }

  private List<Integer> agents(int v) {
    List<Integer> out = new ArrayList<>();
    for (int o : tree.children(v, "obl")) {
      if (tree.relation(o).equals("obl:agent") || tree.prep(o).equals("by")) {
        out.add(o);
      }
    }
    return out;
  }

  /** "we" inside a quote is its speaker; anything else is what the mentions say. */
  private List<ActorSpan> speakerOr(int s) {
    Token t = tree.token(s);
    if (t != null && FIRST_PERSON.contains(lower(t.word()))) {
      for (Quote q : article.quotes()) {
        if (q.speaker() != null
            && q.speaker().entity() != null
            && t.start() >= q.start()
            && t.end() <= q.end()) {
          ActorSpan speaker = actors.entity(q.speaker().entity());
          if (speaker != null) {
            return List.of(new ActorSpan(t.start(), t.end(), speaker.actors(), speaker.named()));
          }
        }
      }
    }
    return targets.actorsAt(s);
  }

  private int complement(int v, LexEntry e) {
    for (int c : tree.children(v, "xcomp")) {
      if (e.frame().contains(tree.lemma(c))) {
        return c;
      }
    }
    if (!(e.has("intent")
        || e.has("refuse")
        || e.has("threat")
        || e.has("appeal")
        || e.has("demand"))) {
      return -1;
    }
    for (int c : tree.children(v, "xcomp", "ccomp")) {
      if (tree.isVerb(c) && (tree.is(c, "xcomp") || e.has("demand") || e.has("appeal"))) {
        return c;
      }
    }
    for (int c : tree.children(v, "advcl")) {
      // "vowed on Thursday to wage war": the parser may leave a pledge's "to" clause adverbial;
      // after an object it is a purpose ("pledged francs to modernise…")
      boolean to = tree.children(c, "mark").stream().anyMatch(m -> tree.lemma(m).equals("to"));
      if (e.has("intent") && to && tree.isVerb(c) && tree.children(v, "obj").isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  private boolean negated(int v) {
    return explicitlyNegated(v)
        || (tree.is(v, "xcomp") && FAIL_HEADS.contains(tree.lemma(tree.head(v))));
  }

  private boolean explicitlyNegated(int v) {
    for (int c : tree.children(v, "advmod", "aux", "det")) {
      if (NEGATIONS.contains(lower(tree.token(c).word())) || NEGATIONS.contains(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  private boolean hypothetical(int v) {
    for (int c : tree.children(v, "aux")) {
      if (HYPOTHETICAL.contains(tree.lemma(c))) {
        return true;
      }
    }
    for (int c : tree.children(v, "mark")) {
      if (Set.of("if", "unless", "whether").contains(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  private boolean future(int v) {
    for (int c : tree.children(v, "aux")) {
      if (FUTURE.contains(lower(tree.token(c).word())) || FUTURE.contains(tree.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  private boolean intentHead(int v) {
    return tree.is(v, "xcomp") && INTENT_HEADS.contains(tree.lemma(tree.head(v)));
  }

  private boolean passive(int v) {
    return !tree.children(v, "nsubj:pass", "aux:pass").isEmpty();
  }

  private boolean reported(int v) {
    Token t = tree.token(v);
    for (Quote q : article.quotes()) {
      if (t.start() >= q.start() && t.end() <= q.end()) {
        return true;
      }
    }
    int h = tree.head(v);
    return tree.is(v, "ccomp") && h >= 0 && SPEECH.contains(tree.lemma(h));
  }

  private Span action(int v, int comp) {
    Token t = tree.token(v);
    int start = t.start();
    int end = t.end();
    List<Integer> parts = new ArrayList<>(tree.children(v, "compound:prt"));
    if (comp >= 0) {
      parts.add(comp);
    }
    for (int p : parts) {
      Token pt = tree.token(p);
      start = Math.min(start, pt.start());
      end = Math.max(end, pt.end());
    }
    return new Span(start, end);
  }

  private static double confidence(
      List<ActorSpan> sources, List<ActorSpan> found, Set<String> modality) {
    double c = 0.9;
    if (sources.stream().anyMatch(s -> !s.named()) || found.stream().anyMatch(s -> !s.named())) {
      c -= 0.15;
    }
    if (found.isEmpty()) {
      c -= 0.1;
    }
    if (modality.contains("inferred-target")) {
      c -= 0.3;
    }
    if (modality.contains("reported")) {
      c -= 0.1;
    }
    return Math.max(0.1, Math.round(c * 100) / 100.0);
  }

  private static List<EventActor> expand(List<ActorSpan> spans) {
    Set<EventActor> out = new LinkedHashSet<>();
    spans.forEach(s -> out.addAll(s.actors()));
    return List.copyOf(out);
  }

  private static List<Span> spans(List<ActorSpan> spans) {
    List<Span> out = new ArrayList<>();
    Set<EventActor> seen = new HashSet<>();
    for (ActorSpan s : spans) {
      for (EventActor a : s.actors()) {
        if (seen.add(a)) {
          out.add(s.span());
        }
      }
    }
    return out;
  }

  /** True when every actor's code is unresolved ("---GOV": an office without its country). */
  private static boolean unknown(List<ActorSpan> spans) {
    return expand(spans).stream().allMatch(a -> a.code().startsWith("---"));
  }

  private static int distinct(List<ActorSpan> spans) {
    return expand(spans).size();
  }

  private static boolean same(Event a, Event b) {
    return a.cameo() != null
        && a.cameo().equals(b.cameo())
        && a.source().equals(b.source())
        && a.target().equals(b.target());
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }
}
