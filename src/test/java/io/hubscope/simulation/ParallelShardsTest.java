package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ParallelShardsTest {

  @Test
  void runsEveryShardOnce() {
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      AtomicIntegerArray runs = new AtomicIntegerArray(5);
      ParallelShards.run(pool, 5, runs::incrementAndGet);
      for (int s = 0; s < 5; s++) {
        assertThat(runs.get(s)).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rethrowsTheLowestFailingShardsOwnExceptionFromAForkJoinPool() {
    // a fork-join pool's get() rethrows a copy whose message wraps the original's; the caller gets the original
    ForkJoinPool pool = new ForkJoinPool(2);
    IllegalArgumentException three = new IllegalArgumentException("shard 3 is bad");
    try {
      assertThatThrownBy(() -> ParallelShards.run(pool, 6, s -> {
        if (s == 3) {
          throw three;
        }
        if (s == 5) {
          throw new IllegalStateException("shard 5 is bad");
        }
      })).isSameAs(three).hasMessage("shard 3 is bad");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rethrowsAnErrorAsItIs() {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      assertThatThrownBy(() -> ParallelShards.run(single, 2, s -> {
        throw new OutOfMemoryError("Java heap space");
      })).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    } finally {
      single.shutdownNow();
    }
  }

  @Test
  void aOneWorkerPoolLeavesTheShardsToTheCallingThreadInOrder() {
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      List<String> ran = new ArrayList<>();
      Thread caller = Thread.currentThread();
      ParallelShards.run(pool, 4, s -> ran.add(s + (Thread.currentThread() == caller ? " here" : " elsewhere")));
      assertThat(ran).containsExactly("0 here", "1 here", "2 here", "3 here");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aOneWorkerPoolStopsAtTheFirstFailingShard() {
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      List<Integer> ran = new ArrayList<>();
      assertThatThrownBy(() -> ParallelShards.run(pool, 5, s -> {
        ran.add(s);
        if (s >= 2) {
          throw new IllegalStateException("shard " + s + " is bad");
        }
      })).isInstanceOf(IllegalStateException.class).hasMessage("shard 2 is bad");
      assertThat(ran).containsExactly(0, 1, 2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onTheCallingThreadAnInterruptStopsBeforeTheNextShard() {
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      List<Integer> ran = new ArrayList<>();
      assertThatThrownBy(() -> ParallelShards.run(pool, 4, s -> {
        ran.add(s);
        if (s == 1) {
          Thread.currentThread().interrupt();
        }
      })).isInstanceOf(IllegalStateException.class).hasMessage("interrupted");
      assertThat(ran).containsExactly(0, 1);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
      pool.shutdownNow();
    }
  }

  @Test
  void inPoolRunsOnAWorkerOfThePoolEvenWithOneWorker() {
    // so the parallel streams a metric starts there run on that pool, not on the JVM's common pool
    ForkJoinPool pool = new ForkJoinPool(1);
    try {
      AtomicReference<ForkJoinPool> ranIn = new AtomicReference<>();
      ParallelShards.inPool(pool, () -> ranIn.set(Thread.currentThread() instanceof ForkJoinWorkerThread w
          ? w.getPool() : null));
      assertThat(ranIn.get()).isSameAs(pool);
    } finally {
      pool.shutdownNow();
    }
  }
}
