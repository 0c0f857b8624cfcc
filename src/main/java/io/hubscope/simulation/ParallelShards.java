package io.hubscope.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs one task per shard on an executor and waits for all of them; when some fail, rethrows the lowest-numbered
 * failing shard's own exception.
 */
public final class ParallelShards {

  private ParallelShards() {}

  /**
   * Runs {@code task} for shards {@code 0..shards-1}.
   *
   * @param executor where to run (a single-thread executor runs them in order)
   * @param shards number of shards
   * @param task work of one shard; must only write rows or state owned by that shard
   */
  public static void run(ExecutorService executor, int shards, IntConsumer task) {
    // each shard's failure as thrown: a fork-join pool rethrows copies of its tasks' exceptions, with their own
    // messages wrapped, so the original is kept here
    Throwable[] failed = new Throwable[shards];
    List<Future<?>> futures = new ArrayList<>(shards);
    for (int s = 0; s < shards; s++) {
      int shard = s;
      futures.add(executor.submit(() -> {
        try {
          task.accept(shard);
        } catch (RuntimeException | Error e) {
          failed[shard] = e;
          throw e;
        }
      }));
    }
    for (int s = 0; s < shards; s++) {
      try {
        futures.get(s).get();
      } catch (InterruptedException e) {
        futures.forEach(f -> f.cancel(true));
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        futures.forEach(f -> f.cancel(true));
        Throwable cause = failed[s] != null ? failed[s] : e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
  }
}
