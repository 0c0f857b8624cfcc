package io.hubscope.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs one task per shard and waits for all of them; when some fail, rethrows the lowest-numbered failing shard's own
 * exception.
 *
 * <p>Hand-overs cost: with a one-worker pool, a replication of a million shipments made over 200 shard tasks, and in a
 * wall-clock profile the worker spent 4% of its time asleep waiting for the calling thread and 2% waking that thread
 * (each wake-up on this project's virtual machine crosses to the other core). So a fork-join pool of ONE worker does
 * not get the shards at all: the calling thread runs them itself, in order, the same work on one thread with no
 * thread waiting for another ({@code bench/pair} against the hand-overs: 0.974, 0.994 and 0.953 in three runs, about
 * 3%). With more workers, the caller waits for the last shard first, which for tasks submitted from outside the pool
 * (taken first in, first out) is mostly the last to finish: one wake-up per call instead of one per shard.
 *
 * <p>Failures: on the calling thread, the first failing shard stops the run (later shards do not start). On a pool,
 * the shards before the lowest failing one finish, and the others are cancelled.
 */
public final class ParallelShards {

  private ParallelShards() {}

  /**
   * Runs {@code task} for shards {@code 0..shards-1}.
   *
   * @param executor where to run: a fork-join pool of parallelism 1 means the calling thread, in shard order; any
   *     other executor gets one task per shard
   * @param shards number of shards
   * @param task work of one shard; must only write rows or state owned by that shard
   */
  public static void run(ExecutorService executor, int shards, IntConsumer task) {
    if (executor instanceof ForkJoinPool pool && pool.getParallelism() == 1) {
      for (int s = 0; s < shards; s++) {
        if (Thread.currentThread().isInterrupted()) {
          throw new IllegalStateException("interrupted");
        }
        // the first failure is the lowest-numbered one: it propagates as thrown, and later shards do not run
        task.accept(s);
      }
      return;
    }
    submitAndWait(executor, shards, task);
  }

  /**
   * Runs {@code task} as a task of {@code executor} and waits for it: a fork-join pool's task runs the parallel
   * streams it starts on that pool's workers, not on the JVM's common pool (called from outside the pool, the task
   * runs on a worker; from a worker of the same pool, the pool may run it on that worker).
   *
   * @param executor where to run
   * @param task the work
   */
  public static void inPool(ExecutorService executor, Runnable task) {
    submitAndWait(executor, 1, shard -> task.run());
  }

  private static void submitAndWait(ExecutorService executor, int shards, IntConsumer task) {
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
    // the last shard first (see the class comment), then the others in order: the first of those found failed is the
    // lowest failing shard (all before it succeeded), so the rest are cancelled and its exception rethrown; the last
    // shard's own failure counts only when no other shard failed
    int last = shards - 1;
    boolean lastFailed = shards > 0 && !await(futures, last, failed);
    for (int s = 0; s < last; s++) {
      if (!await(futures, s, failed)) {
        futures.forEach(f -> f.cancel(true));
        rethrow(failed[s]);
      }
    }
    if (lastFailed) {
      rethrow(failed[last]);
    }
  }

  /** Waits for shard s; false when it failed (its exception kept in {@code failed}). */
  private static boolean await(List<Future<?>> futures, int s, Throwable[] failed) {
    try {
      futures.get(s).get();
      return true;
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (failed[s] == null) {
        failed[s] = e.getCause();
      }
      return false;
    }
  }

  private static void rethrow(Throwable cause) {
    if (cause instanceof RuntimeException re) {
      throw re;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(cause);
  }
}
