package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicIntegerArray;
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
}
