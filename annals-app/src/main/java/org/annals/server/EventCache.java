package org.annals.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.EventQuery;
import org.annals.store.MergedEvent;
import org.annals.store.Store;

/**
 * The merged events of the last {@value #SIZE} event queries, so that a dashboard asking for the
 * same dyad's events, series and network in turn merges them once. An entry is kept with the
 * store's {@link Store#version()} it was read at and is dropped when anything was committed since.
 */
final class EventCache {
  static final int SIZE = 64;

  private record Key(EventQuery query, boolean withJson) {}

  private record Entry(long version, List<MergedEvent> events) {}

  private final Store store;
  private final Map<Key, Entry> entries =
      new LinkedHashMap<>(SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > SIZE;
        }
      };

  EventCache(Store store) {
    this.store = store;
  }

  /** The events {@code q} selects, as {@link Store#events(EventQuery, boolean)} gives them. */
  List<MergedEvent> events(EventQuery q, boolean withJson) {
    Key key = new Key(q, withJson);
    long version = store.version();
    synchronized (entries) {
      Entry e = entries.get(key);
      if (e != null && e.version() == version) {
        return e.events();
      }
    }
    List<MergedEvent> events = store.events(q, withJson);
    synchronized (entries) {
      entries.put(key, new Entry(version, events));
    }
    return events;
  }
}
