/** Shared helpers for every stage. <b>Not API</b>: anything here may change without notice. */
package org.annals.internal;
