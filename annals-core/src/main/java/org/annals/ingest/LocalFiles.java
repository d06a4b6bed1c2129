package org.annals.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annals.model.RawDocument;

/** Files, directories and standard input as raw documents. */
public final class LocalFiles {
  /**
   * The names a folder's article files have: pages and text ({@code .html}, {@code .htm}, {@code
   * .xhtml}, {@code .shtml}, {@code .txt}, {@code .text}), those gzipped ({@code .gz}), and names
   * without an extension (scraper output). A README, a style sheet or the images of a saved page
   * are not articles.
   */
  private static final Pattern ARTICLE_FILE =
      Pattern.compile("(?i)(?:[^.]+|.+\\.(?:html?|xhtml|shtml|txt|text))(?:\\.gz)?");

  private LocalFiles() {}

  /**
   * The article files under {@code dir} (see {@link #isArticleFile}), recursively, in sorted path
   * order; hidden files and folders (names starting with a dot) are left out. A file named on its
   * own is always read, whatever its name.
   */
  public static List<Path> expand(Path dir) throws InputException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !isHidden(dir.relativize(p)))
          .filter(LocalFiles::isArticleFile)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException(
          dir.toString(), "cannot list the directory (" + e.getMessage() + ")", e);
    }
  }

  /**
   * True for the names a folder's article files have: {@code .html}, {@code .txt}, their {@code
   * .gz}, no extension.
   */
  public static boolean isArticleFile(Path file) {
    Path name = file.getFileName();
    return name != null && ARTICLE_FILE.matcher(name.toString()).matches();
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Reads one file, gunzipping {@code .gz} content, within {@code maxBytes}. */
  public static RawDocument read(Path file, long maxBytes) throws InputException {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      Limits.Read r = Limits.read(in, maxBytes);
      return new RawDocument(source, null, r.bytes(), typeOf(source), r.warnings());
    } catch (NoSuchFileException e) {
      throw new InputException(
          source,
          "no such file or directory; check the path (an input is a file, a directory, '-' or an http(s) URL)",
          e);
    } catch (AccessDeniedException e) {
      throw new InputException(source, "permission denied; check the file's permissions", e);
    } catch (IOException e) {
      throw new InputException(source, "cannot read the file (" + e.getMessage() + ")", e);
    }
  }

  /** Reads standard input (or any stream) as the source {@code -}. */
  public static RawDocument read(InputStream in, String source, long maxBytes)
      throws InputException {
    try {
      Limits.Read r = Limits.read(in, maxBytes);
      return new RawDocument(source, null, r.bytes(), null, r.warnings());
    } catch (IOException e) {
      throw new InputException(source, "cannot read standard input (" + e.getMessage() + ")", e);
    }
  }

  private static String typeOf(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return "text/html";
    }
    return null;
  }
}
