package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.Article;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.Annotator;
import org.annals.nlp.Syntax;

/**
 * What event coding adds to {@code annotate}: on one thread, after both are warm, the time to
 * annotate the articles and the time to code them (dependency parses of the candidate sentences
 * included), each repeated for at least the given number of seconds. Target (issue 5): coding adds
 * at most 20% to annotate time.
 */
public final class EventBench {
  private EventBench() {}

  /** The figures. */
  public record Report(int articles, int events, double annotateMs, double codeMs) {
    /** Coding time as a share of annotate time. */
    public double overhead() {
      return annotateMs == 0 ? 0 : codeMs / annotateMs;
    }

    public String table() {
      return String.format(
          Locale.ROOT,
          "articles: %d, events per pass: %d%n"
              + "annotate: %.1f ms per article (one thread, warm)%n"
              + "code events (parses included): %.1f ms per article%n"
              + "coding adds %.1f%% to annotate time (target <= 20%%)%n",
          articles,
          events,
          annotateMs,
          codeMs,
          overhead() * 100);
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
    long budget = (long) (seconds * 1e9);
    int passes = 0;
    long t0 = System.nanoTime();
    do {
      articles.forEach(annotator::annotate);
      passes++;
    } while (System.nanoTime() - t0 < budget);
    double annotateMs = (System.nanoTime() - t0) / 1e6 / passes / articles.size();
    int events = 0;
    passes = 0;
    t0 = System.nanoTime();
    do {
      events = 0;
      for (AnnotatedArticle a : annotated) {
        events += coder.code(a).size();
      }
      passes++;
    } while (System.nanoTime() - t0 < budget);
    double codeMs = (System.nanoTime() - t0) / 1e6 / passes / articles.size();
    return new Report(articles.size(), events, annotateMs, codeMs);
  }
}
