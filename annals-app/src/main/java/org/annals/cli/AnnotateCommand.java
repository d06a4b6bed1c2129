package org.annals.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.events.EventCoder;
import org.annals.extract.Extractors;
import org.annals.extract.Format;
import org.annals.ingest.FetchOptions;
import org.annals.ingest.HttpFetcher;
import org.annals.ingest.Input;
import org.annals.ingest.InputException;
import org.annals.ingest.Limits;
import org.annals.ingestion.StoredAnnotations;
import org.annals.model.Article;
import org.annals.nlp.AnnotatedArticle;
import org.annals.nlp.AnnotatedJson;
import org.annals.nlp.Annotator;
import org.annals.nlp.Syntax;
import org.annals.pipeline.Extraction;
import org.annals.pipeline.OrderedParallel;
import org.annals.pipeline.Outcome;
import org.annals.store.Store;
import org.annals.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code annals annotate}: articles with mentions, entities, times, quotes and places. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Annotate articles (docs/annotation-schema-v1.md): mentions of people, organisations and places resolved",
      "to entities with CAMEO-style actor codes and roles at the article's date, time expressions normalised",
      "against it, quotes with their speakers, places from the gazetteer, and the events the article reports",
      "(CAMEO and PLOVER, dated and placed, with their evidence; docs/event-schema-v1.md). Offsets index the",
      "article text.",
      "One JSON object per input: pretty-printed for one input, one line each with --jsonl."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every input annotated (warnings allowed)",
      "1:some inputs failed; the others were written",
      "2:usage error",
      "3:nothing was annotated"
    })
final class AnnotateCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "A file, a folder, '-', an http(s) URL, or the id of a stored article (16 hex digits).")
  List<String> inputs;

  @Option(
      names = "--format",
      defaultValue = "auto",
      description = "auto, scraped, html or text. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--jsonl", description = "One JSON object per line, in input order.")
  boolean jsonl;

  @Option(
      names = "--allow-private",
      description = "Allow fetching loopback, private and link-local addresses.")
  boolean allowPrivate;

  @Option(names = "--threads", description = "Worker threads. Default: the number of cores.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ActorsOption actors;

  @Option(
      names = "--fresh",
      description =
          "Annotate stored articles again instead of printing the annotations stored with them.")
  boolean fresh;

  java.io.InputStream stdin = System.in;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Annotator annotator;
    try {
      annotator = actors.annotator();
    } catch (IOException e) {
      err.println("annals annotate: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    // load the models while the inputs are read and extracted
    Thread warmUp = new Thread(Annotator::warmUp, "annals-warm-up-main");
    warmUp.setDaemon(true);
    warmUp.start();
    // the event coder's lexicon and the dependency parser load alongside
    Thread parser = new Thread(AnnotateCommand::warmUpCoder, "annals-warm-up-parser");
    parser.setDaemon(true);
    parser.start();
    List<Outcome<Article>> articles = new ArrayList<>();
    List<Input> files = new ArrayList<>();
    Map<String, String> storedAnnotations = new HashMap<>();
    for (String in : inputs) {
      if (in.matches("[0-9a-f]{16}")) {
        articles.add(stored(in, storedAnnotations));
      } else {
        try {
          files.addAll(Input.expand(List.of(in)));
        } catch (InputException e) {
          articles.add(Outcome.failed(in, e.getMessage()));
        }
      }
    }
    HttpFetcher fetcher = new HttpFetcher(FetchOptions.defaults().withAllowPrivate(allowPrivate));
    Extraction extraction =
        new Extraction(Extractors.of(format), fetcher, stdin, Limits.DEFAULT_MAX_BYTES);
    files.forEach(f -> articles.add(extraction.apply(f)));
    int[] counts = new int[2];
    boolean pretty = !jsonl && articles.size() == 1;
    OrderedParallel.run(
        articles,
        threads,
        a -> annotate(annotator, a, storedAnnotations),
        o -> {
          if (o.succeeded()) {
            counts[0]++;
            out.println(AnnotatedJson.write(o.value(), pretty));
          } else {
            counts[1]++;
            err.println("FAILED " + o.error());
          }
        });
    out.flush();
    if (articles.size() > 1) {
      err.println(
          "annotated "
              + counts[0]
              + " of "
              + articles.size()
              + " inputs, "
              + counts[1]
              + " failed");
    }
    return ExitCodes.of(counts[0], counts[1]);
  }

  private static Outcome<ObjectNode> annotate(
      Annotator annotator, Outcome<Article> a, Map<String, String> stored) {
    if (!a.succeeded()) {
      return Outcome.failed(a.source(), a.error());
    }
    try {
      String kept = stored.get(a.source());
      return Outcome.ok(
          a.source(),
          kept != null
              ? AnnotatedJson.withArticle(a.value(), kept)
              : annotateAndCode(annotator, a.value()));
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.failed(
          a.source(),
          a.source()
              + ": internal error while annotating ("
              + e
              + "); please report it with this input");
    }
  }

  private static void warmUpCoder() {
    EventCoder.standard();
    Syntax.warmUp();
  }

  private static ObjectNode annotateAndCode(Annotator annotator, Article article) {
    AnnotatedArticle a = annotator.annotate(article);
    return StoredAnnotations.tree(a, EventCoder.standard().code(a));
  }

  /** A stored article; its stored annotations go to {@code annotations} unless --fresh. */
  private Outcome<Article> stored(String id, Map<String, String> annotations) {
    try (Store s = Store.openForReading(store.dir)) {
      Optional<Article> a = s.article(id);
      if (!fresh && a.isPresent()) {
        s.annotations(id).ifPresent(x -> annotations.put(id, x.json()));
      }
      return a.map(x -> Outcome.ok(id, x))
          .orElseGet(
              () ->
                  Outcome.failed(
                      id,
                      "no article " + id + " in " + store.dir + "; find ids with 'annals search'"));
    } catch (StoreException e) {
      return Outcome.failed(id, id + ": cannot read the store: " + e.getMessage());
    }
  }
}
