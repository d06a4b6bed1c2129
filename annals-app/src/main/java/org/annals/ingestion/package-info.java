/**
 * The ingest job, wired: sources ({@code org.annals.ingest}) → extraction ({@code
 * org.annals.extract}) → the store ({@code org.annals.store}), in batches that commit the articles
 * and the sources' checkpoints together.
 *
 * <p>Input: source specs (folders, files, URLs, feeds, sitemaps, WARC files). Output: a committed
 * store and an {@link org.annals.ingestion.IngestReport}. Invariants: an item is counted as
 * committed only after the commit that holds it returned; a source's checkpoint never runs ahead of
 * the articles committed with it; one failing item or source never stops the others.
 */
package org.annals.ingestion;
