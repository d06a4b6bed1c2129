/**
 * NLP enrichment (issue 4), the stage that turns an {@link org.annals.model.Article} into an
 * annotated article: mentions, entities resolved to actors with their roles at the article's date,
 * normalised times, quotes with speakers and places. This package will hold the CoreNLP pipeline;
 * its building blocks live beside it in {@code org.annals.time}, {@code org.annals.actors} and
 * {@code org.annals.geo}, which need no CoreNLP.
 *
 * <p>Input: an article. Output: annotations whose character offsets index {@link
 * org.annals.model.Article#text()}. Invariants: models and tables load once per JVM; a bad input
 * gives warnings, never an exception.
 */
package org.annals.nlp;
