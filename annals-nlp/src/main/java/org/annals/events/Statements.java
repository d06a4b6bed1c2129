package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Quote;
import org.annals.nlp.Sentence;
import org.annals.nlp.Token;

/**
 * The speech act of a quote whose content gave no event: CAMEO 010 "Make statement", its speaker as
 * source and the first other actor the quote names as target ("our relations with the Russian
 * Federation…", Mokhber noted: IRNGOV 010 RUS). A quote that names no other actor, a fragment, or a
 * quote without a known speaker gives nothing. No parse is needed: quotes and speakers come from
 * the NLP stage.
 */
final class Statements {
  private Statements() {}

  static List<Event> code(AnnotatedArticle a, ActorIndex actors, List<Event> coded) {
    List<Event> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (q.partial() || q.speaker() == null || q.speaker().entity() == null) {
        continue;
      }
      ActorSpan speaker = actors.entity(q.speaker().entity());
      if (speaker == null || codedInside(q, coded)) {
        continue;
      }
      ActorSpan about = firstOther(actors, q, speaker);
      Span cue = cue(a, q);
      Sentence s = sentenceOf(a, cue.start());
      if (about == null || s == null) {
        continue;
      }
      out.add(event(a, speaker, about, cue, s));
    }
    return out;
  }

  private static Event event(
      AnnotatedArticle a, ActorSpan speaker, ActorSpan about, Span cue, Sentence s) {
    var stamp = a.article().published() != null ? a.article().published() : a.article().modified();
    return new Event(
        Event.INTERACTION,
        speaker.actors(),
        about.actors(),
        "010",
        null,
        null,
        stamp == null ? null : stamp.date(),
        stamp == null ? null : "article-date",
        Anchors.dateline(a),
        new Evidence(s.index(), List.of(speaker.span()), cue, List.of(about.span())),
        0.6,
        Set.of("statement"));
  }

  private static boolean codedInside(Quote q, List<Event> coded) {
    return coded.stream()
        .anyMatch(
            e ->
                e.evidence().action().start() >= q.start()
                    && e.evidence().action().end() <= q.end());
  }

  /** The first actor inside the quote that is neither the speaker nor of the speaker's country. */
  private static ActorSpan firstOther(ActorIndex actors, Quote q, ActorSpan speaker) {
    Set<String> own = Set.copyOf(speaker.actors().stream().map(x -> prefix(x.code())).toList());
    for (ActorSpan s : actors.within(q.start(), q.end())) {
      if (s.actors().stream().noneMatch(x -> own.contains(prefix(x.code())))) {
        return s;
      }
    }
    return null;
  }

  private static String prefix(String code) {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  /** The cue verb's span ("stated" after the quote), else the quote's own span. */
  private static Span cue(AnnotatedArticle a, Quote q) {
    if (q.cue() != null) {
      for (Token t : a.tokens()) {
        boolean near =
            (t.start() >= q.end() && t.start() - q.end() < 80)
                || (t.end() <= q.start() && q.start() - t.end() < 80);
        if (near && t.word().equalsIgnoreCase(q.cue())) {
          return new Span(t.start(), t.end());
        }
      }
    }
    return new Span(q.start(), q.end());
  }

  private static Sentence sentenceOf(AnnotatedArticle a, int offset) {
    for (Sentence s : a.sentences()) {
      if (s.contains(offset)) {
        return s;
      }
    }
    return null;
  }
}
