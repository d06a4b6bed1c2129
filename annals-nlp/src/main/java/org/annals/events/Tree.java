package org.annals.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.annals.nlp.Dependency;
import org.annals.nlp.Token;

/**
 * One sentence's dependency tree, indexed by the article-wide token index. Relations are read in UD
 * 2 names whichever UD version the parser speaks ({@code dobj} is {@code obj}, a verb's {@code
 * nmod} is {@code obl}, {@code neg} is {@code advmod}).
 */
final class Tree {
  private final Map<Integer, Token> tokens = new HashMap<>();
  private final Map<Integer, Integer> heads = new HashMap<>();
  private final Map<Integer, String> relations = new HashMap<>();
  private final Map<Integer, List<Integer>> children = new HashMap<>();

  Tree(List<Token> sentence, List<Dependency> arcs) {
    sentence.forEach(t -> tokens.put(t.index(), t));
    for (Dependency d : arcs) {
      heads.put(d.dependent(), d.head());
      children.computeIfAbsent(d.head(), k -> new ArrayList<>()).add(d.dependent());
    }
    for (Dependency d : arcs) {
      relations.put(d.dependent(), normal(d.relation(), d.head()));
    }
  }

  private String normal(String rel, int head) {
    String r = rel.toLowerCase(Locale.ROOT);
    switch (r) {
      case "dobj":
        return "obj";
      case "neg":
        return "advmod";
      case "nsubjpass":
        return "nsubj:pass";
      case "auxpass":
        return "aux:pass";
      case "csubjpass":
        return "csubj:pass";
      default:
        break;
    }
    if (r.startsWith("nmod") && !r.equals("nmod:poss") && isVerb(head)) {
      return "obl" + r.substring(4);
    }
    return r;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String lemma(int i) {
    Token t = tokens.get(i);
    return t == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
  }

  /** The token as written, lower-cased. */
  String word(int i) {
    Token t = tokens.get(i);
    return t == null ? "" : t.word().toLowerCase(Locale.ROOT);
  }

  int head(int i) {
    return heads.getOrDefault(i, -1);
  }

  String relation(int i) {
    return relations.getOrDefault(i, "");
  }

  boolean isVerb(int i) {
    Token t = tokens.get(i);
    return t != null && t.pos().startsWith("VB");
  }

  boolean isNoun(int i) {
    Token t = tokens.get(i);
    return t != null && (t.pos().startsWith("NN") || t.pos().startsWith("PRP"));
  }

  /** The children of {@code i}, in order. */
  List<Integer> children(int i) {
    return children.getOrDefault(i, List.of());
  }

  /** The children of {@code i} whose relation is one of {@code rels} or a subtype of one. */
  List<Integer> children(int i, String... rels) {
    List<Integer> out = new ArrayList<>();
    for (int c : children(i)) {
      String r = relation(c);
      for (String want : rels) {
        if (r.equals(want) || r.startsWith(want + ":")) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /** The lemma of the preposition ({@code case}) that introduces {@code i}, or "". */
  String prep(int i) {
    List<Integer> c = children(i, "case");
    return c.isEmpty() ? "" : lemma(c.get(0));
  }

  /** True when {@code i}'s relation is {@code rel} or a subtype of it. */
  boolean is(int i, String rel) {
    String r = relation(i);
    return r.equals(rel) || r.startsWith(rel + ":");
  }
}
