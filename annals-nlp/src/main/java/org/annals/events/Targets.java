package org.annals.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Sentence;
import org.annals.nlp.Token;

/** Finds the actors a tree node names, and the target of a verb. */
final class Targets {
  /** Prepositions that introduce a target when the pattern names none. */
  static final Set<String> TARGET_PREPS =
      Set.of("with", "to", "against", "on", "upon", "toward", "towards", "for", "from", "into");

  private static final Set<String> INSIDE =
      Set.of("compound", "amod", "nmod:poss", "appos", "flat", "det:poss");

  /** Nouns of acts whose doer ("by X") an act of speech about them is aimed at. */
  private static final Set<String> ACTS =
      Set.of(
          "attack",
          "assault",
          "bombing",
          "bombardment",
          "shelling",
          "strike",
          "airstrike",
          "raid",
          "killing",
          "massacre",
          "invasion",
          "incursion",
          "offensive",
          "crackdown",
          "abduction",
          "kidnapping",
          "arrest",
          "detention",
          "execution",
          "occupation",
          "blockade",
          "violation",
          "aggression",
          "shooting",
          "annexation",
          "intervention",
          "seizure",
          "expulsion",
          "test",
          "launch",
          "decision",
          "move");

  private static final Set<String> DEMONSTRATIVES = Set.of("this", "it");

  private final AnnotatedArticle article;
  private final Sentence sentence;
  private final Tree tree;
  private final ActorIndex actors;

  Targets(AnnotatedArticle article, Sentence sentence, Tree tree, ActorIndex actors) {
    this.article = article;
    this.sentence = sentence;
    this.tree = tree;
    this.actors = actors;
  }

  /**
   * The target of verb {@code v} for entry {@code e}: its object alone for an {@code object} entry
   * (a visitor received, not "money from X"), else as {@link #find(int, String, List)}.
   */
  List<ActorSpan> find(int v, LexEntry e, List<ActorSpan> subjects) {
    if (!e.has("object")) {
      return find(v, e.targetPrep(), subjects);
    }
    List<ActorSpan> out = new ArrayList<>();
    for (int obj : tree.children(v, "obj")) {
      out.addAll(actorsAt(obj));
    }
    return without(out, subjects);
  }

  /** The target of verb {@code v}: under {@code prep} when given, else object, obliques. */
  List<ActorSpan> find(int v, String prep, List<ActorSpan> subjects) {
    List<ActorSpan> out = new ArrayList<>();
    if (prep != null) {
      for (int o : tree.children(v, "obl")) {
        if (prep.equals(tree.prep(o))) {
          out.addAll(actorsAt(o));
        }
      }
      for (int obj : tree.children(v, "obj")) {
        for (int n : tree.children(obj, "nmod")) {
          if (prep.equals(tree.prep(n))) {
            out.addAll(actorsAt(n));
          }
        }
      }
      out = without(out, subjects);
      if (!out.isEmpty()) {
        return out;
      }
    }
    for (int obj : tree.children(v, "obj")) {
      out.addAll(actorsAt(obj));
      if (out.isEmpty()) {
        out.addAll(agentsOf(obj));
      }
      if (out.isEmpty()) {
        for (int n : tree.children(obj, "nmod")) {
          if (TARGET_PREPS.contains(tree.prep(n))) {
            out.addAll(actorsAt(n));
          }
        }
      }
    }
    out = without(out, subjects);
    if (out.isEmpty()) {
      for (int o : tree.children(v, "iobj")) {
        out.addAll(actorsAt(o));
      }
      out = without(out, subjects);
    }
    if (out.isEmpty()) {
      for (int o : tree.children(v, "obl")) {
        if (!tree.relation(o).contains("tmod")
            && !tree.relation(o).contains("npmod")
            && TARGET_PREPS.contains(tree.prep(o))) {
          out.addAll(actorsAt(o));
          for (int n : tree.children(o, "nmod")) {
            if (out.isEmpty() && TARGET_PREPS.contains(tree.prep(n))) {
              out.addAll(actorsAt(n));
            }
          }
        }
      }
      out = without(out, subjects);
    }
    return out;
  }

  /**
   * True when the verb stands in a quote, its object is "this" or "it" and the sentence before has
   * actors: a speaker's "we support this" points back at what was just said. Elsewhere "this" and
   * "it" are left alone (and "that" is too often a relative pronoun).
   */
  boolean inferable(int v) {
    if (!inQuote(v)) {
      return false;
    }
    for (int obj : tree.children(v, "obj")) {
      Token t = tree.token(obj);
      if (t != null
          && DEMONSTRATIVES.contains(t.word().toLowerCase(Locale.ROOT))
          && sentence.index() > 0) {
        return !actors.in(article.sentences().get(sentence.index() - 1)).isEmpty();
      }
    }
    return false;
  }

