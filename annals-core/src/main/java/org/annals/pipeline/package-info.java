/**
 * Wiring of the stages and parallel execution: runs a stage over many inputs on several threads,
 * keeps the output in input order, and turns each input's failure into a reported result so a batch
 * never dies.
 */
package org.annals.pipeline;
