package io.hubscope.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable column of {@code long}s for per-record state of an accumulator. A shard's accumulator appends to it;
 * merging moves the other column's chunks over without copying, and {@link #toArray()} concatenates the chunks in
 * merge order once, when the metric emits. Memory is the values plus the slack of the last chunk.
 */
final class LongColumn {

  private final List<long[]> chunks = new ArrayList<>();
  private long[] tail = new long[0];
  private int tailSize;
  private long size;

  /**
   * Appends a value.
   *
   * @param v value
   */
  void add(long v) {
    if (tailSize == tail.length) {
      tail = Arrays.copyOf(tail, Math.max(16, tailSize + (tailSize >> 1)));
    }
    tail[tailSize++] = v;
    size++;
  }

  /**
   * Moves another column's values after this one's (the other column must not be used afterwards).
   *
   * @param other column
   */
  void absorb(LongColumn other) {
    seal();
    other.seal();
    chunks.addAll(other.chunks);
    size += other.size;
    other.chunks.clear();
    other.size = 0;
  }

  /** Number of values. */
  int size() {
    return Math.toIntExact(size);
  }

  /** The values in order, as a fresh array. */
  long[] toArray() {
    seal();
    long[] out = new long[size()];
    int at = 0;
    for (long[] c : chunks) {
      System.arraycopy(c, 0, out, at, c.length);
      at += c.length;
    }
    return out;
  }

  private void seal() {
    if (tailSize > 0) {
      chunks.add(tailSize == tail.length ? tail : Arrays.copyOf(tail, tailSize));
    }
    tail = new long[0];
    tailSize = 0;
  }
}
