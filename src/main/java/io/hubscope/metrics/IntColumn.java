package io.hubscope.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A growable column of {@code int}s for per-record state of an accumulator. A shard's accumulator appends to it;
 * merging moves the other column's chunks over without copying, and {@link #toArray()} concatenates the chunks in
 * merge order once, when the metric emits. Memory is the values plus the slack of the last chunk.
 */
final class IntColumn {

  private final List<int[]> chunks = new ArrayList<>();
  private int[] tail = new int[0];
  private int tailSize;
  private long size;

  /**
   * Appends a value.
   *
   * @param v value
   */
  void add(int v) {
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
  void absorb(IntColumn other) {
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
  int[] toArray() {
    seal();
    int[] out = new int[size()];
    int at = 0;
    for (int[] c : chunks) {
      System.arraycopy(c, 0, out, at, c.length);
      at += c.length;
    }
    return out;
  }

  private void seal() {
    if (tailSize > 0) {
      chunks.add(tailSize == tail.length ? tail : Arrays.copyOf(tail, tailSize));
    }
    tail = new int[0];
    tailSize = 0;
  }
}
