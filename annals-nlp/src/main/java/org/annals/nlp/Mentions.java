package org.annals.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raw mentions, before they are resolved: names from the named-entity tags (consecutive tokens of
 * one class), third-person singular pronouns, and role nominals ("the Russian president", "his
 * acting Iranian counterpart", "Iran's spiritual leader", "the previous president").
 */
final class Mentions {
  private static final Set<String> PRONOUNS =
      Set.of("he", "him", "his", "she", "her", "hers", "himself", "herself");
  static final String ROLES =
      "president|prime minister|premier|foreign minister|minister|chancellor|king|queen|emir|crown prince"
          + "|supreme leader|spiritual leader|leader|head of state|head of government|counterpart|vice president"
          + "|first vice president|secretary of state|secretary-general|secretary general|spokesperson|spokesman"
          + "|spokeswoman|ambassador|envoy|governor|mayor|general|commander|chief|head";
  private static final Pattern NOMINAL =
      Pattern.compile(
          "\\b(?:(?:the|his|her|their|its)\\s+|(?<owner>(?-i:\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?))['’]s\\s+)"
              + "(?<mods>(?:(?:acting|former|previous|late|new|then|interim|outgoing|incoming|current|deputy|top)\\s+)*)"
              + "(?<adj>(?-i:\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?)\\s+)?"
              + "(?<role>"
              + ROLES
              + ")\\b"
              + "(?-i:(?<of>\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*"
              + "(?:\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)*))?",
          Pattern.CASE_INSENSITIVE);

  private Mentions() {}

  /**
   * Names, pronouns and role nominals of {@code text}, sorted by offset, nominals not overlapping
   * names.
   */
  static List<Mention> find(String text, Parsed parsed) {
    List<Mention> out = new ArrayList<>(names(text, parsed));
    out.addAll(missedSurnames(text, parsed, out));
    for (Token t : parsed.tokens()) {
      if ((t.pos().startsWith("PRP")) && PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        out.add(
            new Mention(
                t.word(), t.start(), t.end(), MentionType.PERSON, Mention.Form.PRONOUN, null));
      }
    }
    Matcher m = NOMINAL.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (!overlapsName(out, start, end)) {
        out.add(
            new Mention(
                text.substring(start, end),
                start,
                end,
                MentionType.PERSON,
                Mention.Form.NOMINAL,
                null));
      }
    }
    out.sort(Comparator.comparingInt(Mention::start).thenComparingInt(x -> -x.end()));
    return out;
  }

  /**
   * Later mentions of a person's surname the name tagger missed ("Aasland later met…" after "Sigrid
   * Aasland"): a capitalised token equal to the last word of an earlier multi-word person name,
   * outside every other name.
   */
  private static List<Mention> missedSurnames(String text, Parsed parsed, List<Mention> names) {
    java.util.Map<String, Integer> surnames = new java.util.HashMap<>();
    for (Mention m : names) {
      int space = m.text().lastIndexOf(' ');
      if (m.type() == MentionType.PERSON && space > 0) {
        surnames.putIfAbsent(m.text().substring(space + 1), m.end());
      }
    }
    List<Mention> out = new ArrayList<>();
    if (surnames.isEmpty()) {
      return out;
    }
    for (Token t : parsed.tokens()) {
      Integer after = surnames.get(t.word());
      if (after != null
          && t.start() >= after
          && Character.isUpperCase(t.word().charAt(0))
          && !overlapsAny(names, t.start(), t.end())) {
        out.add(
            new Mention(t.word(), t.start(), t.end(), MentionType.PERSON, Mention.Form.NAME, null));
      }
    }
    return out;
  }

  private static boolean overlapsAny(List<Mention> mentions, int start, int end) {
    for (Mention x : mentions) {
      if (x.start() < end && start < x.end()) {
        return true;
      }
    }
    return false;
  }

  /** Consecutive tokens of one named-entity class within a sentence. */
  private static List<Mention> names(String text, Parsed parsed) {
    List<Mention> out = new ArrayList<>();
    List<Token> tokens = parsed.tokens();
    for (int i = 0; i < tokens.size(); ) {
      Token t = tokens.get(i);
      if (t.ner().equals("O")) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < tokens.size()
          && tokens.get(j).ner().equals(t.ner())
          && tokens.get(j).sentence() == t.sentence()) {
        j++;
      }
      int start = t.start();
      int end = tokens.get(j - 1).end();
      MentionType type = type(t.ner());
      Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (type == MentionType.ORG
          && last != null
          && last.type() == MentionType.NORP
          && last.end() + 1 == start
          && text.charAt(last.end()) == ' ') {
        // "Iranian" + "Red Crescent Society": one organisation named with its nationality
        out.set(
            out.size() - 1,
            new Mention(
                text.substring(last.start(), end),
                last.start(),
                end,
                MentionType.ORG,
                Mention.Form.NAME,
                null));
      } else if (type != null) {
        out.add(new Mention(text.substring(start, end), start, end, type, Mention.Form.NAME, null));
      }
      i = j;
    }
    return out;
  }

  private static MentionType type(String ner) {
    return switch (ner) {
      case "PERSON" -> MentionType.PERSON;
      case "ORGANIZATION" -> MentionType.ORG;
      case "LOCATION" -> MentionType.GPE;
      case "MISC" -> MentionType.NORP;
      default -> null;
    };
  }

  private static boolean overlapsName(List<Mention> mentions, int start, int end) {
    return overlapsAny(
        mentions.stream()
            .filter(x -> x.form() == Mention.Form.NAME && x.type() == MentionType.PERSON)
            .toList(),
        start,
        end);
  }
}
