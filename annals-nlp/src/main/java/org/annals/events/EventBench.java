package org.annals.events;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Article;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Annotator;
import org.annals.nlp.Syntax;

/**
 * What event coding adds to {@code annotate}: on one thread, after both are warm, each article is
 * annotated then coded (dependency parses of the candidate sentences included), the two timed
 * separately and interleaved so that the machine's load weighs on both alike, for at least the
 * given number of seconds; wall time and the thread's CPU time (steadier on a shared machine).
 * Target (issue 5): coding adds at most 20% to annotate time.
 */
public final class EventBench {
  private EventBench() {}

  /** The figures. */
  public record Report(
      int articles,
      int sentences,
      int parsed,
      int events,
      double annotateMs,
      double codeMs,
      double annotateCpuMs,
      double codeCpuMs) {
    /** Coding time as a share of annotate time, wall clock. */
    public double overhead() {
      return annotateMs == 0 ? 0 : codeMs / annotateMs;
    }

    /** Coding time as a share of annotate time, the thread's CPU time. */
    public double cpuOverhead() {
      return annotateCpuMs == 0 ? 0 : codeCpuMs / annotateCpuMs;
    }

    public String table() {
      return String.format(
          Locale.ROOT,
          "articles: %d, sentences: %d, parsed by the coder: %d, events: %d%n"
              + "annotate: %.1f ms per article (one thread, warm; CPU %.1f ms)%n"
              + "code events (parses included): %.1f ms per article (CPU %.1f ms)%n"
              + "coding adds %.1f%% to annotate time (target <= 20%%); %.1f%% in CPU time%n",
          articles,
          sentences,
          parsed,
          events,
          annotateMs,
          annotateCpuMs,
          codeMs,
          codeCpuMs,
          overhead() * 100,
          cpuOverhead() * 100);
    }
  }

  /** Times {@link Annotator#standard()} and {@link EventCoder#standard()} on {@code articles}. */
  public static Report run(List<Article> articles, double seconds) {
    Annotator annotator = Annotator.standard();
    EventCoder coder = EventCoder.standard();
    Syntax.warmUp();
    List<AnnotatedArticle> annotated = new ArrayList<>();
    for (Article a : articles) {
      annotated.add(annotator.annotate(a));
    }
    annotated.forEach(coder::code);
    int sentences = 0;
    int parsed = 0;
    for (AnnotatedArticle a : annotated) {
      sentences += a.sentences().size();
      parsed += StandardCoder.STANDARD.parsedSentences(a);
    }
    long budget = (long) (seconds * 1e9);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long annotateNs = 0;
    long codeNs = 0;
    long annotateCpu = 0;
    long codeCpu = 0;
    int passes = 0;
    int events = 0;
    long begin = System.nanoTime();
    do {
      events = 0;
      for (Article article : articles) {
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        AnnotatedArticle a = annotator.annotate(article);
        long t1 = System.nanoTime();
        long c1 = cpu.getCurrentThreadCpuTime();
        events += coder.code(a).size();
        long t2 = System.nanoTime();
        long c2 = cpu.getCurrentThreadCpuTime();
        annotateNs += t1 - t0;
        codeNs += t2 - t1;
        annotateCpu += c1 - c0;
        codeCpu += c2 - c1;
      }
      passes++;
    } while (System.nanoTime() - begin < budget);
    double annotateMs = annotateNs / 1e6 / passes / articles.size();
    double codeMs = codeNs / 1e6 / passes / articles.size();
    double annotateCpuMs = annotateCpu / 1e6 / passes / articles.size();
    double codeCpuMs = codeCpu / 1e6 / passes / articles.size();
    return new Report(
        articles.size(), sentences, parsed, events, annotateMs, codeMs, annotateCpuMs, codeCpuMs);
  }
}
