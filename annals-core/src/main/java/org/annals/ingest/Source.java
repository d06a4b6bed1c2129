package org.annals.ingest;

/**
 * One source of news named on the command line or in a request: a file or folder, a URL, a feed, a
 * sitemap, a WARC file. It streams {@link Fetched} events in a stable order so that a run can stop
 * anywhere and resume from the store's checkpoint.
 *
 * <p>Implementations never throw for one bad item (it becomes {@link Fetched.Failed}); {@link
 * #read} throws {@link InputException} only when the source as a whole cannot be read.
 */
public interface Source {
  /**
   * A stable key for the checkpoint: the kind and the canonical location ({@code
   * warc:/abs/x.warc.gz}).
   */
  String key();

  /**
   * True when the source resumes by position (folder, WARC), false when by item ids (feed,
   * sitemap).
   */
  boolean ordered();

  /**
   * True for an ordered source that changes between runs (a folder): once it has been read to the
   * end its position is reset, so the next run reads it again and stores what is new or changed.
   * False for one that does not change (a WARC file): a finished one is not read again.
   */
  default boolean rescanWhenDone() {
    return false;
  }

  /**
   * How far through the source an item at {@code position} is, in [0, 1], for a progress bar's ETA;
   * {@code NaN} when the source cannot tell (feeds, sitemaps, single pages).
   */
  default double progress(String position) {
    return Double.NaN;
  }

  /** Streams the source's events from {@code resume} on, to {@code sink}, in order. */
  void read(Resume resume, java.util.function.Consumer<Fetched> sink) throws InputException;
}
