package org.annals.time;

import java.util.List;
import java.util.Locale;

/**
 * The figures of one temporal evaluation, as TempEval-3 defines them: extents matched strictly
 * (same span) and relaxed (overlapping, one to one), and the value and type attributes, which count
 * only on relaxed matches (value F1 = correct values x 2 / (system + gold), the official script's
 * relaxed F1 times value accuracy).
 *
 * @param folder the TimeML folder read
 * @param documents one line per document, in file-name order
 * @param problems files that could not be read, with why (their gold is not counted)
 * @param millis wall time spent tagging, in milliseconds
 */
public record TemporalReport(
    String folder, List<DocumentScore> documents, List<String> problems, long millis) {
  public TemporalReport {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /**
   * The counts of one document.
   *
   * @param id the document id (DOCID)
   * @param dct the document creation time used as report date
   * @param gold gold TIMEX3s (outside the DCT)
   * @param system TIMEX3s the tagger gave
   * @param strict pairs with the same span
   * @param relaxed pairs with overlapping spans (one to one)
   * @param value relaxed pairs with the same value
   * @param type relaxed pairs with the same type
   */
  public record DocumentScore(
      String id, String dct, int gold, int system, int strict, int relaxed, int value, int type) {}

  /** Sum of gold TIMEX3s. */
  public int gold() {
    return documents.stream().mapToInt(DocumentScore::gold).sum();
  }

  /** Sum of system TIMEX3s. */
  public int system() {
    return documents.stream().mapToInt(DocumentScore::system).sum();
  }

  private int sum(java.util.function.ToIntFunction<DocumentScore> f) {
    return documents.stream().mapToInt(f).sum();
  }

  public double strictPrecision() {
    return ratio(sum(DocumentScore::strict), system());
  }

  public double strictRecall() {
    return ratio(sum(DocumentScore::strict), gold());
  }

  public double strictF1() {
    return f1(strictPrecision(), strictRecall());
  }

  public double relaxedPrecision() {
    return ratio(sum(DocumentScore::relaxed), system());
  }

  public double relaxedRecall() {
    return ratio(sum(DocumentScore::relaxed), gold());
  }

  public double relaxedF1() {
    return f1(relaxedPrecision(), relaxedRecall());
  }

  /** Correct values over system TIMEX3s. */
  public double valuePrecision() {
    return ratio(sum(DocumentScore::value), system());
  }

  /** Correct values over gold TIMEX3s. */
  public double valueRecall() {
    return ratio(sum(DocumentScore::value), gold());
  }

  /** The TempEval-3 value F1, the headline figure. */
  public double valueF1() {
    return f1(valuePrecision(), valueRecall());
  }

  public double typePrecision() {
    return ratio(sum(DocumentScore::type), system());
  }

  public double typeRecall() {
    return ratio(sum(DocumentScore::type), gold());
  }

  public double typeF1() {
    return f1(typePrecision(), typeRecall());
  }

  /** Value accuracy on relaxed matches. */
  public double valueAccuracy() {
    return ratio(sum(DocumentScore::value), sum(DocumentScore::relaxed));
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A table for a terminal: the corpus figures, then one line per document. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "temporal %s: %d documents, %d gold, %d system TIMEX3, %d ms%n",
            folder,
            documents.size(),
            gold(),
            system(),
            millis));
    sb.append(String.format(Locale.ROOT, "  %-16s %9s %7s %7s%n", "", "precision", "recall", "F1"));
    row(sb, "extent strict", strictPrecision(), strictRecall(), strictF1());
    row(sb, "extent relaxed", relaxedPrecision(), relaxedRecall(), relaxedF1());
    row(sb, "value", valuePrecision(), valueRecall(), valueF1());
    row(sb, "type", typePrecision(), typeRecall(), typeF1());
    sb.append(
        String.format(Locale.ROOT, "  value accuracy on matched extents: %.4f%n", valueAccuracy()));
    documentLines(sb);
    problems.forEach(p -> sb.append("  unreadable: ").append(p).append(System.lineSeparator()));
    return sb.toString();
  }

  private void documentLines(StringBuilder sb) {
    String format = "  %-28s %-10s %5s %6s %6s %7s %5s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            format,
            "document",
            "dct",
            "gold",
            "system",
            "strict",
            "relaxed",
            "value"));
    for (DocumentScore d : documents) {
      sb.append(
          String.format(
              Locale.ROOT,
              format,
              d.id(),
              d.dct(),
              d.gold(),
              d.system(),
              d.strict(),
              d.relaxed(),
              d.value()));
    }
  }

  private static void row(StringBuilder sb, String name, double p, double r, double f) {
    sb.append(String.format(Locale.ROOT, "  %-16s %9.4f %7.4f %7.4f%n", name, p, r, f));
  }
}
