package org.annals.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the qualifiers around a mention in running text: before it a country or nationality, a few
 * adjectives and a kind word ("the Iranian province of", "Kazakh capital", "Iran's northwestern
 * province of", "Iran's"); after it a comma and a country or division ("…, Norway", "…, Texas") or
 * a kind word ("… province", "… state"). Only the clause next to the mention counts: a sentence end
 * or other punctuation stops the reading.
 */
final class ContextReader {
  private static final int MAX_LEFT_WORDS = 8;
  private static final int MAX_RIGHT_WORDS = 5;
  private static final int MAX_MODIFIERS = 2;

  /** Words that end a run of adjectives: the country word before them qualifies something else. */
  private static final Set<String> NOT_MODIFIERS =
      Set.of(
          "in", "at", "on", "to", "from", "for", "with", "by", "and", "or", "but", "near", "into",
          "of", "the", "a", "an", "its", "their", "his", "her", "is", "was", "were", "are", "has",
          "have", "had", "said", "says", "told", "met", "visited");

  /** Lower-case words allowed inside a name after the comma ("Bosnia and Herzegovina"). */
  private static final Set<String> NAME_JOINERS = Set.of("and", "of", "the", "de", "del", "da");

  private final StandardGazetteer gazetteer;

  ContextReader(StandardGazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Qualifiers read(String text, int start, int end) {
    Found found = new Found();
    readLeft(text, start, found);
    readRight(text, end, found);
    return found.qualifiers();
  }

  /** Reads "[country] [adjectives] [kind word] [of]" before the mention. */
  private void readLeft(String text, int start, Found found) {
    Words left = Words.before(text, start, MAX_LEFT_WORDS);
    List<String> w = left.words();
    int i = !w.isEmpty() && w.get(0).equals("of") ? 1 : 0;
    String kindWord = i < w.size() ? Names.lower(w.get(i)) : "";
    if (KindWords.ALL.containsKey(kindWord)) {
      found.kind = KindWords.ALL.get(kindWord);
      found.capital = kindWord.equals("capital");
      i++;
    } else if (left.comma() || i > 0) {
      return; // "Iran, Astana" or "of Astana" without a kind word qualifies nothing
    }
    int modifiers = 0;
    while (found.kind != null
        && i < w.size()
        && modifiers < MAX_MODIFIERS
        && isModifier(w.get(i))) {
      i++;
      modifiers++;
    }
    if (found.kind != null || (i == 0 && !w.isEmpty() && isPossessive(w.get(0)))) {
      addCountryBefore(w, i, found.countries);
    }
  }

  /** The longest run of up to three words ending at {@code w.get(i)} that names a country. */
  private void addCountryBefore(List<String> w, int i, List<String> countries) {
    for (int len = Math.min(3, w.size() - i); len >= 1; len--) {
      StringBuilder phrase = new StringBuilder();
      for (int k = i + len - 1; k >= i; k--) {
        phrase.append(w.get(k)).append(' ');
      }
      String[] codes = gazetteer.countries(Names.key(phrase.toString()));
      if (codes.length > 0) {
        countries.addAll(List.of(codes));
        return;
      }
    }
  }

  /** Reads ", Country" or ", Division" or a kind word after the mention. */
  private void readRight(String text, int end, Found found) {
    Words right = Words.after(text, end, MAX_RIGHT_WORDS);
    List<String> w = right.words();
    if (w.isEmpty()) {
      return;
    }
    if (!right.comma()) {
      PlaceKind k = KindWords.ALL.get(Names.lower(w.get(0)));
      if (k != null && found.kind == null) {
        found.kind = k;
      }
      return;
    }
    for (int len = nameLength(w); len >= 1; len--) {
      Match[] matches = gazetteer.matchesOfKey(Names.key(String.join(" ", w.subList(0, len))));
      if (found.addQualifying(matches)) {
        return;
      }
    }
  }

  /** How many words after the comma can belong to one name: capitalised ones and joiners. */
  private static int nameLength(List<String> w) {
    int n = 0;
    while (n < w.size()
        && (Character.isUpperCase(w.get(n).charAt(0))
            || (n > 0 && NAME_JOINERS.contains(w.get(n))))) {
      n++;
    }
    while (n > 0 && NAME_JOINERS.contains(w.get(n - 1))) {
      n--;
    }
    return n;
  }

  private static boolean isModifier(String word) {
    if (NOT_MODIFIERS.contains(word)) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!Character.isLowerCase(c) && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("\u2019s");
  }

  /** What the reading found so far. */
  private static final class Found {
    final List<String> countries = new ArrayList<>(2);
    final List<String> divisions = new ArrayList<>(2);
    PlaceKind kind;
    boolean capital;

    /** Adds the countries and divisions among {@code matches}; true if there were any. */
    boolean addQualifying(Match[] matches) {
      boolean any = false;
      for (Match m : matches) {
        if (m.place().kind() == PlaceKind.COUNTRY) {
          countries.add(m.place().country());
          any = true;
        } else if (m.place().kind() == PlaceKind.ADM1) {
          divisions.add(m.place().id());
          any = true;
        }
      }
      return any;
    }

    Qualifiers qualifiers() {
      if (countries.isEmpty() && divisions.isEmpty() && kind == null) {
        return Qualifiers.NONE;
      }
      return new Qualifiers(countries, divisions, kind, capital);
    }
  }
}
