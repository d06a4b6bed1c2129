package org.annals.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.nlp.AnnotatedArticle;

/**
 * {@code annals eval events plover}: the PLOVER gold-standard records (example sentences of the
 * CAMEO 1.1b3 manual, PLOVER 0.5b1 types) through Annals' whole pipeline. Gold types are mapped to
 * the 2021 manual's (DEMAND to REQUEST, DISAPPROVE and INVESTIGATE to ACCUSE, FIGHT to ASSAULT);
 * our answer for a record is its most confident event that has a PLOVER type. Scores type precision
 * (over records we coded) and accuracy (over all records), and whether our source, target and place
 * overlap the gold's marked actor, recipient and location.
 */
public final class PloverEval {
  private static final Map<String, String> TO_2021 =
      Map.of(
          "DEMAND", "REQUEST",
          "DISAPPROVE", "ACCUSE",
          "INVESTIGATE", "ACCUSE",
          "FIGHT", "ASSAULT");
  private static final Pattern MARK = Pattern.compile("\\((SRC/TAR|SRC|TAR|LOC|EVT):\\s*");

  private PloverEval() {}

  /** One record's outcome. */
  public record Outcome(String id, String text, String gold, String got, String cameo) {}

  /** The figures. */
  public record Report(
      int records,
      int coded,
      int typeHits,
      int sourceGold,
      int sourceHits,
      int targetGold,
      int targetHits,
      int locationGold,
      int locationHits) {
    public double typePrecision() {
      return EventEval.ratio(typeHits, coded);
    }

    public double typeAccuracy() {
      return EventEval.ratio(typeHits, records);
    }

    /** The table printed by the CLI. */
    public String table() {
      return String.format(
          Locale.ROOT,
          "PLOVER gold-standard records: %d; coded (an event with a PLOVER type): %d%n"
              + "PLOVER type  precision %.3f  accuracy over all records %.3f%n"
              + "actor span match      %d/%d (%.3f) of coded records with a gold actor%n"
              + "recipient span match  %d/%d (%.3f) of coded records with a gold recipient%n"
              + "location match        %d/%d (%.3f) of coded records with a gold location%n",
          records,
          coded,
          typePrecision(),
          typeAccuracy(),
          sourceHits,
          sourceGold,
          EventEval.ratio(sourceHits, sourceGold),
          targetHits,
          targetGold,
          EventEval.ratio(targetHits, targetGold),
          locationHits,
          locationGold,
          EventEval.ratio(locationHits, locationGold));
    }
  }

  /** Scores {@code file} (PLOVER_GSR_CAMEO.json). */
  public static Report run(Path file, Consumer<Outcome> each) throws IOException {
    JsonNode all = new ObjectMapper().readTree(file.toFile());
    int[] n = new int[9];
    for (JsonNode r : all) {
      if (!"DOCUMENT".equals(r.path("event").asText())) {
        score(r, n, each);
      }
    }
    return new Report(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8]);
  }

  private static void score(JsonNode r, int[] n, Consumer<Outcome> each) {
    n[0]++;
    String id = r.path("id").asText();
    String text = r.path("text").asText();
    String gold = TO_2021.getOrDefault(r.path("event").asText(), r.path("event").asText());
    AnnotatedArticle a = EventEval.annotate(id, text, LocalDate.of(2000, 1, 1));
    Event best = null;
    for (Event e : EventCoder.standard().code(a)) {
      if (e.plover() != null && (best == null || e.confidence() > best.confidence())) {
        best = e;
      }
    }
    String markup = r.path("textInfo").path("markup").asText();
    if (best != null) {
      n[1]++;
      n[2] += gold.equals(best.plover().type()) ? 1 : 0;
      spans(text, markup, best, n);
    }
    each.accept(
        new Outcome(
            id,
            text,
            gold,
            best == null ? null : best.plover().type(),
            best == null ? null : best.cameo()));
  }

  private static void spans(String text, String markup, Event e, int[] n) {
    List<Span> src = marked(text, markup, "SRC");
    List<Span> tar = marked(text, markup, "TAR");
    List<String> loc = markedText(markup, "LOC");
    if (!src.isEmpty()) {
      n[3]++;
      n[4] += overlaps(src, e.evidence().source()) ? 1 : 0;
    }
    if (!tar.isEmpty()) {
      n[5]++;
      n[6] += overlaps(tar, e.evidence().target()) ? 1 : 0;
    }
    if (!loc.isEmpty()) {
      n[7]++;
      n[8] += e.place() != null && loc.stream().anyMatch(l -> l.contains(e.place().name())) ? 1 : 0;
    }
  }

  private static boolean overlaps(List<Span> gold, List<Span> ours) {
    return ours.stream().anyMatch(o -> gold.stream().anyMatch(o::overlaps));
  }

  /** The spans of the {@code kind} marks (SRC/TAR counts as both) found in the plain text. */
  private static List<Span> marked(String text, String markup, String kind) {
    List<Span> out = new ArrayList<>();
    for (String s : markedText(markup, kind)) {
      for (String part : s.split("\\s*\\.\\.\\.\\s*")) {
        int at = part.isBlank() ? -1 : text.indexOf(part.strip());
        if (at >= 0) {
          out.add(new Span(at, at + part.strip().length()));
        }
      }
    }
    return out;
  }

  /** The text inside each {@code (KIND: ...)} mark, inner marks removed. */
  static List<String> markedText(String markup, String kind) {
    List<String> out = new ArrayList<>();
    Matcher m = MARK.matcher(markup);
    while (m.find()) {
      if (!m.group(1).equals(kind) && !(m.group(1).equals("SRC/TAR") && !kind.equals("LOC"))) {
        continue;
      }
      int depth = 1;
      int i = m.end();
      for (; i < markup.length() && depth > 0; i++) {
        char c = markup.charAt(i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      }
      String inner = markup.substring(m.end(), Math.max(m.end(), i - 1));
      out.add(MARK.matcher(inner).replaceAll("").replace(")", "").strip());
    }
    return out;
  }
}
