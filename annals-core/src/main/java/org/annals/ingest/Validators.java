package org.annals.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validators of pages fetched before ({@code ETag}, {@code Last-Modified}), for conditional GET
 * when a URL is fetched again. The store keeps them between runs; {@link #inMemory()} serves a
 * single run and tests.
 */
public interface Validators {
  /** What a server said about a page the last time. */
  record Validator(String etag, String lastModified) {
    public Validator {
      if ((etag == null || etag.isBlank()) && (lastModified == null || lastModified.isBlank())) {
        throw new IllegalArgumentException("a validator needs an ETag or a Last-Modified date");
      }
    }
  }

  Optional<Validator> get(String url);

  void put(String url, Validator validator);

  /** Validators kept in memory for this process only. */
  static Validators inMemory() {
    Map<String, Validator> map = new ConcurrentHashMap<>();
    return new Validators() {
      @Override
      public Optional<Validator> get(String url) {
        return Optional.ofNullable(map.get(url));
      }

      @Override
      public void put(String url, Validator validator) {
        map.put(url, validator);
      }
    };
  }
}
