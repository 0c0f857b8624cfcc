package io.hubscope.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * 64-bit keys (with an optional {@code int} or {@code long} payload each) kept in 256 buckets by their top byte, to
 * be handed back sorted or grouped. The expensive part of grouping millions of records by a hash, the pass over all
 * of them, happens while shards are added ({@link #seal} orders a shard's keys by bucket into one chunk), which the
 * engine runs in parallel; when the metric emits, each bucket (a few thousand keys for a replication, gathered from
 * the chunks in merge order) is radix-sorted or counted while it fits in cache, and the buckets in order form the
 * sorted whole (unsigned order, payloads in input order for equal keys). Keys should be well mixed hashes, or
 * buckets will be uneven (still correct).
 */
final class BucketedKeys {

  private static final int BUCKETS = 256;

  /** What a key carries. */
  enum Payload {
    NONE, INT, LONG
  }

  /** Keys sealed at once, ordered by bucket (stably): bucket b is {@code [start[b], start[b + 1])}. */
  private record Chunk(long[] keys, int[] ints, long[] longs, int[] start) {}

  private final Payload payload;
  private final List<Chunk> chunks = new ArrayList<>();
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
  }

  /**
   * Makes room for {@code n} more keys before the next {@link #seal} (an accumulator knows its shard's row count;
   * without it the staging area grows by half as many times as needed).
   *
   * @param n keys about to be added
   */
  void reserve(int n) {
    if (staged == 0 && stagedKeys.length == 0 && SPARE.get().lend(this, n)) {
      return;
    }
    if (staged + n > stagedKeys.length) {
      resize(staged + n);
    }
  }

  /**
   * The staging arrays the last {@link #seal} on a thread released, lent to the next {@link #reserve} on that thread:
   * an accumulator stages a shard's keys and seals them within one {@code add}, so one set per thread that runs
   * shards serves every accumulator and shard without allocating and zeroing a shard-sized area each time. (With one
   * worker that thread is the run's calling thread, which keeps its set after the run: a few MB at most, reused by
   * the next run.)
   */
  private static final class Spare {
    private long[] keys = new long[0];
    private int[] ints = new int[0];
    private long[] longs = new long[0];

    /** Lends the arrays when they hold n keys of the payload kind (they are the borrower's until its seal). */
    boolean lend(BucketedKeys to, int n) {
      if (keys.length < n || to.payload == Payload.INT && ints.length < n
          || to.payload == Payload.LONG && longs.length < n) {
        return false;
      }
      to.stagedKeys = keys;
      keys = new long[0];
      if (to.payload == Payload.INT) {
        to.stagedInts = ints;
        ints = new int[0];
      } else if (to.payload == Payload.LONG) {
        to.stagedLongs = longs;
        longs = new long[0];
      }
      return true;
    }

    /** Takes back a sealed set's staging arrays, keeping the larger of each kind. */
    void release(BucketedKeys from) {
      if (from.stagedKeys.length > keys.length) {
        keys = from.stagedKeys;
      }
      if (from.stagedInts.length > ints.length) {
        ints = from.stagedInts;
      }
      if (from.stagedLongs.length > longs.length) {
        longs = from.stagedLongs;
      }
    }
  }

  private static final ThreadLocal<Spare> SPARE = ThreadLocal.withInitial(Spare::new);

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
      resize(Math.max(64, staged + (staged >> 1)));
    }
  }

  private void resize(int n) {
    stagedKeys = Arrays.copyOf(stagedKeys, n);
    if (payload == Payload.INT) {
      stagedInts = Arrays.copyOf(stagedInts, n);
    } else if (payload == Payload.LONG) {
      stagedLongs = Arrays.copyOf(stagedLongs, n);
    }
  }

  /**
   * Orders the keys added since the last call by bucket into one chunk (one counting pass and one stable scatter).
   * Accumulators call it at the end of {@code add}, so this pass runs on the threads that run the shards; it is also
   * called before merging or reading.
   */
  void seal() {
    if (staged == 0) {
      return;
    }
    int[] start = new int[BUCKETS + 1];
    for (int i = 0; i < staged; i++) {
      start[(int) (stagedKeys[i] >>> 56) + 1]++;
    }
    for (int b = 0; b < BUCKETS; b++) {
      start[b + 1] += start[b];
    }
    int[] at = Arrays.copyOf(start, BUCKETS);
    long[] k = new long[staged];
    int[] in = payload == Payload.INT ? new int[staged] : null;
    long[] lo = payload == Payload.LONG ? new long[staged] : null;
    for (int i = 0; i < staged; i++) {
      int j = at[(int) (stagedKeys[i] >>> 56)]++;
      k[j] = stagedKeys[i];
      if (in != null) {
        in[j] = stagedInts[i];
      }
      if (lo != null) {
        lo[j] = stagedLongs[i];
      }
    }
    chunks.add(new Chunk(k, in, lo, start));
    SPARE.get().release(this);
    staged = 0;
    stagedKeys = new long[0];
    stagedInts = new int[0];
    stagedLongs = new long[0];
  }

  /**
   * Moves another set's keys after this one's (the other set must not be used afterwards).
   *
   * @param other keys of the same payload kind
   */
  void absorb(BucketedKeys other) {
    seal();
    other.seal();
    chunks.addAll(other.chunks);
    other.chunks.clear();
  }

  private int bucketSize(int b) {
    int n = 0;
    for (Chunk c : chunks) {
      n += c.start()[b + 1] - c.start()[b];
    }
    return n;
  }

  /** The keys of a bucket in the order they were added (chunks in merge order), as a fresh array. */
  private long[] bucketKeys(int b) {
    return gather(b, Chunk::keys);
  }

  /** A bucket's entries of one {@code long} column of the chunks, chunks in merge order, as a fresh array. */
  private long[] gather(int b, java.util.function.Function<Chunk, long[]> column) {
    long[] out = new long[bucketSize(b)];
    int at = 0;
    for (Chunk c : chunks) {
      int from = c.start()[b];
      int m = c.start()[b + 1] - from;
      System.arraycopy(column.apply(c), from, out, at, m);
      at += m;
    }
    return out;
  }

  /** Like {@link #bucketKeys}, for the {@code int} payloads (null when not carried). */
  private int[] bucketInts(int b) {
    if (payload != Payload.INT) {
      return null;
    }
    int[] out = new int[bucketSize(b)];
    int at = 0;
    for (Chunk c : chunks) {
      int from = c.start()[b];
      int m = c.start()[b + 1] - from;
      System.arraycopy(c.ints(), from, out, at, m);
      at += m;
    }
    return out;
  }

  /** Like {@link #bucketKeys}, for the {@code long} payloads (null when not carried). */
  private long[] bucketLongs(int b) {
    return payload != Payload.LONG ? null : gather(b, Chunk::longs);
  }

  /** Number of keys. */
  int size() {
    int n = staged;
    for (Chunk c : chunks) {
      n += c.keys().length;
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
   * on the fork-join pool of the calling task: the engine's workers during a run), and the partials are combined in
   * group order, so the result does not depend on the number of threads, floating-point sums included.
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
        largest = Math.max(largest, bucketSize(b));
      }
      int capacity = Integer.highestOneBit(Math.max(8, largest) - 1) << 2;
      long[] slot = new long[capacity];
      int[] size = new int[capacity];
      int[] flagged = new int[capacity];
      for (int b = g * (BUCKETS / GROUPS); b < (g + 1) * (BUCKETS / GROUPS); b++) {
        int mask = Integer.highestOneBit(Math.max(8, bucketSize(b)) - 1) * 4 - 1;
        for (Chunk c : chunks) {
          // the bucket's keys in the order they were added, read in place from each chunk
          long[] k = c.keys();
          for (int i = c.start()[b]; i < c.start()[b + 1]; i++) {
            long key = k[i];
            long cls = key >>> 1;
            int h = (int) (cls ^ (cls >>> 31)) & mask;
            while (size[h] > 0 && slot[h] != cls) {
              h = (h + 1) & mask;
            }
            slot[h] = cls;
            size[h]++;
            flagged[h] += (int) (key & 1);
          }
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
   * bucket), buckets in 16 fixed groups, in parallel on the fork-join pool of the calling task.
   *
   * @param work what to do with one bucket
   * @param <R> result type
   * @return the results in bucket order (256 of them)
   */
  <R> List<R> mapBuckets(BucketWork<R> work) {
    seal();
    List<List<R>> parts = IntStream.range(0, GROUPS).parallel().mapToObj(g -> {
      List<R> part = new ArrayList<>();
      for (int b = g * (BUCKETS / GROUPS); b < (g + 1) * (BUCKETS / GROUPS); b++) {
        part.add(work.apply(bucketKeys(b), bucketInts(b), bucketLongs(b)));
      }
      return part;
    }).toList();
    List<R> out = new ArrayList<>(BUCKETS);
    for (List<R> part : parts) {
      out.addAll(part);
    }
    return out;
  }

  /** Sorted keys and their payloads, in matching order. */
  record Sorted(long[] keys, int[] ints, long[] longs) {}

  /**
   * Sorts every bucket and concatenates them (buckets in 16 fixed groups, in parallel on the fork-join pool of the
   * calling task; each bucket lands in its own range, so the result does not depend on threads).
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
      at[b + 1] = at[b] + bucketSize(b);
    }
    IntStream.range(0, GROUPS).parallel().forEach(g -> {
      for (int b = g * (BUCKETS / GROUPS); b < (g + 1) * (BUCKETS / GROUPS); b++) {
        long[] k = bucketKeys(b);
        int m = k.length;
        if (payload == Payload.INT) {
          int[] p = bucketInts(b);
          RadixSort.sort(k, p, m);
          System.arraycopy(p, 0, outInts, at[b], m);
        } else if (payload == Payload.LONG) {
          long[] p = bucketLongs(b);
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
