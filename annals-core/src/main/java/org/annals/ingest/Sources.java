package org.annals.ingest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Opens the sources named on a command line: a folder, a file (WARC, feed, sitemap or article), or
 * an http(s) URL (a feed, a sitemap or an article page, told apart by its content). A prefix names
 * the kind where the content cannot tell: {@code feed:}, {@code sitemap:} (for a text sitemap),
 * {@code warc:} (for a WARC file with another name). One {@code Sources} per run shares one polite
 * fetcher among its sources, so robots.txt is fetched once per host and the per-host delay holds
 * across sources.
 */
public final class Sources {
  private final PoliteFetcher fetcher;

  private Sources(PoliteFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Sources read with {@code options}. */
  public static Sources with(SourceOptions options) {
    return new Sources(new PoliteFetcher(options, AddressGuard::requirePublic));
  }

  /**
   * Sources that may fetch from the hosts named in {@code trusted} (as written in URLs, any case)
   * although they resolve to internal addresses, while every other host still meets the SSRF guard
   * on every hop: a local test server, say, without opening all of loopback and the private ranges.
   * A redirect from a trusted host to an internal address by another name is refused. With {@link
   * FetchOptions#allowPrivate()} on, nothing is checked at all.
   */
  public static Sources withTrustedHosts(SourceOptions options, Set<String> trusted) {
    Set<String> names =
        trusted.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    return with(
        options,
        (url, host) -> {
          if (!names.contains(host.toLowerCase(Locale.ROOT))) {
            AddressGuard.requirePublic(url, host);
          }
        });
  }

  /**
   * Sources whose SSRF check is {@code guard} (tests stand a local server in for a public host).
   */
  static Sources with(SourceOptions options, HttpFetcher.HostGuard guard) {
    return new Sources(new PoliteFetcher(options, guard));
  }

  /**
   * One source read with {@code options}; to open several, use {@link #with} once and {@link
   * #open(String)}.
   */
  public static Source open(String spec, SourceOptions options) throws InputException {
    return with(options).open(spec);
  }

  /**
   * The source {@code spec} names.
   *
   * @throws InputException naming the spec when it names nothing that can be read (a missing file,
   *     a WARC given by URL, standard input)
   */
  public Source open(String spec) throws InputException {
    if (spec == null || spec.isBlank()) {
      throw new InputException(
          String.valueOf(spec), "an empty source; name a file, a folder or an http(s) URL");
    }
    String lower = spec.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"feed:", "sitemap:", "warc:"}) {
      if (lower.startsWith(prefix) && !lower.startsWith(prefix + "//")) {
        return open(spec, spec.substring(prefix.length()), prefix);
      }
    }
    return open(spec, spec, null);
  }

  private Source open(String spec, String location, String prefix) throws InputException {
    String lower = location.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      if ("warc:".equals(prefix)) {
        throw new InputException(
            spec, "WARC files are read from disk; download it first, then name the file");
      }
      return new DocumentSource(location, true, kind(prefix), fetcher);
    }
    if (location.equals("-")) {
      throw new InputException(
          spec,
          "standard input cannot be ingested (it has no position to resume from);"
              + " save it to a file and name the file");
    }
    return local(spec, path(spec, location), prefix);
  }

  private Source local(String spec, Path path, String prefix) throws InputException {
    long max = fetcher.options().fetch().maxBytes();
    if (Files.isDirectory(path)) {
      if (prefix != null) {
        throw new InputException(
            spec, "'" + prefix + "' names a file, but this is a folder; drop the prefix");
      }
      return new DirectorySource(path, max);
    }
    if (!Files.isRegularFile(path)) {
      throw new InputException(
          spec,
          "no such file or directory; check the path (a source is a file, a folder or an http(s) URL)");
    }
    if ("warc:".equals(prefix) || prefix == null && isWarcName(path)) {
      return new WarcSource(path, max);
    }
    return new DocumentSource(path.toString(), false, kind(prefix), fetcher);
  }

  private static ContentKind kind(String prefix) {
    if (prefix == null) {
      return null;
    }
    return prefix.equals("feed:")
        ? ContentKind.FEED
        : prefix.equals("sitemap:") ? ContentKind.SITEMAP : null;
  }

  /** True for names ending in .warc or .warc.gz (any case). */
  static boolean isWarcName(Path path) {
    Path name = path.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }

  private static Path path(String spec, String location) throws InputException {
    try {
      return Path.of(location);
    } catch (InvalidPathException e) {
      throw new InputException(spec, "not a valid file name (" + e.getReason() + ")", e);
    }
  }
}
