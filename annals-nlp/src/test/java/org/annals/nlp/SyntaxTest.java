package org.annals.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.annals.extract.Extractors;
import org.annals.model.Article;
import org.annals.model.RawDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency parses the event coder reads: Annals' forward pass against CoreNLP's own. */
class SyntaxTest {
  private static final List<AnnotatedArticle> ARTICLES = new ArrayList<>();

  @BeforeAll
  static void annotateTheExamples() {
    Annotator annotator = Annotator.standard();
    for (Path p : examples()) {
      try {
        RawDocument doc = RawDocument.of(p.toString(), Files.readAllBytes(p));
        Article a = Extractors.of(Extractors.detect(doc)).extract(doc);
        ARTICLES.add(annotator.annotate(a));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void parse_everySentenceOfTheExamples_givesCoreNlpsArcsAndRelations() {
    int sentences = 0;
    for (AnnotatedArticle a : ARTICLES) {
      for (Sentence s : a.sentences()) {
        List<Dependency> ours = Syntax.parse(a, s.index());
        List<Dependency> reference = Syntax.parseWithCoreNlp(a, s.index());
        assertThat(ours)
            .as("%s, sentence %d", a.article().source(), s.index())
            .isEqualTo(reference);
        if (!ours.isEmpty()) {
          sentences++;
        }
      }
    }
    assertThat(sentences).as("sentences parsed").isGreaterThan(60);
  }

  @Test
  void parse_aSentence_givesOneArcPerTokenAndOneRoot() {
    AnnotatedArticle a = ARTICLES.get(0);
    List<Dependency> arcs = Syntax.parse(a, 0);
    List<Token> tokens = Syntax.tokensOf(a.tokens(), 0);
    assertThat(arcs).hasSameSizeAs(tokens);
    assertThat(arcs).filteredOn(d -> d.relation().equals("root")).hasSize(1);
    assertThat(arcs)
        .allSatisfy(
            d -> {
              assertThat(d.dependent())
                  .isBetween(tokens.get(0).index(), tokens.get(tokens.size() - 1).index());
              assertThat(d.head()).isNotEqualTo(d.dependent());
            });
  }

  private static List<Path> examples() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path dir = p.resolve("examples");
      if (Files.isDirectory(dir.resolve("scraped"))) {
        try (Stream<Path> files = Files.walk(dir)) {
          return files
              .filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
              .sorted()
              .toList();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("no examples/ folder above " + Path.of("").toAbsolutePath());
  }
}
