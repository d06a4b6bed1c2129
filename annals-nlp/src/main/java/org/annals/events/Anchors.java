package org.annals.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Place;
import org.annals.nlp.Sentence;
import org.annals.nlp.Token;
import org.annals.time.TimeExpression;

/**
 * When and where a clause happened: the time expressions and places whose path up the tree ends at
 * the clause's verb. A date or place that modifies a noun ("the May 19 helicopter crash") does not
 * move the clause.
 */
final class Anchors {
  private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nummod", "nmod:poss");
  private static final Set<String> LOCATIVE =
      Set.of("in", "at", "near", "outside", "inside", "across", "throughout", "off", "around");
  private static final Pattern DATELINE_TAIL =
      Pattern.compile("^\\s*(?:,[^.\\n]{0,40}?)?\\s*(?:\\([^)\\n]{1,40}\\))?\\s*[—–:-]");

  private final AnnotatedArticle article;
  private final Sentence sentence;
  private final List<Token> tokens;
  private final Tree tree;

  Anchors(AnnotatedArticle article, Sentence sentence, List<Token> tokens, Tree tree) {
    this.article = article;
    this.sentence = sentence;
    this.tokens = tokens;
    this.tree = tree;
  }

  /** A dated value: the date and its precision. */
  record Dated(LocalDate date, String precision) {}

  /** The date that governs verb {@code v}, or {@code null}. */
  Dated date(int v) {
    for (TimeExpression t : article.times()) {
      if (!t.type().equals(TimeExpression.DATE)
          || t.start() < sentence.start()
          || t.end() > sentence.end()) {
        continue;
      }
      Dated d = parse(t.value());
      if (d != null && governor(t.start(), t.end()) == v) {
        return d;
      }
    }
    return null;
  }

  /** The article's date, standing in when no expression governs. */
  Dated articleDate() {
    var a = article.article();
    var stamp = a.published() != null ? a.published() : a.modified();
    return stamp == null ? null : new Dated(stamp.date(), "article-date");
  }

  /** The place the clause of {@code v} names, or {@code null}; never one of {@code actors}. */
  EventPlace place(int v, List<Span> actors) {
    for (Place p : article.places()) {
      if (p.start() < sentence.start() || p.end() > sentence.end()) {
        continue;
      }
      Span span = new Span(p.start(), p.end());
      if (actors.stream().anyMatch(span::overlaps)) {
        continue;
      }
      if (locative(p.start(), p.end(), v)) {
        return new EventPlace(p.name(), p.country(), p.adm1(), p.lat(), p.lon(), "clause");
      }
    }
    return null;
  }

  /** The dateline's place ("ASTANA, July 4 (Reuters) —"), or {@code null}. */
  static EventPlace dateline(AnnotatedArticle a) {
    String text = a.article().text();
    for (Place p : a.places()) {
      if (p.start() > 40) {
        break;
      }
      if (text.substring(0, p.start()).isBlank()
          && DATELINE_TAIL.matcher(text.substring(p.end())).find()) {
        return new EventPlace(p.name(), p.country(), p.adm1(), p.lat(), p.lon(), "dateline");
      }
    }
    return null;
  }

  private static Dated parse(String value) {
    if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return new Dated(LocalDate.parse(value), "day");
    }
    if (value.matches("\\d{4}-\\d{2}")) {
      return new Dated(LocalDate.parse(value + "-01"), "month");
    }
    if (value.matches("\\d{4}")) {
      return new Dated(LocalDate.parse(value + "-01-01"), "year");
    }
    return null;
  }

  /** The verb that the phrase {@code [start, end)} hangs from, or -1 when it modifies a noun. */
  private int governor(int start, int end) {
    int h = top(start, end);
    if (h < 0 || MODIFIERS.contains(tree.relation(h))) {
      return -1;
    }
    for (int cur = tree.head(h), steps = 0; cur >= 0 && steps < 8; cur = tree.head(cur), steps++) {
      if (tree.isVerb(cur)) {
        return cur;
      }
    }
    return -1;
  }

  private boolean locative(int start, int end, int v) {
    int h = top(start, end);
    boolean loc = false;
    for (int cur = h, steps = 0; cur >= 0 && steps < 8; cur = tree.head(cur), steps++) {
      if (cur == v) {
        return loc;
      }
      if (tree.isVerb(cur) || tree.is(cur, "acl") || tree.is(cur, "nsubj")) {
        return false;
      }
      loc |= LOCATIVE.contains(tree.prep(cur));
    }
    return false;
  }

  /** The token of {@code [start, end)} whose head lies outside it, or -1. */
  private int top(int start, int end) {
    for (Token t : tokens) {
      if (t.start() < start || t.end() > end) {
        continue;
      }
      int head = tree.head(t.index());
      Token ht = head < 0 ? null : tree.token(head);
      if (ht == null || ht.start() < start || ht.end() > end) {
        return t.index();
      }
    }
    return -1;
  }
}
