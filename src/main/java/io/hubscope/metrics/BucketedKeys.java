package io.hubscope.metrics;

import java.util.List;
import java.util.stream.IntStream;

/**
 * 64-bit keys (with an optional {@code int} or {@code long} payload each) kept in 256 buckets by their top byte, to
 * be handed back sorted. The expensive part of grouping millions of records by a hash, the pass over all of them,
 * happens while shards are added ({@link #seal}), which the engine runs in parallel; when the metric emits, each bucket (a few
 * thousand keys for a replication) is radix-sorted while it fits in cache, and the buckets in order form the
 * sorted whole (unsigned order, payloads in input order for equal keys). Keys should be well mixed hashes, or
 * buckets will be uneven (still correct).
 */
final class BucketedKeys {

  private static final int BUCKETS = 256;

  /** What a key carries. */
  enum Payload {
    NONE, INT, LONG
  }

  private final Payload payload;
  private final LongColumn[] keys = new LongColumn[BUCKETS];
  private final IntColumn[] ints;
  private final LongColumn[] longs;
  private long[] stagedKeys = new long[0];
  private int[] stagedInts = new int[0];
  private long[] stagedLongs = new long[0];
  private int staged;

  /**
   * Empty buckets.
   *
   * @param payload what each key carries
   */
  BucketedKeys(Payload payload) {
    this.payload = payload;
    ints = payload == Payload.INT ? new IntColumn[BUCKETS] : null;
    longs = payload == Payload.LONG ? new LongColumn[BUCKETS] : null;
    for (int b = 0; b < BUCKETS; b++) {
      keys[b] = new LongColumn();
      if (ints != null) {
        ints[b] = new IntColumn();
      }
      if (longs != null) {
        longs[b] = new LongColumn();
      }
    }
  }

  /**
   * Adds a key without payload.
   *
   * @param key key
   */
  void add(long key) {
    grow();
    stagedKeys[staged++] = key;
  }

  /**
   * Adds a key with an {@code int} payload.
   *
   * @param key key
   * @param value payload
   */
  void add(long key, int value) {
    grow();
    stagedInts[staged] = value;
    stagedKeys[staged++] = key;
  }

  /**
   * Adds a key with a {@code long} payload.
   *
   * @param key key
   * @param value payload
   */
  void add(long key, long value) {
    grow();
    stagedLongs[staged] = value;
    stagedKeys[staged++] = key;
  }

  private void grow() {
    if (staged == stagedKeys.length) {
      int n = Math.max(64, staged + (staged >> 1));
      stagedKeys = java.util.Arrays.copyOf(stagedKeys, n);
      if (payload == Payload.INT) {
        stagedInts = java.util.Arrays.copyOf(stagedInts, n);
      } else if (payload == Payload.LONG) {
        stagedLongs = java.util.Arrays.copyOf(stagedLongs, n);
      }
    }
  }

  /**
   * Distributes the keys added since the last call into their buckets (one counting pass and one scatter, each
   * bucket receiving one array). Accumulators call it at the end of {@code add}, so this pass runs on the engine's
   * worker threads; it is also called before merging or reading.
   */
  void seal() {
    if (staged == 0) {
      return;
    }
    int[] count = new int[BUCKETS];
    for (int i = 0; i < staged; i++) {
      count[(int) (stagedKeys[i] >>> 56)]++;
    }
    long[][] k = new long[BUCKETS][];
    int[][] in = payload == Payload.INT ? new int[BUCKETS][] : null;
    long[][] lo = payload == Payload.LONG ? new long[BUCKETS][] : null;
    for (int b = 0; b < BUCKETS; b++) {
      k[b] = new long[count[b]];
      if (in != null) {
        in[b] = new int[count[b]];
      }
      if (lo != null) {
        lo[b] = new long[count[b]];
      }
      count[b] = 0;
    }
    for (int i = 0; i < staged; i++) {
      int b = (int) (stagedKeys[i] >>> 56);
      int at = count[b]++;
      k[b][at] = stagedKeys[i];
      if (in != null) {
        in[b][at] = stagedInts[i];
      }
      if (lo != null) {
        lo[b][at] = stagedLongs[i];
      }
    }
    for (int b = 0; b < BUCKETS; b++) {
      keys[b].addChunk(k[b]);
      if (in != null) {
        ints[b].addChunk(in[b]);
      }
      if (lo != null) {
        longs[b].addChunk(lo[b]);
      }
    }
    staged = 0;
    stagedKeys = new long[0];
    stagedInts = new int[0];
    stagedLongs = new long[0];
  }

  /**
   * Moves another set's keys after this one's, bucket by bucket (the other set must not be used afterwards).
   *
   * @param other keys of the same payload kind
   */
  void absorb(BucketedKeys other) {
    seal();
    other.seal();
    for (int b = 0; b < BUCKETS; b++) {
      keys[b].absorb(other.keys[b]);
      if (ints != null) {
        ints[b].absorb(other.ints[b]);
      }
      if (longs != null) {
        longs[b].absorb(other.longs[b]);
      }
    }
  }

  /** Number of keys. */
  int size() {
    int n = staged;
    for (LongColumn k : keys) {
      n += k.size();
    }
    return n;
  }

  /**
   * Folds one class of equal keys into a partial result.
   *
   * @param <A> partial result type
   */
  @FunctionalInterface
  interface ClassFold<A> {
    /**
     * One class.
     *
     * @param into partial result
     * @param key the keys' common value shifted right by one bit
     * @param size number of keys in the class
     * @param flagged how many of them have their lowest bit set
     */
    void fold(A into, long key, int size, int flagged);
  }

