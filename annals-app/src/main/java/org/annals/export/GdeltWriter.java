package org.annals.export;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.store.MergedEvent;

/**
 * Events in the GDELT 2.0 event export format: 61 tab-separated columns (GDELT 2.0 Event codebook;
 * the column list is in {@code ../shared/ontology.md}), and the 16-column mentions table. Fields
 * Annals does not compute are left empty: known-group, ethnic and religion codes, actor types,
 * actor geography, ADM2, feature ids, tone. Geography uses ISO alpha-3 country codes where GDELT
 * uses FIPS 10-4, and ISO-style first-level names where GDELT uses FIPS ADM1 codes.
 */
public final class GdeltWriter {
  public static final int EVENT_COLUMNS = 61;
  public static final int MENTION_COLUMNS = 16;
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

  private GdeltWriter() {}

  public static void events(List<MergedEvent> events, PrintWriter out) {
    for (MergedEvent e : events) {
      if (e.cameo() == null) {
        continue; // occurrences have no CAMEO code: not GDELT events
      }
      out.print(String.join("\t", eventRow(e)));
      out.print('\n');
    }
    out.flush();
  }

  public static void mentions(List<MergedEvent> events, PrintWriter out) {
    for (MergedEvent e : events) {
      if (e.cameo() == null) {
        continue;
      }
      for (MergedEvent.Mention m : e.mentions()) {
        out.print(String.join("\t", mentionRow(e, m)));
        out.print('\n');
      }
    }
    out.flush();
  }

  static List<String> eventRow(MergedEvent e) {
    LocalDate d = LocalDate.parse(e.date());
    List<String> c = new ArrayList<>(EVENT_COLUMNS);
    c.add(Long.toString(e.id())); // GLOBALEVENTID
    c.add(d.format(DateTimeFormatter.BASIC_ISO_DATE)); // SQLDATE
    c.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue())); // MonthYear
    c.add(Integer.toString(d.getYear())); // Year
    c.add(
        String.format(
            Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / 365.0)); // FractionDate
    actor(c, e.sourceCode(), e.sourceName());
    actor(c, e.targetCode(), e.targetName());
    c.add("1"); // IsRootEvent: coded from the sentence the action is in
    c.add(e.cameo()); // EventCode
    c.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo()); // EventBaseCode
    c.add(e.root()); // EventRootCode
    c.add(Integer.toString(e.quad()));
    c.add(e.goldstein() == null ? "" : String.format(Locale.ROOT, "%.1f", e.goldstein()));
    c.add(Integer.toString(e.numMentions()));
    c.add(Integer.toString(e.numSources()));
    c.add(Integer.toString(e.numArticles()));
    c.add(""); // AvgTone: not computed
    emptyGeo(c); // Actor1Geo_*
    emptyGeo(c); // Actor2Geo_*
    actionGeo(c, e);
    MergedEvent.Mention first = e.mentions().get(0);
    c.add(stamp(first.firstSeen())); // DATEADDED
    c.add(first.url() == null ? "" : first.url()); // SOURCEURL
    if (c.size() != EVENT_COLUMNS) {
      throw new IllegalStateException("GDELT event row has " + c.size() + " columns");
    }
    return c;
  }

  static List<String> mentionRow(MergedEvent e, MergedEvent.Mention m) {
    List<String> c = new ArrayList<>(MENTION_COLUMNS);
    c.add(Long.toString(e.id())); // GLOBALEVENTID
    c.add(LocalDate.parse(e.date()).format(DateTimeFormatter.BASIC_ISO_DATE) + "000000");
    c.add(stamp(m.firstSeen())); // MentionTimeDate
    c.add(m.url() != null ? "1" : "6"); // MentionType: 1 web, 6 other (a file)
    c.add(m.publisher() == null ? "" : m.publisher()); // MentionSourceName
    c.add(m.url() == null ? m.articleId() : m.url()); // MentionIdentifier
    c.add(Integer.toString(m.row().sentence() + 1)); // SentenceID, 1-based as in GDELT
    c.add(Integer.toString(m.row().sourceStart())); // Actor1CharOffset
    c.add(Integer.toString(m.row().targetStart())); // Actor2CharOffset
    c.add(Integer.toString(m.row().actionStart())); // ActionCharOffset
    c.add("1"); // InRawText: the action's words are in the text
    c.add(Integer.toString((int) Math.round(m.row().confidence() * 100))); // Confidence, percent
    c.add(""); // MentionDocLen
    c.add(""); // MentionDocTone
    c.add(""); // MentionDocTranslationInfo
    c.add("<article>" + m.articleId() + "</article>"); // Extras
    return c;
  }

  private static void actor(List<String> c, String code, String name) {
    c.add(code == null ? "" : code);
    c.add(name == null ? "" : name.toUpperCase(Locale.ROOT));
    c.add(code == null || code.length() < 3 ? "" : code.substring(0, 3)); // CountryCode
    for (int i = 0; i < 7; i++) {
      c.add(""); // KnownGroup, Ethnic, Religion1, Religion2, Type1..3
    }
  }

  private static void emptyGeo(List<String> c) {
    for (int i = 0; i < 8; i++) {
      c.add("");
    }
  }

  private static void actionGeo(List<String> c, MergedEvent e) {
    if (e.placeName() == null) {
      emptyGeo(c);
      return;
    }
    boolean country = e.placeAdm1() == null && e.placeName() != null && e.lat() != null;
    c.add(country ? "1" : e.placeAdm1() != null && e.placeAdm1().equals(e.placeName()) ? "5" : "4");
    c.add(
        e.placeAdm1() == null || e.placeAdm1().equals(e.placeName())
            ? e.placeName()
            : e.placeName() + ", " + e.placeAdm1());
    c.add(e.placeCountry() == null ? "" : e.placeCountry());
    c.add(e.placeAdm1() == null ? "" : e.placeAdm1());
    c.add(""); // ADM2
    c.add(e.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", e.lat()));
    c.add(e.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", e.lon()));
    c.add(""); // FeatureID
  }

  private static String stamp(String instant) {
    return Instant.parse(instant).atOffset(ZoneOffset.UTC).format(STAMP);
  }
}
