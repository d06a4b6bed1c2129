package org.annals.extract;

import org.annals.model.Article;
import org.annals.model.RawDocument;

/**
 * Plain text: the first non-blank line is the headline; the rest are paragraphs separated by blank
 * lines, hard-wrapped lines within one paragraph joined with a space.
 */
final class PlainTextExtractor implements ArticleExtractor {
  @Override
  public Article extract(RawDocument doc) {
    TextDecoder.Decoded decoded = TextDecoder.decode(doc, false);
    Draft d = new Draft(doc.source(), doc.warnings());
    decoded.warnings().forEach(d::warn);
    d.url = doc.url();
    StringBuilder block = new StringBuilder();
    for (String line : (Iterable<String>) decoded.text().lines()::iterator) {
      String s = line.strip();
      if (d.headline == null) {
        d.headline = s.isEmpty() ? null : s;
      } else if (s.isEmpty()) {
        flush(block, d);
      } else {
        block.append(block.length() == 0 ? "" : " ").append(s);
      }
    }
    flush(block, d);
    return d.build();
  }

  private static void flush(StringBuilder block, Draft d) {
    if (block.length() > 0) {
      d.paragraphs.add(block.toString());
      block.setLength(0);
    }
  }
}