  private boolean inQuote(int v) {
    Token t = tree.token(v);
    return t != null
        && article.quotes().stream().anyMatch(q -> t.start() >= q.start() && t.end() <= q.end());
  }

  /** For "we support this": the first actor of the sentence before that is not a source. */
  List<ActorSpan> inferred(int v, List<ActorSpan> subjects) {
    if (!inferable(v)) {
      return List.of();
    }
    for (ActorSpan a : actors.in(article.sentences().get(sentence.index() - 1))) {
      List<ActorSpan> left = without(List.of(a), subjects);
      if (!left.isEmpty()) {
        return left;
      }
    }
    return List.of();
  }

  /**
   * "condemned an attack by Osgiliath soldiers", "denounced the shelling of the town by Russian
   * forces": when the object is an act, whoever did it is what the verb is about (the CAMEO
   * codebook codes the actor criticised, not the act).
   */
  private List<ActorSpan> agentsOf(int act) {
    Token t = tree.token(act);
    if (t == null || !ACTS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    List<ActorSpan> out = new ArrayList<>();
    for (int n : tree.children(act, "nmod")) {
      if ("by".equals(tree.prep(n))) {
        out.addAll(actorsAt(n));
      }
    }
    return out;
  }

  /** The actors node {@code n} names: its span, else a modifier's, plus its conjuncts'. */
  List<ActorSpan> actorsAt(int n) {
    List<ActorSpan> out = new ArrayList<>();
    collect(n, out, new HashSet<>());
    return out;
  }

  private void collect(int n, List<ActorSpan> out, Set<Integer> seen) {
    if (!seen.add(n) || seen.size() > 20) {
      return;
    }
    ActorSpan own = own(n, 0);
    if (own != null && !out.contains(own)) {
      out.add(own);
    }
    // "French and German leaders": the modifier's conjuncts name actors of the same head
    for (int m : tree.children(n, "compound", "amod", "nmod:poss")) {
      for (int c : tree.children(m, "conj")) {
        ActorSpan a = actors.covering(tree.token(c).start());
        if (a != null && !out.contains(a)) {
          out.add(Sectors.widen(a, tree.token(n)));
        }
      }
    }
    if (own == null) {
      groupsOf(n, out);
    }
    for (int c : tree.children(n, "conj")) {
      collect(c, out, seen);
    }
  }

  /**
   * "The governments of Ghana and Togo", "forces of both countries' armies": a sector noun whose
   * countries follow it with "of" names each country's group (GHAGOV, TGOGOV). Other nouns do not
   * ("an attack on the town of Aflao" names no actor).
   */
  private void groupsOf(int n, List<ActorSpan> out) {
    Token head = tree.token(n);
    if (head == null || !Sectors.names(head)) {
      return;
    }
    for (int m : tree.children(n, "nmod")) {
      if (tree.children(m, "case").stream().noneMatch(c -> tree.lemma(c).equals("of"))) {
        continue;
      }
      List<Integer> countries = new ArrayList<>();
      countries.add(m);
      countries.addAll(tree.children(m, "conj"));
      for (int c : countries) {
        ActorSpan a = actors.covering(tree.token(c).start());
        if (a != null) {
          ActorSpan group = Sectors.widen(a, head);
          if (!out.contains(group)) {
            out.add(group);
          }
        }
      }
    }
  }

  private ActorSpan own(int n, int depth) {
    Token t = tree.token(n);
    if (t == null) {
      return null;
    }
    ActorSpan at = actors.covering(t.start());
    if (at != null || depth >= 2) {
      return at;
    }
    for (int c : tree.children(n)) {
      String r = tree.relation(c);
      if (INSIDE.contains(r)) {
        ActorSpan a = own(c, depth + 1);
        if (a != null) {
          return depth == 0 ? Sectors.widen(a, t) : a;
        }
      }
    }
    return null;
  }

  private static List<ActorSpan> without(List<ActorSpan> found, List<ActorSpan> subjects) {
    Set<String> taken = new HashSet<>();
    for (ActorSpan s : subjects) {
      s.actors().forEach(a -> taken.add(key(a)));
    }
    List<ActorSpan> out = new ArrayList<>();
    for (ActorSpan f : found) {
      if (f.actors().stream().anyMatch(a -> !taken.contains(key(a))) && !out.contains(f)) {
        out.add(f);
      }
    }
    return out;
  }

  private static String key(EventActor a) {
    return a.entity() != null ? a.entity() : a.code() + "/" + a.name();
  }
}
