package org.annals.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.annals.model.RawDocument;

/**
 * One file or one http(s) URL, read once: a feed (its items fetched), a sitemap (its URLs fetched)
 * or an article, by what it turns out to be or by the kind the spec named. Unordered: feed and
 * sitemap items resume by id. An article is read again on every run (conditionally, for a URL), so
 * that a changed page is picked up; storing it again is a no-op when it has not.
 */
final class DocumentSource implements Source {
  private final String key;
  private final String location;
  private final boolean remote;
  private final ContentKind forced;
  private final PoliteFetcher fetcher;

  /**
   * @param location an http(s) URL when {@code remote}, else a file path
   * @param forced the kind the spec named ({@code feed:}, {@code sitemap:}), or {@code null} to
   *     sniff
   */
  DocumentSource(String location, boolean remote, ContentKind forced, PoliteFetcher fetcher) {
    this.location = location;
    this.remote = remote;
    this.forced = forced;
    this.fetcher = fetcher;
    this.key =
        remote ? "url:" + location : "file:" + Path.of(location).toAbsolutePath().normalize();
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public boolean ordered() {
    return false;
  }

  @Override
  public void read(Resume resume, Consumer<Fetched> sink) throws InputException {
    RawDocument doc;
    Validators.Validator validator = null;
    if (remote) {
      PoliteFetcher.Outcome o =
          fetcher.fetch(location, forced == null || forced == ContentKind.ARTICLE);
      if (o instanceof PoliteFetcher.Disallowed d) {
        sink.accept(new Fetched.Skipped(location, null, location + ": " + d.reason()));
        return;
      }
      if (o instanceof PoliteFetcher.NotModified n) {
        sink.accept(
            new Fetched.Skipped(
                location, null, location + ": " + PoliteFetcher.notModified(n.validator())));
        return;
      }
      doc = ((PoliteFetcher.Page) o).document();
      validator = ((PoliteFetcher.Page) o).validator();
    } else {
      doc = LocalFiles.read(Path.of(location), fetcher.options().fetch().maxBytes());
    }
    dispatch(doc, validator, resume, sink);
  }

  /**
   * Feeds and sitemaps are read for their items (their own validators are not kept: they are
   * fetched whole).
   */
  private void dispatch(
      RawDocument doc, Validators.Validator validator, Resume resume, Consumer<Fetched> sink)
      throws InputException {
    switch (kindOf(doc)) {
      case FEED -> new FeedItems(fetcher).emit(doc, resume, sink);
      case SITEMAP -> new SitemapItems(fetcher).emit(doc, resume, sink);
      case ARTICLE ->
          sink.accept(
              ContentKind.isPage(doc.contentType())
                  ? new Fetched.Document(doc, location, null, FeedHints.NONE, validator)
                  : new Fetched.Skipped(
                      location, null, location + ": not a page (" + doc.contentType() + ")"));
    }
  }

  private ContentKind kindOf(RawDocument doc) {
    return forced != null ? forced : ContentKind.of(doc.content(), doc.contentType());
  }
}
