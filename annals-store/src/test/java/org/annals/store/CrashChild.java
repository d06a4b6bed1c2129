package org.annals.store;

import java.nio.file.Path;
import java.time.Instant;
import org.annals.model.Article;

/**
 * The child process of {@link StoreKillTest}: writes numbered synthetic articles in small batches,
 * resuming after the store's checkpoint, and prints {@code committed N} after each commit returns,
 * until it is killed.
 */
public final class CrashChild {
  static final String KEY = "crash-test";
  static final int BATCH = 40;

  private CrashChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    SyntheticNews news = new SyntheticNews(11);
    try (Store store = Store.openForWriting(dir)) {
      String after = store.resume(KEY).afterPosition();
      int next = after == null ? 0 : Integer.parseInt(after);
      System.out.println("resumed " + next);
      System.out.flush();
      while (true) {
        Batch b = store.batch();
        for (int i = 0; i < BATCH; i++, next++) {
          Article a = news.article(next);
          b.add(a, new Provenance(a.source(), KEY, Instant.EPOCH.plusSeconds(next)));
        }
        b.checkpoint(KEY, Integer.toString(next));
        b.commit();
        System.out.println("committed " + next);
        System.out.flush();
      }
    }
  }
}
