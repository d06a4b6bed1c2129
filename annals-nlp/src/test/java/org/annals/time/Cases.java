package org.annals.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The hand-written case table {@code cases.tsv}: report date, sentence, expected expressions. */
final class Cases {
  /** One row. */
  record Case(int line, LocalDate date, String sentence, List<String> expected) {
    @Override
    public String toString() {
      return "line " + line + ": " + sentence;
    }
  }

  private static final Pattern TYPED = Pattern.compile(".* = (DATE|TIME|DURATION|SET):.*");

  private Cases() {}

  static List<Case> all() {
    InputStream in = Cases.class.getResourceAsStream("cases.tsv");
    if (in == null) {
      throw new IllegalStateException("cases.tsv is missing from the test resources");
    }
    List<Case> cases = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(
              "cases.tsv line " + n + ": expected 3 tab-separated columns");
        }
        List<String> expected = f[2].equals("-") ? List.of() : List.of(f[2].split(" \\| "));
        cases.add(
            new Case(
                n, LocalDate.parse(f[0]), f[1], expected.stream().map(String::strip).toList()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /**
   * The expressions as the table writes them: "text = VALUE", with the type ("text = TYPE:VALUE")
   * where the expected item gives one.
   */
  static List<String> render(List<TimeExpression> got, List<String> expected) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < got.size(); i++) {
      TimeExpression e = got.get(i);
      boolean typed = i < expected.size() && TYPED.matcher(expected.get(i)).matches();
      out.add(e.text() + " = " + (typed ? e.type() + ":" : "") + e.value());
    }
    return out;
  }

  static String describe(List<TimeExpression> got) {
    return got.stream()
        .map(e -> e.text() + " = " + e.type() + ":" + e.value())
        .collect(Collectors.joining(" | "));
  }
}
