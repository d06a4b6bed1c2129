package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import org.annals.nlp.Sentence;

/** An article's actor spans, looked up by offset, sentence and entity. */
final class ActorIndex {
  private final List<ActorSpan> spans;

  ActorIndex(List<ActorSpan> spans) {
    this.spans = List.copyOf(spans);
  }

  /** The spans inside {@code s}, in text order. */
  List<ActorSpan> in(Sentence s) {
    List<ActorSpan> out = new ArrayList<>();
    for (ActorSpan a : spans) {
      if (a.start() >= s.start() && a.end() <= s.end()) {
        out.add(a);
      }
    }
    return out;
  }

  /** The spans inside {@code [start, end)}, in text order, nested ones left out. */
  List<ActorSpan> within(int start, int end) {
    List<ActorSpan> out = new ArrayList<>();
    for (ActorSpan a : spans) {
      if (a.start() >= start && a.end() <= end && covering(a.start()) == a) {
        out.add(a);
      }
    }
    return out;
  }

  /** The longest span covering {@code offset}, or {@code null}. */
  ActorSpan covering(int offset) {
    ActorSpan best = null;
    for (ActorSpan a : spans) {
      if (a.covers(offset) && (best == null || a.end() - a.start() > best.end() - best.start())) {
        best = a;
      }
    }
    return best;
  }

  /** A named span of entity {@code id} (else any span of it), or {@code null}. */
  ActorSpan entity(String id) {
    ActorSpan any = null;
    for (ActorSpan a : spans) {
      if (a.actors().stream().anyMatch(x -> id.equals(x.entity()))) {
        if (a.named()) {
          return a;
        }
        any = any == null ? a : any;
      }
    }
    return any;
  }
}
