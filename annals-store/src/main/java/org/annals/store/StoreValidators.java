package org.annals.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.annals.ingest.Validators;

/**
 * The store's conditional-GET validators: all known ones in memory (loaded when first asked for),
 * new ones written to DuckDB with the next batch commit, or when the writer closes. Thread-safe:
 * fetcher threads may read and put while a batch is filled.
 */
final class StoreValidators implements Validators {
  private final Map<String, Validator> known;
  private final Map<String, Validator> unwritten = new ConcurrentHashMap<>();

  StoreValidators(Map<String, Validator> stored) {
    this.known = new ConcurrentHashMap<>(stored);
  }

  @Override
  public Optional<Validator> get(String url) {
    return Optional.ofNullable(known.get(url));
  }

  @Override
  public void put(String url, Validator validator) {
    if (url == null || url.isBlank() || validator == null) {
      throw new IllegalArgumentException(
          "a validator needs a URL and a value, got " + url + " = " + validator);
    }
    known.put(url, validator);
    unwritten.put(url, validator);
  }

  /** The validators put since they were last written. */
  Map<String, Validator> unwritten() {
    return new HashMap<>(unwritten);
  }

  /** Marks {@code written} as durable (those put again meanwhile stay unwritten). */
  void written(Map<String, Validator> written) {
    written.forEach(unwritten::remove);
  }
}
