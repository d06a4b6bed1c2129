/**
 * Synthetic news for benchmarks and crash tests: seeded, so the same seed always gives the same
 * corpus; written by the program from its own word lists, so no publisher's text is involved.
 */
package org.annals.bench;
