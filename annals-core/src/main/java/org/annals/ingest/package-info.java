/**
 * The ingest stage: sources to {@link org.annals.model.RawDocument}s.
 *
 * <p>Input: file paths, directories, standard input, http(s) URLs, feeds, sitemaps and WARC files.
 * Output: raw documents with their origin, decompressed, within a size cap; for ingest, a stream of
 * {@link org.annals.ingest.Fetched} events per {@link org.annals.ingest.Source}. Public surface:
 * {@link org.annals.ingest.Sources} with {@link org.annals.ingest.SourceOptions} (open a source),
 * the contracts {@link org.annals.ingest.Source}, {@link org.annals.ingest.Fetched}, {@link
 * org.annals.ingest.Resume}, {@link org.annals.ingest.FeedHints} and {@link
 * org.annals.ingest.Validators}; {@link org.annals.ingest.LocalFiles}, {@link
 * org.annals.ingest.HttpFetcher} with {@link org.annals.ingest.FetchOptions}, {@link
 * org.annals.ingest.Limits} and {@link org.annals.ingest.InputException}.
 *
 * <p>Invariants: a fetch never reaches a loopback, private, link-local or otherwise internal
 * address unless explicitly allowed (checked after DNS and on every redirect, robots.txt, feed
 * items and sitemap entries included); every byte count is capped after decompression; robots.txt
 * is obeyed and each host paced unless configured otherwise; XML is parsed without DOCTYPEs or
 * external entities; one bad item never stops a source (it becomes a {@code Failed} event); a
 * source resumes from the store's checkpoint (ordered sources by position, the others by item id).
 * Feeds and sitemaps are parsed here only to find their items; pages are not parsed here.
 */
package org.annals.ingest;
