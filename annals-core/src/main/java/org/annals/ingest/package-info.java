/**
 * The ingest stage: sources to {@link org.annals.model.RawDocument}s.
 *
 * <p>Input: file paths, directories, standard input, http(s) URLs. Output: raw documents with
 * their origin, decompressed, within a size cap. Public surface: {@link
 * org.annals.ingest.LocalFiles}, {@link org.annals.ingest.HttpFetcher} with {@link
 * org.annals.ingest.FetchOptions}, {@link org.annals.ingest.Limits} and {@link
 * org.annals.ingest.InputException}. Invariants: nothing here parses content; a fetch never
 * reaches a loopback, private, link-local or otherwise internal address unless explicitly
 * allowed; every byte count is capped after decompression.
 */
package org.annals.ingest;
