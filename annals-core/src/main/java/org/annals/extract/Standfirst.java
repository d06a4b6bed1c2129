package org.annals.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standfirst (dek, summary line under the headline) when the page shows it: the text the page
 * declares as its description ({@code og:description}, {@code description}) found in a visible
 * element before the body. It is the journalist's first paragraph, so it leads the body.
 */
final class Standfirst {
  private static final int MIN = 40;
  private static final int MAX = 400;

  private Standfirst() {}

  /** {@code paragraphs} with the standfirst in front, when there is one and the body lacks it. */
  static List<String> prepend(Document page, List<String> paragraphs) {
    if (paragraphs.isEmpty()) {
      return paragraphs;
    }
    String declared = declared(page);
    if (declared == null) {
      return paragraphs;
    }
    String key = key(declared);
    for (String p : paragraphs.subList(0, Math.min(3, paragraphs.size()))) {
      if (key(p).startsWith(key.substring(0, Math.min(key.length(), 60)))) {
        return paragraphs;
      }
    }
    Element body = page.body();
    for (Element e : body.select("p, h2, div, span")) {
      if (e.childrenSize() <= 2 && key(e.text()).equals(key) && !BodyExtractor.isDropped(e)) {
        List<String> out = new java.util.ArrayList<>(paragraphs.size() + 1);
        out.add(Text.squash(e.text()));
        out.addAll(paragraphs);
        return out;
      }
    }
    return paragraphs;
  }

  private static String declared(Document page) {
    for (String q : List.of("meta[property=og:description]", "meta[name=description]", "meta[name=twitter:description]")) {
      Element m = page.selectFirst(q);
      if (m != null) {
        String d = Text.squash(m.attr("content"));
        if (d.length() >= MIN && d.length() <= MAX) {
          return d;
        }
      }
    }
    return null;
  }

  private static String key(String s) {
    return Text.squash(s).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
