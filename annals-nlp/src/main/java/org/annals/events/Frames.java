package org.annals.events;

import java.util.HashSet;
import java.util.Set;

/**
 * The words around a verb that a lexicon pattern may name, as lemmas: its particle, the heads of
 * its object and obliques, their prepositions, the prepositions of its object's complements, its
 * open complement with its marker, and its adverbs ("work together").
 */
final class Frames {
  private Frames() {}

  static Set<String> of(Tree tree, int v) {
    Set<String> out = new HashSet<>();
    for (int c : tree.children(v)) {
      String r = tree.relation(c);
      if (r.equals("compound:prt") || r.startsWith("advmod")) {
        out.add(tree.lemma(c));
      } else if (r.startsWith("obj") || r.startsWith("iobj") || r.startsWith("obl")) {
        nominal(tree, c, out);
      } else if (r.equals("xcomp")) {
        out.add(tree.lemma(c));
        tree.children(c, "mark").forEach(m -> out.add(tree.lemma(m)));
      }
    }
    return out;
  }

  private static void nominal(Tree tree, int n, Set<String> out) {
    out.add(tree.lemma(n));
    String word = tree.word(n);
    out.add(word.endsWith("s") ? word.substring(0, word.length() - 1) : word);
    String prep = tree.prep(n);
    if (!prep.isEmpty()) {
      out.add(prep);
    }
    for (int c : tree.children(n, "compound", "amod")) {
      out.add(tree.lemma(c));
    }
    for (int c : tree.children(n, "nmod")) {
      String p = tree.prep(c);
      if (!p.isEmpty()) {
        out.add(p);
      }
      out.add(tree.lemma(c));
    }
  }
}
