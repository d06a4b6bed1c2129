package org.annals.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Another extractor's bodies as the truth to score against ({@code eval extraction SET --against
 * DIR}): one UTF-8 text per page, paragraphs parted by blank lines, at the page file's path under
 * {@code data/extraction/} with {@code .gz} dropped and {@code .html} made {@code .txt} ({@code
 * htmldate-eval/html/1549542851.html.gz} gives {@code DIR/htmldate-eval/html/1549542851.txt}).
 * Where two extractors disagree on a page without body truth, one of them is wrong: the pages to
 * read. {@code tools/second-opinion} writes such a folder with Mozilla's Readability.js.
 */
final class SecondOpinion {
  private SecondOpinion() {}

  /**
   * {@code pages} with their body truth replaced by the texts in {@code dir}; a page without a text
   * there has no body truth and is not scored on its body.
   *
   * @throws EvalSetException when {@code dir} is not a folder or a text cannot be read
   */
  static List<GoldPage> bodies(List<GoldPage> pages, Path extraction, Path dir)
      throws EvalSetException {
    if (!Files.isDirectory(dir)) {
      throw new EvalSetException(
          "the second-opinion folder "
              + dir
              + " does not exist; write it with tools/second-opinion (see its README) or give"
              + " another --against DIR");
    }
    List<GoldPage> out = new ArrayList<>(pages.size());
    int found = 0;
    for (GoldPage p : pages) {
      Path text = dir.resolve(name(extraction, p.page()));
      String body = null;
      if (Files.isRegularFile(text)) {
        try {
          body = Files.readString(text, StandardCharsets.UTF_8);
          found++;
        } catch (IOException e) {
          throw new EvalSetException(
              "cannot read the second opinion " + text + ": " + e.getMessage(), e);
        }
      }
      out.add(p.withBody(body));
    }
    if (found == 0 && !pages.isEmpty()) {
      throw new EvalSetException(
          "the second-opinion folder "
              + dir
              + " holds no text for any page of the set (expected names such as "
              + dir.resolve(name(extraction, pages.get(0).page()))
              + ")");
    }
    return out;
  }

  /**
   * The text's path for {@code page}: its path under {@code extraction}, {@code .gz} dropped and
   * {@code .html} or {@code .htm} made {@code .txt}.
   */
  static String name(Path extraction, Path page) {
    Path rel = page.startsWith(extraction) ? extraction.relativize(page) : page.getFileName();
    String n = rel.toString().replace('\\', '/');
    String lower = n.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
      lower = lower.substring(0, lower.length() - 3);
    }
    if (lower.endsWith(".html")) {
      n = n.substring(0, n.length() - 5);
    } else if (lower.endsWith(".htm")) {
      n = n.substring(0, n.length() - 4);
    }
    return n + ".txt";
  }
}
