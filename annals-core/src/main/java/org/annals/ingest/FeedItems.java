package org.annals.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.annals.model.RawDocument;
import org.annals.model.Timestamp;

/**
 * The items of a parsed feed as events: each item's link fetched politely and emitted with what the
 * feed says about it ({@link FeedHints}). Item ids are the GUID (RSS) or id (Atom), else the link;
 * items already committed are skipped without a fetch.
 */
final class FeedItems {
  private final PoliteFetcher fetcher;

  FeedItems(PoliteFetcher fetcher) {
    this.fetcher = fetcher;
  }

  /** Emits the items of the feed in {@code doc}. */
  void emit(RawDocument doc, Resume resume, Consumer<Fetched> sink) throws InputException {
    String name = doc.url() != null ? doc.url() : doc.source();
    int max = fetcher.options().maxItems();
    FeedParser.Parsed parsed = FeedParser.parse(doc, max);
    SyndFeed feed = parsed.feed();
    List<SyndEntry> entries = feed.getEntries();
    Set<String> ids = new LinkedHashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      sink.accept(item(name, doc.url(), feed, entries.get(i), i + 1, resume, ids));
    }
    if (parsed.overCap()) {
      sink.accept(
          new Fetched.Skipped(
              name + "#over-cap",
              null,
              name
                  + ": the feed has more than "
                  + max
                  + " items; only the first "
                  + max
                  + " were read (raise the cap with --max-items)"));
    } else if (parsed.cutShort()) {
      sink.accept(
          new Fetched.Skipped(
              name + "#cut",
              null,
              name
                  + ": the feed is larger than the byte cap;"
                  + " only the "
                  + entries.size()
                  + " items before the cut were read (raise --max-bytes)"));
    }
  }

  private Fetched item(
      String name, String base, SyndFeed feed, SyndEntry e, int n, Resume resume, Set<String> ids) {
    String link = link(base, e.getLink());
    String id = firstNonBlank(e.getUri(), link);
    if (id == null) {
      return new Fetched.Failed(
          name + "#item-" + n,
          null,
          name
              + ": item "
              + n
              + " has neither a link nor a GUID; nothing to fetch (the feed is faulty)");
    }
    if (!ids.add(id)) {
      return new Fetched.Skipped(
          id, null, name + ": item " + n + " repeats the id of an earlier item");
    }
    if (resume.seen().test(id)) {
      return new Fetched.Skipped(id, null, "already ingested in an earlier run");
    }
    if (link == null) {
      return new Fetched.Failed(
          id,
          null,
          name
              + ": item "
              + n
              + " ("
              + id
              + ") has no http(s) link to fetch"
              + (e.getLink() == null ? "" : " ('" + e.getLink() + "')"));
    }
    return fetcher.fetchItem(id, link, hints(feed, e));
  }

  /**
   * The item's link made absolute against the feed's URL, or {@code null} when it is not http(s).
   */
  static String link(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(link.strip());
      if (!u.isAbsolute() && base != null) {
        u = new URI(base).resolve(u);
      }
      String scheme = u.getScheme();
      return scheme != null
              && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
              && u.getHost() != null
          ? u.toString()
          : null;
    } catch (URISyntaxException | IllegalArgumentException ex) {
      return null;
    }
  }

  static FeedHints hints(SyndFeed feed, SyndEntry e) {
    Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
    Timestamp published =
        date == null ? null : Timestamp.of(date.toInstant().atOffset(ZoneOffset.UTC));
    return new FeedHints(
        blankToNull(e.getTitle()),
        published,
        authors(e),
        blankToNull(feed.getLanguage()),
        blankToNull(feed.getTitle()));
  }

  private static List<String> authors(SyndEntry e) {
    List<String> out = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      String n = blankToNull(p.getName());
      if (n != null && !out.contains(n)) {
        out.add(n);
      }
    }
    String single = blankToNull(e.getAuthor());
    if (out.isEmpty() && single != null) {
      out.add(single);
    }
    return out;
  }

  private static String firstNonBlank(String a, String b) {
    return blankToNull(a) != null ? a.strip() : blankToNull(b);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }
}
