package org.annals.ingest;

/**
 * One source of news named on the command line or in a request: a file or folder, a URL, a feed,
 * a sitemap, a WARC file. It streams {@link Fetched} events in a stable order so that a run can
 * stop anywhere and resume from the store's checkpoint.
 *
 * <p>Implementations never throw for one bad item (it becomes {@link Fetched.Failed}); {@link
 * #read} throws {@link InputException} only when the source as a whole cannot be read.
 */
public interface Source {
  /** A stable key for the checkpoint: the kind and the canonical location ({@code warc:/abs/x.warc.gz}). */
  String key();

  /** True when the source resumes by position (folder, WARC), false when by item ids (feed, sitemap). */
  boolean ordered();

  /** Streams the source's events from {@code resume} on, to {@code sink}, in order. */
  void read(Resume resume, java.util.function.Consumer<Fetched> sink) throws InputException;
}
