package org.annals.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names and their abbreviations in the languages of the news Annals reads, to month numbers.
 * Sources: the Unicode CLDR month names (format and stand-alone, wide and abbreviated) for each
 * language, with the genitive forms used in dates ("4 июля", "4 lipca").
 */
final class MonthNames {
  private static final String[][] NAMES = {
    // one row per month: names in English, German, French, Spanish, Portuguese, Italian, Dutch,
    // Russian (genitive and nominative), Turkish, Polish (genitive), Romanian, Swedish/Danish/Norwegian
    {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "janeiro",
      "gennaio", "gen", "januari", "января", "январь", "янв", "ocak", "stycznia", "ianuarie"},
    {"february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "febrero", "fevereiro",
      "fev", "febbraio", "februari", "февраля", "февраль", "фев", "şubat", "subat", "lutego",
      "februarie"},
    {"march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt",
      "марта", "март", "mart", "marca", "martie"},
    {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр", "nisan",
      "kwietnia", "aprilie"},
    {"may", "mai", "mayo", "maio", "maggio", "mag", "mei", "мая", "май", "mayıs", "mayis", "maja",
      "maj"},
    {"june", "jun", "juni", "juin", "junio", "junho", "giugno", "giu", "июня", "июнь", "haziran",
      "czerwca", "iunie"},
    {"july", "jul", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug", "июля", "июль",
      "temmuz", "lipca", "iulie"},
    {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "августа", "август", "авг",
      "ağustos", "agustos", "sierpnia", "augusti"},
    {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "set",
      "settembre", "сентября", "сентябрь", "сен", "eylül", "eylul", "września", "wrzesnia",
      "septembrie"},
    {"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott",
      "октября", "октябрь", "окт", "ekim", "października", "pazdziernika", "octombrie"},
    {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "ноя", "kasım",
      "kasim", "listopada", "noiembrie"},
    {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic",
      "dezembro", "dicembre", "декабря", "декабрь", "дек", "aralık", "aralik", "grudnia",
      "decembrie"},
  };

  private static final Map<String, Integer> BY_NAME = new HashMap<>();

  /** An alternation of every name, longest first, for use inside a case-insensitive regex. */
  static final String ALTERNATION;

  static {
    List<String> all = new ArrayList<>();
    for (int m = 0; m < NAMES.length; m++) {
      for (String n : NAMES[m]) {
        BY_NAME.putIfAbsent(n, m + 1);
        all.add(n);
      }
    }
    all.sort(Comparator.comparingInt(String::length).reversed());
    ALTERNATION = String.join("|", all);
  }

  private MonthNames() {}

  /** The month number (1–12) of a name or abbreviation, ignoring case and a trailing dot. */
  static Optional<Integer> month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    return Optional.ofNullable(BY_NAME.get(key));
  }
}
