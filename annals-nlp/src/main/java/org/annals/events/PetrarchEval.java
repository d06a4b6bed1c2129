package org.annals.events;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.annals.nlp.AnnotatedArticle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * {@code annals eval events petrarch}: the PETRARCH2 unit-test records run through Annals' own
 * pipeline (our tokens, tagger, parser and lexicon; their Treebank parses and verb dictionary are
 * not used), with the records' test actor and agent dictionaries as the actor source. Scores dyads
 * (source, target, code) by exact code and by root, over expected codes that CAMEO knows (the test
 * verb dictionary's WEIS-era codes such as 903 are reported and left out), plus the no-event and
 * must-reject records.
 */
public final class PetrarchEval {
  private PetrarchEval() {}

  /** One record's outcome. */
  public record Outcome(
      String id,
      String category,
      String text,
      Set<String> expected,
      Set<String> got,
      String kind) {}

  /** The figures. */
  public record Report(
      int records,
      int expected,
      int expectedOutsideCameo,
      int system,
      int exactHits,
      int rootHits,
      int exactFound,
      int rootFound,
      int codeOnlyRootHits,
      int pairHits,
      int noEventRecords,
      int noEventClean,
      int rejectRecords,
      int rejectClean,
      Map<String, Integer> confusion) {
    public Report {
      confusion = Collections.unmodifiableMap(new LinkedHashMap<>(confusion));
    }

    public double exactPrecision() {
      return EventEval.ratio(exactHits, system);
    }

    public double exactRecall() {
      return EventEval.ratio(exactFound, expected);
    }

    public double rootPrecision() {
      return EventEval.ratio(rootHits, system);
    }

    public double rootRecall() {
      return EventEval.ratio(rootFound, expected);
    }

    public double codeOnlyRootPrecision() {
      return EventEval.ratio(codeOnlyRootHits, system);
    }

    /** Source and target right, whatever the code. */
    public double pairPrecision() {
      return EventEval.ratio(pairHits, system);
    }

    /** The table printed by the CLI. */
    public String table() {
      return String.format(
              Locale.ROOT,
              "PETRARCH2 unit-test records: %d (expected dyads with a CAMEO code: %d; left out, not CAMEO: %d)%n"
                  + "system dyads scored: %d%n"
                  + "exact code  precision %.3f  recall %.3f%n"
                  + "root code   precision %.3f  recall %.3f   (dyad = source, target and code all agree)%n"
                  + "root code, actors ignored: precision %.3f%n"
                  + "source and target, code ignored: precision %.3f%n"
                  + "no-event records: %d/%d produced nothing%n"
                  + "must-reject records: %d/%d produced nothing%n",
              records,
              expected,
              expectedOutsideCameo,
              system,
              exactPrecision(),
              exactRecall(),
              rootPrecision(),
              rootRecall(),
              codeOnlyRootPrecision(),
              pairPrecision(),
              noEventClean,
              noEventRecords,
              rejectClean,
              rejectRecords)
          + confusionTable();
    }

    /**
     * Our codes against the records' on the dyads whose source and target agree, most frequent
     * first, with the CAMEO codebook's names: where we differ from a record, whether the record's
     * code is the codebook's meaning of the sentence's verb can be read off.
     */
    public String confusionTable() {
      StringBuilder b =
          new StringBuilder(
              "per-code confusion, dyads whose source and target agree (expected -> ours: count):"
                  + System.lineSeparator());
      confusion.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .forEach(
              x -> {
                String[] codes = x.getKey().split(">");
                b.append(
                    String.format(
                        Locale.ROOT,
                        "  %4s -> %-4s %3d   %s -> %s%n",
                        codes[0],
                        codes[1],
                        x.getValue(),
                        name(codes[0]),
                        name(codes[1])));
              });
      return b.toString();
    }

    private static String name(String code) {
      return Cameo.of(code).map(Cameo::name).orElse("(not a CAMEO code)");
    }
  }

  /** Scores the records in {@code folder} (PETR.UnitTest.records.xml and the Validate files). */
  public static Report run(Path folder, Consumer<Outcome> each) throws IOException {
    DictionaryActors dict =
        DictionaryActors.load(
            folder.resolve("PETR.Validate.actors.txt"), folder.resolve("PETR.Validate.agents.txt"));
    List<String> discards =
        DictionaryFiles.discards(
            java.nio.file.Files.readAllLines(
                folder.resolve("PETR.Validate.discards.txt"),
                java.nio.charset.StandardCharsets.UTF_8));
    Document doc = parse(folder.resolve("PETR.UnitTest.records.xml"));
    NodeList sentences = doc.getElementsByTagName("Sentence");
    int[] n = new int[14];
    Map<String, Integer> confusion = new TreeMap<>();
    for (int i = 0; i < sentences.getLength(); i++) {
      score((Element) sentences.item(i), dict, discards, n, confusion, each);
    }
    return new Report(
        n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[13], n[9], n[10], n[11], n[12],
        confusion);
  }

  private static void score(
      Element s,
      DictionaryActors dict,
      List<String> discards,
      int[] n,
      Map<String, Integer> confusion,
      Consumer<Outcome> each) {
    n[0]++;
    String id = s.getAttribute("id");
    String text =
        s.getElementsByTagName("Text").item(0).getTextContent().strip().replaceAll("\\s+", " ");
    String date = s.getAttribute("date").strip();
    Set<String> expected = new HashSet<>();
    boolean noEvents = false;
    boolean reject = false;
    NodeList codings = s.getElementsByTagName("EventCoding");
    for (int k = 0; k < codings.getLength(); k++) {
      Element c = (Element) codings.item(k);
      if (!c.getAttribute("noevents").isEmpty()) {
        noEvents = true;
      } else if (!c.getAttribute("error").isEmpty()) {
        reject = true;
      } else if (Cameo.known(c.getAttribute("eventcode"))) {
        expected.add(
            c.getAttribute("sourcecode")
                + "|"
                + c.getAttribute("targetcode")
                + "|"
                + c.getAttribute("eventcode"));
      } else {
        n[2]++;
      }
    }
    Set<String> got = new HashSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean discarded = discards.stream().anyMatch(d -> lower.contains(d));
    if (!discarded) {
      AnnotatedArticle a = EventEval.annotate(id, text, day(date));
      for (Event e : EventCoder.with(dict.at(Integer.parseInt(date))).code(a)) {
        got.addAll(dyads(e));
      }
    }
    String kind =
        noEvents ? "no-event" : reject ? "reject" : expected.isEmpty() ? "outside-cameo" : "events";
    if (noEvents) {
      n[9]++;
      n[10] += got.isEmpty() ? 1 : 0;
    } else if (reject) {
      n[11]++;
      n[12] += got.isEmpty() ? 1 : 0;
    } else if (!expected.isEmpty()) {
      n[1] += expected.size();
      n[3] += got.size();
      for (String g : got) {
        n[4] += expected.contains(g) ? 1 : 0;
        n[5] += expected.stream().anyMatch(x -> root(x).equals(root(g))) ? 1 : 0;
        n[8] += expected.stream().anyMatch(x -> code(x).equals(code(g))) ? 1 : 0;
        n[13] += expected.stream().anyMatch(x -> pair(x).equals(pair(g))) ? 1 : 0;
        expected.stream()
            .filter(x -> pair(x).equals(pair(g)))
            .sorted()
            .findFirst()
            .ifPresent(x -> confusion.merge(full(x) + ">" + full(g), 1, Integer::sum));
      }
      for (String x : expected) {
        n[6] += got.contains(x) ? 1 : 0;
        n[7] += got.stream().anyMatch(g -> root(x).equals(root(g))) ? 1 : 0;
      }
    }
    each.accept(new Outcome(id, s.getAttribute("category"), text, expected, got, kind));
  }

  /** source|target|code for each pair of the event's actors ("---" for no target). */
  static Set<String> dyads(Event e) {
    Set<String> out = new HashSet<>();
    if (e.cameo() == null) {
      return out;
    }
    List<String> targets = new ArrayList<>();
    e.target().forEach(t -> targets.add(t.code()));
    if (targets.isEmpty()) {
      targets.add("---");
    }
    for (EventActor s : e.source()) {
      for (String t : targets) {
        out.add(s.code() + "|" + t + "|" + e.cameo());
        if (e.modality().contains("reciprocal")) {
          out.add(t + "|" + s.code() + "|" + e.cameo());
        }
      }
    }
    return out;
  }

  private static String root(String dyad) {
    int bar = dyad.lastIndexOf('|');
    return dyad.substring(0, bar + 3);
  }

  private static String pair(String dyad) {
    return dyad.substring(0, dyad.lastIndexOf('|'));
  }

  private static String full(String dyad) {
    return dyad.substring(dyad.lastIndexOf('|') + 1);
  }

  private static String code(String dyad) {
    return dyad.substring(dyad.lastIndexOf('|') + 1, dyad.lastIndexOf('|') + 3);
  }

  private static LocalDate day(String yyyymmdd) {
    return LocalDate.of(
        Integer.parseInt(yyyymmdd.substring(0, 4)),
        Integer.parseInt(yyyymmdd.substring(4, 6)),
        Integer.parseInt(yyyymmdd.substring(6, 8)));
  }

  private static Document parse(Path file) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(
          file + ": not readable as the PETRARCH records XML: " + e.getMessage(), e);
    }
  }
}
