package org.annals.nlp;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.actors.ActorBase;
import org.annals.actors.Country;

/**
 * Titles the article itself gives people: "Portuguese Prime Minister Duarte Vasconcelos", "the
 * Moroccan foreign minister, Karim Benslimane". They give a person the knowledge base does not know
 * a role, a country and an actor code, and let a later "the Moroccan minister" find the person the
 * article called so, before the knowledge base is asked who held the office.
 */
final class Titles {
  /** A title as the article gives it. */
  record Title(String office, boolean acting, Country country) {
    Title {
      if (office == null || office.isBlank()) {
        throw new IllegalArgumentException("title needs an office");
      }
    }

    /** "Prime Minister of Portugal", "Acting President of Iran", "Foreign Minister". */
    String display() {
      StringBuilder b = new StringBuilder(acting ? "Acting " : "");
      for (String w : office.split(" ")) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
      }
      String s = b.toString().strip();
      return country == null ? s : s + " of " + country.name();
    }

    /** The CAMEO-style code the title gives: country + GOV or MIL, the country alone, or none. */
    String code() {
      if (country == null) {
        return null;
      }
      String last = office.substring(office.lastIndexOf(' ') + 1);
      if (MILITARY.contains(last)) {
        return country.cameo() + "MIL";
      }
      if (GOVERNMENT.contains(last) || GOVERNMENT.contains(office)) {
        return country.cameo() + "GOV";
      }
      return country.cameo();
    }

    /** True when a nominal naming {@code office} (and {@code country}, if any) may mean this. */
    boolean answers(String nominalOffice, Country nominalCountry) {
      boolean sameOffice =
          office.equals(nominalOffice)
              || office.endsWith(" " + nominalOffice)
              || (nominalOffice.equals("premier") && office.equals("prime minister"))
              || (office.equals("premier") && nominalOffice.equals("prime minister"));
      boolean sameCountry =
          nominalCountry == null
              || (country != null && country.alpha3().equals(nominalCountry.alpha3()));
      return sameOffice && sameCountry;
    }
  }

  private static final Set<String> GOVERNMENT =
      Set.of(
          "president",
          "minister",
          "premier",
          "chancellor",
          "king",
          "queen",
          "emir",
          "prince",
          "leader",
          "secretary",
          "ambassador",
          "envoy",
          "governor",
          "mayor",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "secretary of state");
  private static final Set<String> MILITARY = Set.of("general", "commander");
  private static final Set<String> FORMER = Set.of("former", "previous", "late", "ex", "then");

  /** Office words, longest first inside each alternative. */
  static final String OFFICES =
      "(?:(?:foreign|defen[cs]e|finance|interior|prime|economy|trade|energy|health|justice)\\s+)?minister"
          + "|premier|vice president|president|chancellor|king|queen|emir|crown prince|supreme leader"
          + "|secretary of state|secretary-general|secretary general|ambassador|envoy|governor|mayor"
          + "|general|commander|spokesperson|spokesman|spokeswoman";

  /** A title right before a name: "[Portuguese] [Acting] Prime Minister ". */
  private static final Pattern BEFORE_NAME =
      Pattern.compile(
          "(?:^|[\\s(,;:\"“])(?:(?<country>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)??)(?:['’]s)?\\s+)??"
              + "(?<mods>(?i:(?:acting|interim|deputy|former|previous|late|then)\\s+)*)"
              + "(?<office>(?i:"
              + OFFICES
              + "))\\s+$");

  /** Office words in a nominal ("the Moroccan minister" → minister). */
  private static final Pattern OFFICE_IN =
      Pattern.compile("(?i)\\b(?<office>" + OFFICES + "|leader|head|chief|counterpart)\\b");

  private Titles() {}

  /**
   * The title written right before a name that starts at {@code nameStart}, within its sentence
   * (from {@code sentenceStart}); a former office ("former President X") gives none.
   */
  static Optional<Title> beforeName(String text, int sentenceStart, int nameStart, ActorBase base) {
    int from = Math.max(sentenceStart, nameStart - 80);
    Matcher m = BEFORE_NAME.matcher(text.substring(from, nameStart));
    if (!m.find()) {
      return Optional.empty();
    }
    return title(m.group("office"), m.group("mods"), m.group("country"), base);
  }

  /** The title a nominal right before a name gives ("the previous president, Ebrahim Raisi"). */
  static Optional<Title> ofNominal(String nominal, ActorBase base) {
    Matcher o = lastOffice(nominal);
    if (o == null || o.group("office").equalsIgnoreCase("counterpart")) {
      return Optional.empty();
    }
    String before = nominal.substring(0, o.start());
    String country = null;
    for (String w : before.split("[\\s'’]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && base.country(w).isPresent()) {
        country = w;
      }
    }
    return title(o.group("office"), before, country, base);
  }

  /** The office a nominal names, lower-case ("minister"), or empty. */
  static Optional<String> officeOf(String nominal) {
    Matcher o = lastOffice(nominal);
    return o == null
        ? Optional.empty()
        : Optional.of(o.group("office").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  /** The country a nominal names by a demonym or name ("the Moroccan minister" → Morocco). */
  static Optional<Country> countryOf(String nominal, ActorBase base) {
    for (String w : nominal.split("[\\s'’]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        Optional<Country> c = base.country(w);
        if (c.isPresent()) {
          return c;
        }
      }
    }
    return Optional.empty();
  }

  private static Matcher lastOffice(String nominal) {
    Matcher o = OFFICE_IN.matcher(nominal);
    int at = -1;
    while (o.find()) {
      at = o.start();
    }
    if (at < 0) {
      return null;
    }
    o.find(at);
    return o;
  }

  /** True when the nominal asks for a past holder ("the former minister"). */
  static boolean former(String nominal) {
    for (String w : nominal.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (FORMER.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Title> title(
      String office, String mods, String countryWord, ActorBase base) {
    String m = mods == null ? "" : mods.toLowerCase(Locale.ROOT);
    if (former(m)) {
      return Optional.empty();
    }
    // a capitalised word that is no country ("Social Democratic leader") adds no country
    Country country = countryWord == null ? null : base.country(countryWord).orElse(null);
    String o =
        office.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace("defense", "defence");
    return Optional.of(new Title(o, m.contains("acting") || m.contains("interim"), country));
  }
}
