package org.annals.ingest;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;

/**
 * The URLs of a sitemap as events, with crawler-commons: sitemap indexes followed depth first (at
 * most {@value #MAX_DEPTH} levels of index and {@value #MAX_SITEMAPS} sitemaps, each at most once),
 * news sitemap extensions read as {@link FeedHints}, gzip sitemaps decompressed within the byte
 * cap. Item ids are the URLs; URLs already committed are skipped without a fetch.
 */
final class SitemapItems {
  static final int MAX_DEPTH = 3;
  static final int MAX_SITEMAPS = 1000;

  private final PoliteFetcher fetcher;
  private final SiteMapParser parser = new SiteMapParser(false);
  private final Set<String> visited = new HashSet<>();
  private final Set<String> emitted = new HashSet<>();
  private int items;
  private boolean overCap;

  SitemapItems(PoliteFetcher fetcher) {
    this.fetcher = fetcher;
    parser.enableExtension(Extension.NEWS);
  }

  /** Emits the URLs of the sitemap (or index) in {@code doc}. */
  void emit(RawDocument doc, Resume resume, Consumer<Fetched> sink) throws InputException {
    String name = doc.url() != null ? doc.url() : doc.source();
    visited.add(name);
    walk(parse(doc, name), 0, resume, sink);
    if (overCap) {
      int max = fetcher.options().maxItems();
      sink.accept(
          new Fetched.Skipped(
              name + "#over-cap",
              null,
              name
                  + ": the sitemap lists more than "
                  + max
                  + " URLs; only the first "
                  + max
                  + " were read (raise the cap with --max-items)"));
    }
  }

  private void walk(AbstractSiteMap map, int depth, Resume resume, Consumer<Fetched> sink) {
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        if (overCap) {
          return;
        }
        child(child.getUrl().toString(), depth + 1, resume, sink);
      }
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL u : sitemap.getSiteMapUrls()) {
        if (overCap || items >= fetcher.options().maxItems()) {
          overCap = true;
          return;
        }
        url(u, resume, sink);
      }
    }
  }

  private void child(String url, int depth, Resume resume, Consumer<Fetched> sink) {
    if (!visited.add(url)) {
      return;
    }
    if (depth > MAX_DEPTH || visited.size() > MAX_SITEMAPS) {
      String why =
          depth > MAX_DEPTH
              ? "sitemap indexes nest deeper than " + MAX_DEPTH + " levels"
              : "more than " + MAX_SITEMAPS + " sitemaps in one source";
      sink.accept(new Fetched.Skipped(url, null, url + ": not read: " + why));
      return;
    }
    try {
      PoliteFetcher.Outcome o = fetcher.fetch(url, false);
      if (o instanceof PoliteFetcher.Disallowed d) {
        sink.accept(new Fetched.Skipped(url, null, url + ": " + d.reason()));
        return;
      }
      RawDocument doc = ((PoliteFetcher.Page) o).document();
      walk(parse(doc, url), depth, resume, sink);
    } catch (InputException e) {
      sink.accept(new Fetched.Failed(url, null, e.getMessage()));
    }
  }

  private void url(SiteMapURL u, Resume resume, Consumer<Fetched> sink) {
    String url = u.getUrl().toString();
    if (!emitted.add(url)) {
      return;
    }
    items++;
    if (resume.seen().test(url)) {
      sink.accept(new Fetched.Skipped(url, null, "already ingested in an earlier run"));
      return;
    }
    sink.accept(fetcher.fetchItem(url, url, hints(u)));
  }

  private AbstractSiteMap parse(RawDocument served, String name) throws InputException {
    try {
      RawDocument doc = gunzipped(served);
      String root = ContentKind.rootElement(doc.content());
      if (root != null && ContentKind.of(doc.content(), doc.contentType()) != ContentKind.SITEMAP) {
        throw new InputException(
            name,
            "not a sitemap (its root element is <"
                + root
                + ">, not <urlset> or <sitemapindex>); check the URL");
      }
      return parser.parseSiteMap(
          root == null ? "text/plain" : "text/xml", doc.content(), url(name));
    } catch (UnknownFormatException e) {
      throw new InputException(name, "not a sitemap that can be read (" + why(e) + ")", e);
    } catch (IOException e) {
      throw new InputException(name, "cannot read the sitemap (" + e.getMessage() + ")", e);
    }
  }

  /** The parser's own words: the innermost cause's message (a SAX error names the line). */
  private static String why(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String line =
        t instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0
            ? "line " + p.getLineNumber() + ": "
            : "";
    return t == e ? e.getMessage() : line + t.getMessage();
  }

  /** A .xml.gz served with Content-Encoding gzip arrives gzipped twice: the fetch undid one. */
  private RawDocument gunzipped(RawDocument doc) throws IOException {
    byte[] c = doc.content();
    if (c.length < 2 || (c[0] & 0xff) != 0x1f || (c[1] & 0xff) != 0x8b) {
      return doc;
    }
    Limits.Read r =
        Limits.read(new java.io.ByteArrayInputStream(c), fetcher.options().fetch().maxBytes());
    List<org.annals.model.Warning> w = new java.util.ArrayList<>(doc.warnings());
    w.addAll(r.warnings());
    return new RawDocument(doc.source(), doc.url(), r.bytes(), doc.contentType(), w);
  }

  /** The sitemap's own URL for crawler-commons (a local file gets its file: URL). */
  private static URL url(String name) throws InputException {
    try {
      URI u = new URI(name);
      return u.isAbsolute()
          ? u.toURL()
          : java.nio.file.Path.of(name).toAbsolutePath().toUri().toURL();
    } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
      try {
        return java.nio.file.Path.of(name).toAbsolutePath().toUri().toURL();
      } catch (MalformedURLException | java.nio.file.InvalidPathException e2) {
        throw new InputException(name, "not a valid sitemap location (" + e.getMessage() + ")", e);
      }
    }
  }

  /** What a news sitemap says about the URL: title, publication date, name and language. */
  static FeedHints hints(SiteMapURL u) {
    ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
    if (news == null || news.length == 0 || !(news[0] instanceof NewsAttributes n)) {
      return FeedHints.NONE;
    }
    return new FeedHints(
        blankToNull(n.getTitle()),
        timestamp(n.getPublicationDateTime()),
        List.of(),
        blankToNull(n.getLanguage()),
        blankToNull(n.getName()));
  }

  /**
   * The publication date as precise as given: crawler-commons reads a bare date such as 2024-07-04
   * as midnight UTC, which is taken back to the day alone rather than inventing a time.
   */
  static Timestamp timestamp(ZonedDateTime z) {
    if (z == null) {
      return null;
    }
    if (z.getOffset().equals(ZoneOffset.UTC) && z.toLocalTime().equals(LocalTime.MIDNIGHT)) {
      return Timestamp.ofDate(z.toLocalDate());
    }
    return Timestamp.of(z.toOffsetDateTime());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
