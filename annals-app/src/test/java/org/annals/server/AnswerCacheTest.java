package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The answer cache on its own: kept per version, bounded by bytes, least recently used first. */
class AnswerCacheTest {
  private final AtomicLong version = new AtomicLong(1);
  private final AtomicInteger made = new AtomicInteger();

  private AnswerCache.Answer answer(String body) {
    made.incrementAndGet();
    return new AnswerCache.Answer(
        "application/json; charset=utf-8", null, body.getBytes(StandardCharsets.UTF_8));
  }

  private AnswerCache.Answer sized(int bytes) {
    made.incrementAndGet();
    return new AnswerCache.Answer("text/plain", null, new byte[bytes]);
  }

  @Test
  void get_sameKeyAtTheSameVersion_makesTheAnswerOnce() {
    AnswerCache cache = new AnswerCache(version::get, 1000);
    AnswerCache.Answer first = cache.get("k", () -> answer("{\"n\":1}"));
    AnswerCache.Answer second = cache.get("k", () -> answer("{\"n\":2}"));
    assertThat(second).isSameAs(first);
    assertThat(made).hasValue(1);
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(1);
  }

  @Test
  void get_afterACommitMovedTheVersion_makesTheAnswerAgain() {
    AnswerCache cache = new AnswerCache(version::get, 1000);
    cache.get("k", () -> answer("{\"n\":1}"));
    version.incrementAndGet();
    AnswerCache.Answer fresh = cache.get("k", () -> answer("{\"n\":2}"));
    assertThat(new String(fresh.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":2}");
    assertThat(made).hasValue(2);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.bytes()).isEqualTo(7);
  }

  @Test
  void get_beyondTheBound_dropsTheLeastRecentlyUsedAndStaysWithinIt() {
    AnswerCache cache = new AnswerCache(version::get, 1000);
    for (int i = 0; i < 10; i++) {
      int n = i;
      cache.get(n, () -> sized(100));
    }
    assertThat(cache.bytes()).isEqualTo(1000);
    cache.get(0, () -> sized(100)); // used again: now the most recent
    cache.get(10, () -> sized(100)); // pushes out the least recently used, 1
    assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
    assertThat(cache.size()).isEqualTo(10);
    int before = made.get();
    cache.get(0, () -> sized(100));
    assertThat(made).as("0 was kept").hasValue(before);
    cache.get(1, () -> sized(100));
    assertThat(made).as("1 was dropped").hasValue(before + 1);
    for (int i = 0; i < 1000; i++) {
      int n = 100 + i;
      cache.get(n, () -> sized(1 + n % 97));
      assertThat(cache.bytes()).isLessThanOrEqualTo(1000);
    }
  }

  @Test
  void get_anAnswerOverATenthOfTheBound_isGivenButNotKept() {
    AnswerCache cache = new AnswerCache(version::get, 1000);
    assertThat(cache.get("big", () -> sized(101)).body()).hasSize(101);
    assertThat(cache.size()).isZero();
    cache.get("big", () -> sized(101));
    assertThat(made).hasValue(2);
  }

  @Test
  void get_whenMakingTheAnswerFails_keepsNothingAndPassesTheFailureOn() {
    AnswerCache cache = new AnswerCache(version::get, 1000);
    assertThatThrownBy(
            () ->
                cache.get(
                    "k",
                    () -> {
                      throw ApiException.badRequest("too long a range");
                    }))
        .isInstanceOf(ApiException.class);
    assertThat(cache.size()).isZero();
    assertThat(cache.get("k", () -> answer("{}")).body()).hasSize(2);
  }

  @Test
  void new_nonPositiveBound_isRefused() {
    assertThatThrownBy(() -> new AnswerCache(version::get, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
  }
}
