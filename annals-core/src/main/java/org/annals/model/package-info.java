/**
 * The values that cross stages, as validated records, and their JSON forms (article schema v1).
 *
 * <p>Input: nothing (this package depends on Jackson only, for the JSON form). Output: records such
 * as {@link org.annals.model.Article} and {@link org.annals.model.RawDocument}. Invariants: every
 * record validates in its compact constructor with a message naming the field and the value;
 * collections are copied to unmodifiable lists; text offsets in later stages index {@link
 * org.annals.model.Article#text()}.
 */
package org.annals.model;
