/**
 * Time expressions: finding them in English text and normalising them as TimeML TIMEX3 values
 * against the report date, and scoring that on TimeML test data ({@code annals eval temporal}).
 *
 * <p>Input: a text and the day it was published. Output: {@link org.annals.time.TimeExpression}s
 * with character offsets into that text, a type (DATE, TIME, DURATION, SET) and a value such as
 * {@code 2024-07-04}, {@code 2024-W26}, {@code P3W} or {@code PAST_REF}. The public surface is
 * {@link org.annals.time.TimeTagger} (with {@link org.annals.time.SentenceHint} and {@link
 * org.annals.time.Tense} for callers that already know sentences) and the scorer {@link
 * org.annals.time.TemporalEval} with its {@link org.annals.time.TemporalReport}.
 *
 * <p>Invariants: expressions never overlap, never cross a line break or a sentence end, and come in
 * text order; relative expressions resolve against the report date ("Thursday", "last week") or
 * against the date mentioned last before them ("a day later"); the tagger is thread-safe, builds
 * its tables once per JVM, never throws on odd text and reads each token a bounded number of times,
 * so time grows linearly with the text. The rules are our own, written from the TimeML and TIDES
 * annotation guidelines; no code or resources of SUTime or HeidelTime are used.
 */
package org.annals.time;
