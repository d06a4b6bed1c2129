package org.annals.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations and who said them, by rules of news writing: an attribution right after the closing
 * mark ({@code ," Putin stated.}, {@code ," he added.}, {@code ," said the minister.}), or right
 * before the opening one ({@code Putin said: "…"}); a fragment quoted inside reported speech
 * ({@code wishing the people a "successful second round,"}) is partial and belongs to the subject
 * of its sentence. Pronoun speakers take the entity coreference gave them.
 */
final class Quotes {
  static final String CUES =
      "said|says|stated|states|noted|notes|added|adds|told|tells|explained|stressed|emphasized|emphasised"
          + "|asserted|declared|insisted|warned|wrote|argued|continued|replied|remarked|commented|announced"
          + "|underlined|underscored|pointed out|recalled|concluded|acknowledged|admitted|claimed|urged|vowed"
          + "|tweeted|posted|responded|answered|observed|suggested";
  private static final Pattern AFTER =
      Pattern.compile("^[ \\t,]*(?:(?<cue1>" + CUES + ")\\b)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CUE_AT =
      Pattern.compile("^\\s*(?<cue>" + CUES + ")\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE_CUE =
      Pattern.compile("(?<cue>" + CUES + ")\\s*(?:,|:|that)?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Map<Character, Character> CLOSE = Map.of('“', '”', '«', '»', '„', '“');

  private Quotes() {}

  /** One quoted span, before attribution. */
  record Span(int start, int end) {}

  /** The quotations in {@code text}, attributed with {@code mentions} (sorted by offset). */
  static List<Quote> find(
      String text, List<Sentence> sentences, List<Mention> mentions, Map<String, Entity> entities) {
    List<Quote> out = new ArrayList<>();
    for (Span s : spans(text)) {
      if (text.substring(s.start(), s.end()).replaceAll("[\\s,]+$", "").isBlank()) {
        continue; // quotation marks around nothing ('" "') quote nothing
      }
      Quote q = attribute(text, s, sentences, mentions, entities);
      Quote previous = out.isEmpty() ? null : out.get(out.size() - 1);
      if (q.speaker() == null
          && !q.partial()
          && previous != null
          && previous.speaker() != null
          && !text.substring(previous.end(), q.start()).contains("\n\n")) {
        // "…," Vasconcelos told reporters. "Today we agreed to change that." — the quote goes on
        q = new Quote(q.text(), q.start(), q.end(), previous.speaker(), null, false);
      }
      out.add(q);
    }
    return out;
  }

  /** Quoted spans: curly pairs, and straight double quotes paired within a paragraph. */
  static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int paragraphStart = 0;
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        open = -1;
        paragraphStart = i + 2;
        continue;
      }
      if (open < 0 && (c == '"' || CLOSE.containsKey(c))) {
        open = i;
        closer = c == '"' ? '"' : CLOSE.get(c);
      } else if (open >= 0 && c == closer) {
        if (i - open > 1) {
          out.add(new Span(open + 1, i));
        }
        open = -1;
      }
    }
    return out;
  }

  private static Quote attribute(
      String text,
      Span s,
      List<Sentence> sentences,
      List<Mention> mentions,
      Map<String, Entity> entities) {
    String words = text.substring(s.start(), s.end());
    String trimmed = words.replaceAll("[\\s,]+$", "");
    int end = s.start() + trimmed.length();
    Optional<Attribution> a =
        (endsSentence(trimmed) ? Optional.<Attribution>empty() : after(text, s.end() + 1, mentions))
            .or(() -> before(text, s.start() - 1, mentions));
    boolean partial = a.isEmpty() && embedded(text, s, sentences);
    if (a.isEmpty()) {
      a = subject(text, s, sentences, mentions).map(m -> new Attribution(m, null));
    }
    Quote.Speaker speaker = a.map(x -> speaker(x.mention(), entities)).orElse(null);
    return new Quote(
        trimmed, s.start(), end, speaker, a.map(Attribution::cue).orElse(null), partial);
  }

  private record Attribution(Mention mention, String cue) {}

  /**
   * A quote closed by a full stop ends its sentence: what follows it starts another one and does
   * not attribute it ('"…change that." Benslimane said Morocco would…'). Questions and exclamations
   * may still be attributed after ('"Why now?" asked the minister.').
   */
  private static boolean endsSentence(String quote) {
    return quote.endsWith(".") && !quote.endsWith("...");
  }

  /** {@code ," Putin stated} or {@code ," said Putin}, right after the closing mark. */
  private static Optional<Attribution> after(String text, int from, List<Mention> mentions) {
    if (from >= text.length()) {
      return Optional.empty();
    }
    String rest = text.substring(from, Math.min(text.length(), from + 120));
    Matcher m = AFTER.matcher(rest);
    if (!m.find()) {
      return Optional.empty();
    }
    int at = from + m.end();
    String cue = m.group("cue1");
    Optional<Mention> speaker = mentionStartingNear(at, mentions);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    if (cue == null) {
      Matcher c =
          CUE_AT.matcher(
              text.substring(
                  speaker.get().end(), Math.min(text.length(), speaker.get().end() + 40)));
      if (!c.find()) {
        return Optional.empty();
      }
      cue = c.group("cue");
    }
    return Optional.of(new Attribution(speaker.get(), cue.toLowerCase(java.util.Locale.ROOT)));
  }

  /** {@code Putin said: "…"} right before the opening mark. */
  private static Optional<Attribution> before(String text, int openMark, List<Mention> mentions) {
    int from = Math.max(0, openMark - 80);
    String head = text.substring(from, Math.max(from, openMark));
    Matcher m = BEFORE_CUE.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    int cueStart = from + m.start();
    Mention best = null;
    for (Mention x : mentions) {
      if (x.type() == MentionType.PERSON && x.end() <= cueStart && cueStart - x.end() <= 3) {
        best = x;
      }
    }
    return Optional.ofNullable(best)
        .map(x -> new Attribution(x, m.group("cue").toLowerCase(java.util.Locale.ROOT)));
  }

  /**
   * The person mention that starts at {@code at} (after "the", titles…), if any, within a few
   * characters.
   */
  private static Optional<Mention> mentionStartingNear(int at, List<Mention> mentions) {
    for (Mention x : mentions) {
      if ((x.type() == MentionType.PERSON || x.type() == MentionType.ORG)
          && x.start() >= at
          && x.start() - at <= 4) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }

  /** True when the quote sits inside a sentence that goes on around it (a quoted fragment). */
  private static boolean embedded(String text, Span s, List<Sentence> sentences) {
    for (Sentence sentence : sentences) {
      if (sentence.contains(s.start())) {
        String before =
            text.substring(sentence.start(), Math.max(sentence.start(), s.start() - 1)).strip();
        return !before.isEmpty();
      }
    }
    return false;
  }

  /**
   * The first person mentioned in the quote's sentence before the quote: the sentence's subject.
   */
  private static Optional<Mention> subject(
      String text, Span s, List<Sentence> sentences, List<Mention> mentions) {
    for (Sentence sentence : sentences) {
      if (sentence.contains(s.start())) {
        Optional<Mention> relative = relativeSubject(text, sentence, s, mentions);
        if (relative.isPresent()) {
          return relative;
        }
        for (Mention m : mentions) {
          if (m.type() == MentionType.PERSON
              && m.start() >= sentence.start()
              && m.end() <= s.start()) {
            return Optional.of(m);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The person a relative clause that holds the quote is about: "…in the presence of the Swiss
   * minister, Béatrice Müller-Roux, who called it "a modest step"" → Müller-Roux.
   */
  private static Optional<Mention> relativeSubject(
      String text, Sentence sentence, Span s, List<Mention> mentions) {
    int who = text.lastIndexOf(", who ", s.start());
    if (who < sentence.start()) {
      return Optional.empty();
    }
    Mention best = null;
    for (Mention m : mentions) {
      if (m.type() == MentionType.PERSON
          && m.start() >= sentence.start()
          && m.end() <= who
          && who - m.end() <= 2) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Quote.Speaker speaker(Mention m, Map<String, Entity> entities) {
    Entity e = m.entity() == null ? null : entities.get(m.entity());
    return new Quote.Speaker(m.entity(), e == null ? m.text() : e.name());
  }
}
