package io.hubscope.metrics;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObservedCodes;
import io.hubscope.simulation.ShipmentColumns;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Observed codes of one shard, one column per (field, form), computed on first use and shared by every observer
 * and metric that reads the same field in the same form on the same rows. The code of a field in a form does not
 * depend on who holds it, and the engine runs every (observer, metric) accumulator of a shard in a row on one
 * thread, so each thread keeps the columns of the shard it is working on ({@link ShardLocal}): a field held in
 * clear by six observers is coded once per shard instead of six times per metric.
 *
 * <p>Memory: 8 bytes per row per distinct (field, form) in use, for one shard per thread that runs shards (with one
 * worker, the run's calling thread, which keeps them after the run until it measures another shard).
 */
final class ShardCodes {

  private record Key(int field, FieldForm form) {}

  private record Derived(Object owner, int kind) {}

  private final WeakReference<ObservedCodes> codes;
  private final WeakReference<ShipmentColumns> shipments;
  private final int from;
  private final int to;
  private final int replication;
  private final Map<Key, long[]> columns = new HashMap<>();
  private final Map<Derived, long[]> derived = new HashMap<>();

  private ShardCodes(ObservedCodes codes, ShipmentColumns s, int from, int to, int replication) {
    this.codes = new WeakReference<>(codes);
    this.shipments = new WeakReference<>(s);
    this.from = from;
    this.to = to;
    this.replication = replication;
  }

  private static final ShardLocal<ShardCodes> CURRENT = new ShardLocal<>();

  /**
   * The columns of a shard for the calling thread (a fresh set when the thread moved on to another shard).
   *
   * @param codes code book of the replication
   * @param s shipments
   * @param from first row
   * @param to end row
   * @param replication replication
   * @return the shard's columns
   */
  static ShardCodes of(ObservedCodes codes, ShipmentColumns s, int from, int to, int replication) {
    return CURRENT.get(s, from, to, c -> c.codes.get() == codes && c.replication == replication,
        () -> new ShardCodes(codes, s, from, to, replication));
  }

  /**
   * The codes of a field in a form for every row of the shard.
   *
   * @param field field index
   * @param form form
   * @return codes, index {@code row - from}; must not be modified
   */
  long[] column(int field, FieldForm form) {
    return columns.computeIfAbsent(new Key(field, form), k -> {
      ObservedCodes book = codes.get();
      ShipmentColumns s = shipments.get();
      long[] out = new long[to - from];
      book.codes(field, form, s, from, to, replication, out);
      return out;
    });
  }

  /**
   * A per-row array derived from the columns by one owner (e.g. an observer's quasi-identifier hashes), computed
   * once per shard.
   *
   * @param owner the owner (compared by its equals, identity for a profile)
   * @param kind what is derived
   * @param compute computes the array
   * @return the array; must not be modified
   */
  long[] derived(Object owner, int kind, java.util.function.Supplier<long[]> compute) {
    Derived key = new Derived(owner, kind);
    long[] v = derived.get(key);
    if (v == null) {
      v = compute.get();
      derived.put(key, v);
    }
    return v;
  }

  /** First row. */
  int from() {
    return from;
  }
}
