package org.annals.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The data files shipped in this package, read once per JVM (lazy holder idiom). */
final class Shipped {
  /** Resource names, in merge order: generated countries first, hand-made additions after. */
  static final List<String> RESOURCES =
      List.of("countries.tsv", "country-variants.tsv", "organisations.tsv", "people.tsv");

  private Shipped() {}

  private static final class Holder {
    static final KnowledgeBase BASE = loadShipped();
  }

  static ActorBase base() {
    return Holder.BASE;
  }

  static ActorBase loadWith(List<Path> files) throws IOException {
    Rows rows = shippedRows();
    for (Path file : files) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        ActorFileReader.read(file.toString(), in, rows);
      }
    }
    return BaseBuilder.build(rows);
  }

  private static KnowledgeBase loadShipped() {
    try {
      return BaseBuilder.build(shippedRows());
    } catch (ActorFileException e) {
      throw new IllegalStateException(
          "the shipped actor data is broken (a build error): " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Rows shippedRows() throws IOException {
    Rows rows = new Rows();
    for (String name : RESOURCES) {
      InputStream stream = Shipped.class.getResourceAsStream(name);
      if (stream == null) {
        throw new IllegalStateException(
            "shipped actor resource org/annals/actors/"
                + name
                + " is missing from the class path; rebuild annals-nlp");
      }
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
        ActorFileReader.read("org/annals/actors/" + name, in, rows);
      }
    }
    return rows;
  }
}
