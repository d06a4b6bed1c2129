package org.annals.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.annals.model.RelatedLink;
import org.annals.model.Timestamp;
import org.annals.model.Warning;

/**
 * Scraped page text, the seed's form:
 *
 * <pre>
 * Headline
 * - Section
 * - Publisher
 * - Published Date: 08:46 | 04 July 2024
 * - Modified Date: 08:50 | 04 July 2024
 * body paragraph, one per line (or blocks separated by blank lines)
 * …
 * - related headline
 * - related headline
 * </pre>
 *
 * Tolerant: any header line may be missing; labels ({@code Section:}, {@code By}, {@code Updated:})
 * are recognised in any order; dates in the styles of {@link DateGrammar}; a trailing run of {@code
 * - } lines is the related list. Header lines that cannot be placed are reported as {@code
 * unplaced-line} warnings with their line numbers.
 */
final class ScrapedTextExtractor implements ArticleExtractor {
  private static final Pattern DASH = Pattern.compile("^\\s*[-–•*]\\s+(.*)$");
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "(?i)^(?:published|posted|first published|publication date|date|pub(?:lished)? date)"
              + "(?:\\s+(?:date|on|at))?\\s*[:|]?\\s*(.+)$");
  private static final Pattern MODIFIED =
      Pattern.compile(
          "(?i)^(?:modified|updated|last updated|last modified|update)(?:\\s+(?:date|on|at))?\\s*[:|]?\\s*(.+)$");
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)^(?:by|written by|authors?|byline|reporter|reporting by)\\b\\s*[:]?\\s*(.+)$");
  private static final Pattern SECTION =
      Pattern.compile("(?i)^(?:section|category|desk|topic)\\s*:\\s*(.+)$");
  private static final Pattern PUBLISHER =
      Pattern.compile("(?i)^(?:publisher|source|agency|site|outlet)\\s*:\\s*(.+)$");
  private static final Pattern URL_LINE =
      Pattern.compile("(?i)^(?:(?:url|link|canonical|source url)\\s*:\\s*)?(https?://\\S+)$");
  private static final Pattern PUBLISHER_LIKE =
      Pattern.compile(
          "(?i)\\b(agency|agence|ajans[ıi]?|news|press|presse|times|post|herald|tribune|journal|gazette"
              + "|daily|reuters|associated press|afp|ap|bbc|cnn|tass|xinhua|ria|anadolu|al jazeera"
              + "|guardian|telegraph|monitor|express|observer|chronicle|media|network|broadcasting"
              + "|radio|tv|television|wire|report|review|magazine|zeitung|spiegel|le monde)\\b"
              + "|\\.(com|org|net|info|co\\.[a-z]{2}|[a-z]{2})$");

  @Override
  public Article extract(RawDocument doc) {
    TextDecoder.Decoded decoded = TextDecoder.decode(doc, false);
    Draft d = new Draft(doc.source(), doc.warnings());
    decoded.warnings().forEach(d::warn);
    d.url = doc.url();
    List<String> lines = decoded.text().lines().map(String::stripTrailing).toList();
    int i = skipBlank(lines, 0);
    if (i < lines.size() && !DASH.matcher(lines.get(i)).matches()) {
      d.headline = lines.get(i).strip();
      i++;
    }
    i = readHeader(lines, i, d);
    int end = relatedStart(lines, i);
    readBody(lines, i, end, d);
    readRelated(lines, end, d);
    return d.build();
  }

  private static int readHeader(List<String> lines, int i, Draft d) {
    List<Integer> unlabelled = new ArrayList<>();
    int n = lines.size();
    while (i < n) {
      String line = lines.get(i);
      if (line.isBlank()) {
        i++;
        continue;
      }
      Matcher dash = DASH.matcher(line);
      String value = dash.matches() ? dash.group(1).strip() : line.strip();
      if (!dash.matches() && !isLabelled(value)) {
        break;
      }
      if (!placeLabelled(value, i + 1, d)) {
        unlabelled.add(i);
      }
      i++;
    }
    placeUnlabelled(lines, unlabelled, d);
    return i;
  }

  private static boolean isLabelled(String v) {
    return PUBLISHED.matcher(v).matches() && DateGrammar.parse(v).isPresent()
        || MODIFIED.matcher(v).matches() && DateGrammar.parse(v).isPresent()
        || v.matches("^(?i:by)\\s+\\p{Lu}.{1,80}$")
        || SECTION.matcher(v).matches()
        || PUBLISHER.matcher(v).matches();
  }

  /** Places a labelled header value; false when it carries no label this grammar knows. */
  private static boolean placeLabelled(String v, int lineNo, Draft d) {
    Matcher m;
    if ((m = MODIFIED.matcher(v)).matches()) {
      d.modified = stamp(m.group(1), lineNo, d).orElse(d.modified);
      return true;
    }
    if ((m = PUBLISHED.matcher(v)).matches()) {
      d.published = stamp(m.group(1), lineNo, d).orElse(d.published);
      return true;
    }
    if ((m = SECTION.matcher(v)).matches()) {
      d.section = m.group(1).strip();
      return true;
    }
    if ((m = PUBLISHER.matcher(v)).matches()) {
      d.publisher = m.group(1).strip();
      return true;
    }
    if ((m = URL_LINE.matcher(v)).matches()) {
      d.url = m.group(1);
      return true;
    }
    if ((m = BYLINE.matcher(v)).matches()) {
      d.authors.addAll(Authors.clean(m.group(1), d.publisher));
      return true;
    }
    if (isBareDate(v)) {
      Optional<Timestamp> t = DateGrammar.parse(v);
      if (d.published == null) {
        d.published = t.get();
      } else {
        d.modified = t.get();
      }
      return true;
    }
    return false;
  }

  private static boolean isBareDate(String v) {
    if (DateGrammar.parse(v).isEmpty()) {
      return false;
    }
    String rest = v.replaceAll("[\\d\\s:|.,/\\-–]", "");
    return rest.length() <= 16;
  }

  private static Optional<Timestamp> stamp(String value, int lineNo, Draft d) {
    Optional<Timestamp> t = DateGrammar.parse(value);
    if (t.isEmpty()) {
      d.warn(
          Warning.atLine(
              "unparsed-date",
              "could not read the date '"
                  + value.strip()
                  + "'; expected e.g. '08:46 | 04 July 2024', '04.07.2024' or ISO-8601",
              lineNo));
    }
    return t;
  }

  /**
   * Unlabelled header lines: the one that reads like a publisher ("Anadolu Agency", "Eastern Wire",
   * "example.com") takes the publisher slot; the others fill section then publisher in order, as in
   * the seed; what is left is reported.
   */
  private static void placeUnlabelled(List<String> lines, List<Integer> at, Draft d) {
    List<Integer> rest = new ArrayList<>(at);
    if (d.publisher == null) {
      for (int idx : at) {
        if (PUBLISHER_LIKE.matcher(value(lines.get(idx))).find()) {
          d.publisher = value(lines.get(idx));
          rest.remove(Integer.valueOf(idx));
          break;
        }
      }
    }
    List<Integer> unplaced = new ArrayList<>();
    for (int idx : rest) {
      String v = value(lines.get(idx));
      if (d.section == null) {
        d.section = v;
      } else if (d.publisher == null) {
        d.publisher = v;
      } else {
        unplaced.add(idx);
      }
    }
    for (int idx : unplaced) {
      d.warn(
          Warning.atLine(
              "unplaced-line",
              "header line '"
                  + value(lines.get(idx))
                  + "' is neither section, publisher, byline nor date; ignored",
              idx + 1));
    }
  }

  private static String value(String line) {
    Matcher m = DASH.matcher(line);
    return m.matches() ? m.group(1).strip() : line.strip();
  }

  /** The index where the trailing run of {@code - } lines (the related list) begins. */
  private static int relatedStart(List<String> lines, int from) {
    int end = lines.size();
    int j = end - 1;
    while (j >= from && lines.get(j).isBlank()) {
      j--;
    }
    int start = j + 1;
    while (j >= from && (DASH.matcher(lines.get(j)).matches() || lines.get(j).isBlank())) {
      if (!lines.get(j).isBlank()) {
        start = j;
      }
      j--;
    }
    return j < from ? Math.max(from, start) : start;
  }

  private static void readBody(List<String> lines, int from, int to, Draft d) {
    List<String> body = lines.subList(from, to);
    boolean blocks = hasWrappedBlocks(body);
    StringBuilder block = new StringBuilder();
    for (String line : body) {
      if (line.isBlank()) {
        flush(block, d);
      } else if (blocks) {
        block.append(block.length() == 0 ? "" : " ").append(line.strip());
      } else {
        d.paragraphs.add(line.strip());
      }
    }
    flush(block, d);
  }

  /** True when paragraphs are blank-line separated blocks of hard-wrapped lines. */
  private static boolean hasWrappedBlocks(List<String> body) {
    boolean blank = false;
    boolean consecutive = false;
    for (int k = 0; k < body.size(); k++) {
      if (body.get(k).isBlank()) {
        blank = true;
      } else if (k > 0 && !body.get(k - 1).isBlank() && !DASH.matcher(body.get(k)).matches()) {
        consecutive = true;
      }
    }
    return blank && consecutive;
  }

  private static void flush(StringBuilder block, Draft d) {
    if (block.length() > 0) {
      d.paragraphs.add(block.toString());
      block.setLength(0);
    }
  }

  private static void readRelated(List<String> lines, int from, Draft d) {
    for (int k = from; k < lines.size(); k++) {
      Matcher m = DASH.matcher(lines.get(k));
      if (m.matches() && !m.group(1).isBlank()) {
        d.related.add(new RelatedLink(m.group(1).strip(), null));
      }
    }
  }

  private static int skipBlank(List<String> lines, int i) {
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    return i;
  }
}
