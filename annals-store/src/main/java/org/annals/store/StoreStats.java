package org.annals.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a store holds.
 *
 * @param articles stored articles
 * @param stories distinct stories (a wire story reprinted on several sites counts once)
 * @param sources places articles were read from (an article read from three files counts three)
 * @param byPublisher articles by publisher, most first (articles without one are not counted)
 * @param bySection articles by section, most first (articles without one are not counted)
 * @param byDay articles by day of publication ({@code 2024-07-04}), in date order
 * @param bytes the store's size on disk
 */
public record StoreStats(
    long articles,
    long stories,
    long sources,
    Map<String, Long> byPublisher,
    Map<String, Long> bySection,
    Map<String, Long> byDay,
    long bytes) {
  public StoreStats {
    if (articles < 0 || stories < 0 || sources < 0 || bytes < 0) {
      throw new IllegalArgumentException(
          "store counts must not be negative: articles "
              + articles
              + ", stories "
              + stories
              + ", sources "
              + sources
              + ", bytes "
              + bytes);
    }
    byPublisher = Collections.unmodifiableMap(new LinkedHashMap<>(byPublisher));
    bySection = Collections.unmodifiableMap(new LinkedHashMap<>(bySection));
    byDay = Collections.unmodifiableMap(new LinkedHashMap<>(byDay));
  }
}
