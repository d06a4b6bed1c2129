package org.annals.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names and their abbreviations in the languages of the news Annals reads, to month numbers.
 * Source: the Unicode CLDR Gregorian month names (format and stand-alone, wide and abbreviated)
 * of each language, with the genitive forms used in dates ("4 июля", "4 lipca", "4. července").
 * A spelling shared by two languages for different months (Croatian "listopad" is October,
 * Czech and Polish "listopad" November) is kept for the more common reading only.
 */
final class MonthNames {
  private static final String[][] NAMES = {
    // one row per month. Order inside a row: English, German, French, Spanish/Catalan,
    // Portuguese, Italian, Dutch, Scandinavian, Russian, Ukrainian, Polish, Czech, Slovak,
    // Croatian, Hungarian, Romanian, Turkish, Finnish, Indonesian, Greek, Arabic
    {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gener", "janeiro",
      "gennaio", "gen", "januari", "января", "январь", "янв", "січня", "січень", "stycznia", "styczeń",
      "ledna", "leden", "januára", "siječnja", "siječanj", "január", "ianuarie", "ocak", "tammikuuta",
      "tammikuu", "ιανουαρίου", "ιανουάριος", "ιαν", "يناير", "كانون الثاني", "جانفي"},
    {"february", "feb", "febr", "februar", "février", "fevrier", "févr", "fevr", "fév", "febrero", "febrer",
      "fevereiro", "fev", "febbraio", "februari", "февраля", "февраль", "фев", "февр", "лютого", "лютий",
      "lutego", "luty", "února", "únor", "februára", "veljače", "veljača", "február", "februarie", "şubat",
      "subat", "helmikuuta", "helmikuu", "φεβρουαρίου", "φεβρουάριος", "φεβ", "فبراير", "شباط", "فيفري"},
    {"march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "març", "março", "marco", "maart", "mrt",
      "марта", "март", "мар", "березня", "березень", "marca", "marzec", "března", "březen", "ožujka", "ožujak",
      "március", "márc", "martie", "mart", "maaliskuuta", "maaliskuu", "maret", "μαρτίου", "μάρτιος", "μαρ",
      "مارس", "آذار"},
    {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "апреля", "апрель", "апр", "квітня", "квітень",
      "kwietnia", "kwiecień", "dubna", "duben", "apríla", "travnja", "travanj", "április", "ápr", "aprilie",
      "nisan", "huhtikuuta", "huhtikuu", "απριλίου", "απρίλιος", "απρ", "أبريل", "ابريل", "إبريل", "نيسان",
      "أفريل"},
    {"may", "mai", "mayo", "maig", "maio", "maggio", "mag", "mei", "мая", "май", "травня", "травень", "maja",
      "maj", "května", "květen", "mája", "svibnja", "svibanj", "május", "máj", "mayıs", "mayis",
      "toukokuuta", "toukokuu", "μαΐου", "μαΐου", "μάιος", "μαΐ", "مايو", "أيار", "ماي"},
    {"june", "jun", "juni", "juin", "junio", "juny", "junho", "giugno", "giu", "июня", "июнь", "июн", "червня",
      "червень", "czerwca", "czerwiec", "června", "červen", "júna", "lipnja", "lipanj", "június", "jún",
      "iunie", "haziran", "kesäkuuta", "kesäkuu", "ιουνίου", "ιούνιος", "ιουν", "يونيو", "يونيه", "حزيران",
      "جوان"},
    {"july", "jul", "juli", "juillet", "juil", "julio", "juliol", "julho", "luglio", "lug", "июля", "июль",
      "июл", "липня", "липень", "lipca", "lipiec", "července", "červenec", "júla", "srpnja", "srpanj",
      "július", "júl", "iulie", "temmuz", "heinäkuuta", "heinäkuu", "ιουλίου", "ιούλιος", "ιουλ", "يوليو",
      "يوليه", "تموز", "جويلية"},
    {"august", "aug", "août", "aout", "aoû", "agosto", "agost", "ago", "augustus", "augusti", "августа",
      "август", "авг", "серпня", "серпень", "sierpnia", "sierpień", "srpna", "srpen", "augusta",
      "kolovoza", "kolovoz", "augusztus", "ağustos", "agustos", "elokuuta", "elokuu", "agustus",
      "αυγούστου", "αύγουστος", "αυγ", "أغسطس", "اغسطس", "آب", "أوت"},
    {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembre", "setembro", "set",
      "settembre", "сентября", "сентябрь", "сен", "сент", "вересня", "вересень", "września", "wrzesnia",
      "wrzesień", "září", "septembra", "rujna", "rujan", "szeptember", "szept", "septembrie", "eylül",
      "eylul", "syyskuuta", "syyskuu", "σεπτεμβρίου", "σεπτέμβριος", "σεπ", "سبتمبر", "أيلول"},
    {"october", "oct", "oktober", "okt", "octobre", "octubre", "outubro", "out", "ottobre", "ott", "октября",
      "октябрь", "окт", "жовтня", "жовтень", "października", "pazdziernika", "październik", "října", "říjen",
      "októbra", "október", "octombrie", "ekim", "lokakuuta", "lokakuu", "οκτωβρίου", "οκτώβριος", "οκτ",
      "أكتوبر", "اكتوبر", "تشرين الأول"},
    {"november", "nov", "novembre", "noviembre", "novembro", "ноября", "ноябрь", "нояб", "ноя", "листопада",
      "листопад", "listopada", "listopad", "listopadu", "novembra", "studenoga", "studenog", "studeni",
      "noiembrie", "kasım", "kasim", "marraskuuta", "marraskuu", "νοεμβρίου", "νοέμβριος", "νοε", "نوفمبر",
      "تشرين الثاني"},
    {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "desembre",
      "dezembro", "dicembre", "desember", "декабря", "декабрь", "дек", "грудня", "грудень",
      "grudnia", "grudzień", "prosince", "prosinec", "decembra", "prosinca", "prosinac", "decembrie",
      "aralık", "aralik", "joulukuuta", "joulukuu", "desember", "δεκεμβρίου", "δεκέμβριος", "δεκ", "ديسمبر",
      "كانون الأول"},
  };

  private static final Map<String, Integer> BY_NAME = new HashMap<>();

  static {
    for (int m = 0; m < NAMES.length; m++) {
      for (String n : NAMES[m]) {
        BY_NAME.putIfAbsent(n, m + 1);
      }
    }
  }

  private MonthNames() {}

  /** The month number (1–12) of a name or abbreviation, ignoring case and a trailing dot. */
  static Optional<Integer> month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    return Optional.ofNullable(BY_NAME.get(key));
  }
}
