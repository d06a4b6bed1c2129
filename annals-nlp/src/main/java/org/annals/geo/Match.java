package org.annals.geo;

/**
 * A place found under a name.
 *
 * @param place the place
 * @param alternate found under an alternate name rather than its name
 * @param prior its score without context ({@link Place#prior}, adjusted among namesakes)
 */
record Match(Place place, boolean alternate, double prior) {}
