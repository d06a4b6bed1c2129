package org.annals.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real writer process with SIGKILL mid-ingest, twice, and checks what survived. */
class StoreKillTest {
  @TempDir Path dir;

  @Test
  void openForWriting_afterKill9MidBatch_losesNothingCommittedAndStoresNothingTwice()
      throws Exception {
    Random random = new Random(9);
    int reported = 0;
    for (int run = 0; run < 2; run++) {
      Process child = start();
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line = out.readLine();
        assertThat(line).as("child's first line").isEqualTo("resumed " + reported);
        int commits = 0;
        while (commits < 3 && (line = out.readLine()) != null) {
          if (line.startsWith("committed ")) {
            reported = Integer.parseInt(line.substring("committed ".length()));
            commits++;
          }
        }
        Thread.sleep(random.nextInt(150));
        while (out.ready() && (line = out.readLine()) != null) {
          if (line.startsWith("committed ")) {
            reported = Integer.parseInt(line.substring("committed ".length()));
          }
        }
        child.destroyForcibly(); // SIGKILL; a commit reported after the last read only makes the
        // check looser
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      try (Store store = Store.openForWriting(dir)) {
        int checkpoint = Integer.parseInt(store.resume(CrashChild.KEY).afterPosition());
        assertThat(checkpoint)
            .as("nothing reported committed is lost")
            .isGreaterThanOrEqualTo(reported);
        assertThat(store.stats().articles())
            .as("every article up to the checkpoint, once")
            .isEqualTo(checkpoint);
        SyntheticNews news = new SyntheticNews(11);
        assertThat(store.article(news.article(checkpoint - 1).id())).isPresent();
        assertThat(store.article(news.article(checkpoint).id())).isEmpty();
        reported = checkpoint;
      }
    }
    try (Store store = Store.openForWriting(dir)) {
      assertThat(store.recovery().clean()).isTrue();
    }
  }

  private Process start() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            CrashChild.class.getName(),
            dir.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}
