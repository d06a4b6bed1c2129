/**
 * The embedded store: extracted articles kept, deduplicated, searchable and crash-safe.
 *
 * <p>Input: {@link org.annals.model.Article}s with their {@link org.annals.store.Provenance}, and
 * the sources' checkpoints, in {@link org.annals.store.Batch}es. Output: stored articles by id,
 * ranked searches with snippets and facets ({@link org.annals.store.SearchResult}), statistics
 * ({@link org.annals.store.StoreStats}), each source's {@link org.annals.ingest.Resume} point and
 * the conditional-GET {@link org.annals.ingest.Validators}. Public surface: {@link
 * org.annals.store.Store}, {@link org.annals.store.Batch}, the value records, {@link
 * org.annals.store.StoreException} and the {@link org.annals.store.StoreBench} benchmark.
 *
 * <p>Invariants: one article per id (the same article read again adds a source, a changed one
 * replaces it); a batch's articles, checkpoints and seen items are stored all or none; after a
 * crash at any moment, opening for writing makes Lucene agree with DuckDB (DuckDB is the record),
 * so nothing reported committed is lost and nothing is stored twice; one writer at a time, any
 * number of readers, which never touch DuckDB; the on-disk format is named ({@code
 * annals-store-v1}) and another name is refused. The layout, tables, fields and protocol are in
 * {@code docs/store.md}.
 */
package org.annals.store;
