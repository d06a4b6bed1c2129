/**
 * The extraction stage: {@link org.annals.model.RawDocument} to {@link org.annals.model.Article}.
 *
 * <p>Input: bytes with their origin. Output: an article in schema v1. Public surface: {@link
 * org.annals.extract.ArticleExtractor}, {@link org.annals.extract.Extractors}, {@link
 * org.annals.extract.Format} and {@link org.annals.extract.UnreadableInputException}; the
 * extractors themselves (scraped text, HTML with jsoup, plain text), the character-set decoder, the
 * date grammar and the boilerplate remover are package-private. Invariants: malformed content
 * becomes warnings with positions, never an exception; the same bytes always give the same article.
 */
package org.annals.extract;