  /** Buckets are processed in this many groups, in parallel when threads are free; the grouping is fixed. */
  private static final int GROUPS = 16;

  /**
   * Folds every class of keys equal but for their lowest bit (the bit is a flag, e.g. "held by the observer" or "a
   * firm") into a result. Each bucket is counted in an open-addressing table that stays in cache, O(n) overall with
   * no sort. The 256 buckets are split into 16 fixed groups, each folded into its own partial result (in parallel
   * on the common pool when it has threads to spare), and the partials are combined in group order, so the result
   * does not depend on the number of threads, floating-point sums included.
   *
   * @param fresh makes an empty partial result
   * @param fold folds one class into a partial result
   * @param combine adds the second partial result into the first
   * @param <A> result type
   * @return the combined result
   */
  <A> A foldClasses(java.util.function.Supplier<A> fresh, ClassFold<A> fold,
      java.util.function.BiConsumer<A, A> combine) {
    seal();
    List<A> parts = IntStream.range(0, GROUPS).parallel().mapToObj(g -> {
      A part = fresh.get();
      int largest = 0;
      for (int b = g * (BUCKETS / GROUPS); b < (g + 1) * (BUCKETS / GROUPS); b++) {
        largest = Math.max(largest, keys[b].size());
      }
      int capacity = Integer.highestOneBit(Math.max(8, largest) - 1) << 2;
      long[] slot = new long[capacity];
      int[] size = new int[capacity];
      int[] flagged = new int[capacity];
      for (int b = g * (BUCKETS / GROUPS); b < (g + 1) * (BUCKETS / GROUPS); b++) {
        long[] k = keys[b].toArray();
        int mask = Integer.highestOneBit(Math.max(8, k.length) - 1) * 4 - 1;
        for (long key : k) {
          long cls = key >>> 1;
          int h = (int) (cls ^ (cls >>> 31)) & mask;
          while (size[h] > 0 && slot[h] != cls) {
            h = (h + 1) & mask;
          }
          slot[h] = cls;
          size[h]++;
          flagged[h] += (int) (key & 1);
        }
        for (int h = 0; h <= mask; h++) {
          if (size[h] > 0) {
            fold.fold(part, slot[h], size[h], flagged[h]);
            size[h] = 0;
            flagged[h] = 0;
          }
        }
      }
      return part;
    }).toList();
    A total = fresh.get();
    for (A part : parts) {
      combine.accept(total, part);
    }
    return total;
  }

  /**
   * Work on the keys of one bucket.
   *
   * @param <R> result type
   */
  @FunctionalInterface
  interface BucketWork<R> {
    /**
     * One bucket.
     *
     * @param keys the bucket's keys, in the order they were added (the array may be kept)
     * @param ints their {@code int} payloads, or null
     * @param longs their {@code long} payloads, or null
     * @return the bucket's result
     */
    R apply(long[] keys, int[] ints, long[] longs);
  }

  /**
   * Applies a function to every bucket (every key lands in the bucket of its top byte, so equal keys share a
   * bucket), buckets in 16 fixed groups, in parallel on the common pool when it has threads to spare.
   *
   * @param work what to do with one bucket
   * @param <R> result type
   * @return the results in bucket order (256 of them)
   */
  <R> List<R> mapBuckets(BucketWork<R> work) {
    seal();
    List<List<R>> parts = IntStream.range(0, GROUPS).parallel().mapToObj(g -> {
      List<R> part = new java.util.ArrayList<>();
      for (int b = g * (BUCKETS / GROUPS); b < (g + 1) * (BUCKETS / GROUPS); b++) {
        part.add(work.apply(keys[b].toArray(), ints == null ? null : ints[b].toArray(),
            longs == null ? null : longs[b].toArray()));
      }
      return part;
    }).toList();
    List<R> out = new java.util.ArrayList<>(BUCKETS);
    for (List<R> part : parts) {
      out.addAll(part);
    }
    return out;
  }

  /** Sorted keys and their payloads, in matching order. */
  record Sorted(long[] keys, int[] ints, long[] longs) {}

  /**
   * Sorts every bucket and concatenates them (buckets in 16 fixed groups, in parallel on the common pool when it
   * has threads to spare; each bucket lands in its own range, so the result does not depend on threads).
   *
   * @return keys in unsigned order with their payloads (null arrays for the payload kinds not carried)
   */
  Sorted sorted() {
    seal();
    int n = size();
    long[] outKeys = new long[n];
    int[] outInts = payload == Payload.INT ? new int[n] : null;
    long[] outLongs = payload == Payload.LONG ? new long[n] : null;
    int[] at = new int[BUCKETS + 1];
    for (int b = 0; b < BUCKETS; b++) {
      at[b + 1] = at[b] + keys[b].size();
    }
    IntStream.range(0, GROUPS).parallel().forEach(g -> {
      for (int b = g * (BUCKETS / GROUPS); b < (g + 1) * (BUCKETS / GROUPS); b++) {
        long[] k = keys[b].toArray();
        int m = k.length;
        if (payload == Payload.INT) {
          int[] p = ints[b].toArray();
          RadixSort.sort(k, p, m);
          System.arraycopy(p, 0, outInts, at[b], m);
        } else if (payload == Payload.LONG) {
          long[] p = longs[b].toArray();
          RadixSort.sort(k, p, m);
          System.arraycopy(p, 0, outLongs, at[b], m);
        } else {
          RadixSort.sort(k, m);
        }
        System.arraycopy(k, 0, outKeys, at[b], m);
      }
    });
    return new Sorted(outKeys, outInts, outLongs);
  }

}
