package org.annals.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The extraction test sets under {@code ../shared/data/extraction/}, by short and folder name. */
public enum EvalSet {
  /** Zyte article-extraction-benchmark: 181 pages, body only. Scored, never tuned on. */
  ZYTE("zyte", "zyte-benchmark"),
  /** newspaper4k's NAEB: 421 pages with title, authors, day and body. */
  NAEB("naeb", "naeb-newspaper4k"),
  /** htmldate's evaluation sample: 300 pages with the publication day. */
  HTMLDATE("htmldate", "htmldate-eval"),
  /**
   * trafilatura's evaluation pages with must/must-not segments and metadata: the 80 of its folder
   * and the 78 of the htmldate folder that trafilatura annotates too (158 in all).
   */
  TRAFILATURA("trafilatura", "trafilatura-eval"),
  /** Mozilla Readability.js test pages: 130 pages with the expected article and metadata. */
  READABILITY("readability", "readability-testpages");

  private final String shortName;
  private final String folder;

  EvalSet(String shortName, String folder) {
    this.shortName = shortName;
    this.folder = folder;
  }

  /** The short name used on the command line ("naeb"). */
  public String shortName() {
    return shortName;
  }

  /** The folder under {@code data/extraction/} ("naeb-newspaper4k"). */
  public String folder() {
    return folder;
  }

  /** The set's folder under the shared folder {@code shared}. */
  public Path dir(Path shared) {
    return shared.resolve("data").resolve("extraction").resolve(folder);
  }

  /**
   * The set named {@code name}, by short or folder name, any case.
   *
   * @throws IllegalArgumentException naming the value and the accepted names
   */
  public static EvalSet parse(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (EvalSet s : values()) {
      if (s.shortName.equals(n) || s.folder.equals(n)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown extraction set '" + name + "'; expected one of " + names());
  }

  /** The accepted short names, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(EvalSet::shortName).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return shortName;
  }
}
