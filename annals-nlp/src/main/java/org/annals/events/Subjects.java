package org.annals.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.annals.nlp.Token;

/**
 * What the tags alone (no parse) say about a verb's clause: the noun chain right before its verb
 * group, where its subject stands ("The governments of Ghana and Togo on Wednesday | condemned"),
 * and the group's negation or modal. The coder takes a verb's source from its subject and never
 * codes a negated or hypothetical verb, so a verb that clearly has no actor as subject, or that is
 * clearly negated, cannot give an interaction by itself and its sentence need not be parsed for it.
 * Only a clear reading rules a verb out: a verb after a comma, a conjunction, a quote or a
 * participle, or whose chain runs into anything but a clause boundary, is left to the parse.
 */
final class Subjects {
  /** What a verb's clause may give, read from the tags. */
  enum Kind {
    /** The parse decides. */
    OPEN,
    /** The subject chain is clear and names {@link Reading#subjects()} actors. */
    ACTORS,
    /** The subject chain names no actor (and no passive agent may follow). */
    NO_ACTOR,
    /** Negated ("was not invited"), hypothetical ("could meet", "whether we talk"). */
    NOT_ASSERTED
  }

  /**
   * A verb's reading.
   *
   * @param kind what it may give
   * @param subjects for {@link Kind#ACTORS}, how many actors its subject chain names: runs of actor
   *     tokens, a possessive's left out ("Peru's Transport Minister Javier Salcedo" is one)
   */
  record Reading(Kind kind, int subjects) {
    static final Reading OPEN = new Reading(Kind.OPEN, 0);
    static final Reading NO_ACTOR = new Reading(Kind.NO_ACTOR, 0);
    static final Reading NOT_ASSERTED = new Reading(Kind.NOT_ASSERTED, 0);

    /** True when the verb may give an event by itself. */
    boolean open() {
      return kind == Kind.OPEN || kind == Kind.ACTORS;
    }
  }

