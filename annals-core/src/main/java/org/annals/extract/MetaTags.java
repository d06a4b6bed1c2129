package org.annals.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values by lower-cased name ({@code property}, {@code name}, {@code
 * itemprop} or {@code http-equiv}), with Dublin Core's {@code DC:date} spelt {@code dc.date}, plus
 * the microdata values other elements carry in {@code content} or {@code datetime} (a {@code <span
 * itemprop="datePublished" content="…">}). Values over {@value #MAX_VALUE} characters are ignored.
 */
final class MetaTags {
  private static final int MAX_VALUE = 4_000;
  private static final int MAX_TAGS = 2_000;
  private static final List<String> KEYS = List.of("property", "name", "itemprop", "http-equiv");

  private final Map<String, List<String>> values = new HashMap<>();

  private MetaTags() {}

  static MetaTags read(Document doc) {
    MetaTags t = new MetaTags();
    int n = 0;
    for (Element m : doc.select("meta[content], [itemprop][datetime], [itemprop][content]")) {
      if (n++ > MAX_TAGS) {
        break;
      }
      String v = m.hasAttr("content") ? m.attr("content") : m.attr("datetime");
      if (v.isBlank() || v.length() > MAX_VALUE) {
        continue;
      }
      for (String attr : KEYS) {
        if (m.hasAttr(attr)) {
          for (String k : m.attr(attr).split("\\s+")) {
            t.add(k, v.strip());
          }
        }
      }
    }
    return t;
  }

  private void add(String key, String value) {
    String k = key.strip().toLowerCase(Locale.ROOT);
    if (k.isEmpty() || k.length() > 100) {
      return;
    }
    if (k.startsWith("dc:") || k.startsWith("dcterms:")) {
      k = k.replace(':', '.');
    }
    values.computeIfAbsent(k, x -> new ArrayList<>(1)).add(value);
  }

  /** The first value of the first of {@code keys} that the page has. */
  Optional<String> first(String... keys) {
    for (String k : keys) {
      List<String> v = values.get(k);
      if (v != null) {
        return Optional.of(v.get(0));
      }
    }
    return Optional.empty();
  }

  /** Every value of {@code key}, in page order. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
