package org.annals.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a function over inputs on {@code threads} threads and hands the results to a consumer in
 * input order, with a bounded window so memory stays flat on a large batch. The function must not
 * throw: it returns an {@link Outcome} for failures.
 */
public final class OrderedParallel {
  private OrderedParallel() {}

  public static <I, O> void run(List<I> inputs, int threads, Function<I, O> fn, Consumer<O> sink) {
    if (threads <= 1 || inputs.size() <= 1) {
      inputs.forEach(i -> sink.accept(fn.apply(i)));
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "annals-worker");
              t.setDaemon(true);
              return t;
            });
    try {
      Deque<Future<O>> window = new ArrayDeque<>();
      int next = 0;
      int size = threads * 4;
      while (next < inputs.size() || !window.isEmpty()) {
        while (next < inputs.size() && window.size() < size) {
          I in = inputs.get(next++);
          window.add(pool.submit(() -> fn.apply(in)));
        }
        sink.accept(get(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <O> O get(Future<O> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "a worker threw; stage functions must return failures as outcomes", e.getCause());
    }
  }
}