  private static final Set<String> GROUP = Set.of("MD", "RB", "RBR", "RBS", "TO");
  private static final Set<String> AUXILIARIES = Set.of("be", "have", "do", "get");
  private static final Set<String> FINITE = Set.of("VB", "VBD", "VBP", "VBZ");
  private static final Set<String> NOMINAL = Set.of("NN", "NNS", "NNP", "NNPS", "PRP", "CD", "POS");
  private static final Set<String> QUOTES = Set.of("``", "''");
  private static final Set<String> RELATIVE = Set.of("WP", "WDT");
  private static final Set<String> CHAIN =
      Set.of(
          "DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "POS", "CD",
          "IN", "CC");
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "that",
          "if",
          "because",
          "whether",
          "while",
          "although",
          "though",
          "since",
          "unless",
          "so",
          "once",
          "until",
          "whereas");
  private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't");
  private static final Set<String> HYPOTHETICAL = Set.of("could", "might", "may");

  /** Modals that make an obligation, which the coder codes from reported speech. */
  private static final Set<String> OBLIGATION = Set.of("must", "should");

  private static final Set<String> FAIL = Set.of("fail", "cease");

  /** Prepositions whose gerund has no subject of its own ("the strategy of establishing…"). */
  private static final Set<String> SUBJECTLESS = Set.of("of", "for");

  private Subjects() {}

  /**
   * The reading of verb {@code i} of {@code tokens}; {@code actor} tells whether a token (by its
   * position in {@code tokens}) names an actor.
   */
  static Reading read(List<Token> tokens, int i, IntPredicate actor) {
    return read(tokens, i, actor, 0);
  }

  private static Reading read(List<Token> tokens, int i, IntPredicate actor, int depth) {
    Token verb = tokens.get(i);
    if (verb.pos().equals("VBG") && i > 0 && SUBJECTLESS.contains(lower(tokens.get(i - 1)))) {
      return Reading.NO_ACTOR;
    }
    int k = i - 1;
    boolean auxiliary = false;
    boolean negated = false;
    boolean obliged = false;
    boolean infinitive = false;
    while (k >= 0 && group(tokens.get(k))) {
      Token t = tokens.get(k);
      auxiliary |= t.pos().startsWith("VB");
      negated |= NEGATIONS.contains(lower(t)) || HYPOTHETICAL.contains(lower(t));
      obliged |= OBLIGATION.contains(lower(t));
      infinitive |= t.pos().equals("TO") && k == i - 1;
      k--;
    }
    if (obliged) {
      return Reading.OPEN;
    }
    if (negated) {
      return Reading.NOT_ASSERTED;
    }
    if (k < 0) {
      return Reading.OPEN;
    }
    Token left = tokens.get(k);
    if (infinitive && left.pos().startsWith("VB") && depth < 3) {
      // "agreed to meet": the controlling verb's clause is this verb's
      if (FAIL.contains(left.lemma().toLowerCase(Locale.ROOT))) {
        return Reading.NOT_ASSERTED;
      }
      return read(tokens, k, actor, depth + 1);
    }
    if (left.pos().equals("CC") && depth < 3) {
      // "travelled to the site and ordered…": a conjoined verb shares the first one's subject
      int first = previousVerb(tokens, k, verb.pos());
      if (first < 0) {
        return Reading.OPEN;
      }
      Reading r = read(tokens, first, actor, depth + 1);
      return r.kind() == Kind.NOT_ASSERTED ? Reading.OPEN : r;
    }
    if (verb.pos().equals("VBN")
        && !auxiliary
        && (left.pos().equals("NN") || left.pos().equals("NNS"))
        && !anyActor(tokens, chainStart(tokens, k), k, actor)) {
      // "figures released by the statistics office": a participle that modifies a noun (the
      // tagger also gives VBN to main verbs after plurals: "Ugandan rebels surrendered", so only
      // when the noun chain names no actor)
      return Reading.NO_ACTOR;
    }
    if (RELATIVE.contains(left.pos())) {
      // "Aasland, who hosted the meeting": the relative pronoun is the subject, never an actor
      return actor.test(k) || agentFollows(tokens, i) ? Reading.OPEN : Reading.NO_ACTOR;
    }
    if (!NOMINAL.contains(left.pos())) {
      return Reading.OPEN;
    }
    return chain(tokens, i, k, auxiliary, actor);
  }

  /** The subject chain that ends at {@code k}, before verb {@code i}. */
  private static Reading chain(
      List<Token> tokens, int i, int k, boolean auxiliary, IntPredicate actor) {
    int start = chainStart(tokens, k);
    if (start > 0 && !boundary(tokens.get(start - 1))) {
      return Reading.OPEN;
    }
    if (start > 0 && CONDITIONS.contains(lower(tokens.get(start - 1)))) {
      return Reading.NOT_ASSERTED;
    }
    int subjects = 0;
    for (int j = start; j <= k; j++) {
      boolean runEnds = j == k || !actor.test(j + 1);
      if (actor.test(j) && runEnds && !(j < k && tokens.get(j + 1).pos().equals("POS"))) {
        subjects++;
      }
    }
    if (subjects > 0) {
      return agentFollows(tokens, i) ? Reading.OPEN : new Reading(Kind.ACTORS, subjects);
    }
    if (anyActor(tokens, start, k, actor)) {
      return Reading.OPEN;
    }
    Token verb = tokens.get(i);
    boolean reducedRelative = verb.pos().equals("VBN") && !auxiliary;
    return !reducedRelative && agentFollows(tokens, i) ? Reading.OPEN : Reading.NO_ACTOR;
  }

  /**
   * The nearest verb before {@code k} with tag {@code pos} that is not an auxiliary, or -1: the
   * first conjunct ("said … and invited", not the participle between).
   */
  private static int previousVerb(List<Token> tokens, int k, String pos) {
    for (int j = k - 1; j >= 0; j--) {
      Token t = tokens.get(j);
      if (t.pos().equals(pos) && !group(t)) {
        return j;
      }
    }
    return -1;
  }

  /** Where the noun chain that ends at {@code k} begins. */
  private static int chainStart(List<Token> tokens, int k) {
    int start = k;
    while (start > 0 && chain(tokens.get(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean anyActor(List<Token> tokens, int from, int to, IntPredicate actor) {
    for (int j = from; j <= to; j++) {
      if (actor.test(j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean group(Token t) {
    String pos = t.pos();
    return GROUP.contains(pos)
        || (pos.startsWith("VB") && AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT)));
  }

  private static boolean chain(Token t) {
    return CHAIN.contains(t.pos()) && !SUBORDINATORS.contains(lower(t));
  }

  /**
   * A token a clause's subject may follow: a finite or bare verb, a subordinator, a relative word
   * or a quotation mark ("…," Aasland told). Not a participle: "aircraft including helicopter
   * gunships | killed".
   */
  private static boolean boundary(Token t) {
    String pos = t.pos();
    return FINITE.contains(pos)
        || pos.startsWith("W")
        || QUOTES.contains(pos)
        || SUBORDINATORS.contains(lower(t));
  }

  private static boolean agentFollows(List<Token> tokens, int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      if (lower(tokens.get(j)).equals("by")) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
