package org.annals.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.model.RawDocument;

/**
 * One input named on a command line or in a request: a file, standard input ({@code -}) or an
 * http(s) URL. {@link #expand} turns a directory into its files.
 *
 * @param source the name as given (a path, {@code -} or a URL)
 * @param kind how to read it
 */
public record Input(String source, Kind kind) {
  /** How an input is read. */
  public enum Kind {
    FILE,
    STDIN,
    URL
  }

  public Input {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("input source must not be blank");
    }
  }

  /**
   * The inputs named by {@code specs}, in the order given, directories expanded recursively in
   * sorted order. A name that is neither directory, {@code -} nor URL is a file; when it does not
   * exist, reading it fails for that input alone, so a batch goes on.
   *
   * @throws InputException naming the directory when one cannot be listed
   */
  public static List<Input> expand(List<String> specs) throws InputException {
    List<Input> out = new ArrayList<>();
    for (String s : specs) {
      String lower = s.toLowerCase(Locale.ROOT);
      if (s.equals("-")) {
        out.add(new Input(s, Kind.STDIN));
      } else if (lower.startsWith("http://") || lower.startsWith("https://")) {
        out.add(new Input(s, Kind.URL));
      } else if (isDirectory(s)) {
        LocalFiles.expand(Path.of(s)).forEach(f -> out.add(new Input(f.toString(), Kind.FILE)));
      } else {
        out.add(new Input(s, Kind.FILE));
      }
    }
    return out;
  }

  private static boolean isDirectory(String name) {
    try {
      return Files.isDirectory(Path.of(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /** Reads this input within the given limits. */
  public RawDocument read(HttpFetcher fetcher, InputStream stdin, long maxBytes)
      throws InputException {
    return switch (kind) {
      case FILE -> LocalFiles.read(path(), maxBytes);
      case STDIN -> LocalFiles.read(stdin, source, maxBytes);
      case URL -> fetcher.fetch(source);
    };
  }

  private Path path() throws InputException {
    try {
      return Path.of(source);
    } catch (InvalidPathException e) {
      throw new InputException(source, "not a valid file name (" + e.getReason() + ")", e);
    }
  }
}
