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

  private record Entry(long version, List<MergedEvent> events) {}

  private final Store store;
  private final Map<EventQuery, Entry> entries =
      new LinkedHashMap<>(SIZE, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<EventQuery, Entry> eldest) {
          return size() > SIZE;
        }
      };

  EventCache(Store store) {
    this.store = store;
  }

  /** The events {@code q} selects, as {@link Store#events} gives them. */
  List<MergedEvent> events(EventQuery q) {
    long version = store.version();
    synchronized (entries) {
      Entry e = entries.get(q);
      if (e != null && e.version() == version) {
        return e.events();
      }
    }
    List<MergedEvent> events = store.events(q);
    synchronized (entries) {
      entries.put(q, new Entry(version, events));
    }
    return events;
  }
}
