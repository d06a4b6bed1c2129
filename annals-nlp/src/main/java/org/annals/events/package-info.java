/**
 * Event coding (issue 5): who did what to whom, when and where, in CAMEO and PLOVER.
 *
 * <p>Input: an {@link org.annals.nlp.AnnotatedArticle}. Output: {@link org.annals.events.Event}s,
 * one per action a sentence reports, with actors from the NLP stage (or any {@link
 * org.annals.events.ActorSpans}), the date and place that govern the action's clause, and the
 * character spans that show it in {@link org.annals.model.Article#text()}. The action lexicon
 * ({@code lexicon.tsv}) is Annals' own, written from the CAMEO codebook's descriptions; the code
 * table ({@code cameo.tsv}) holds the codebook facts with their sources.
 *
 * <p>Invariants: negated and hypothetical actions are never coded as happening; intentions code as
 * CAMEO 03x; occurrences (crashes, deaths, disasters) are never forced into CAMEO; only sentences
 * with a lexicon verb are parsed; a bad input gives no events, never an exception.
 */
package org.annals.events;
