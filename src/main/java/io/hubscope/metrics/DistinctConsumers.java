package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The number of distinct consumers who bought at least one shipment of a set of rows: the denominator of every
 * observer's consumer coverage. It is the same for all observers of a replication, so for all rows of a replication
 * it is counted once and kept while the shipments are alive, instead of once per observer (a population-wide bit set
 * filled row by row each time).
 */
final class DistinctConsumers {

  /** Per replication's shipments (by identity; they do not change once simulated): the count and its population. */
  private static final Map<ShipmentColumns, long[]> WHOLE = Collections.synchronizedMap(new WeakHashMap<>());

  private DistinctConsumers() {}

  /**
   * Counts the distinct consumer buyers of some rows.
   *
   * @param read the rows (disjoint ranges of one set of shipments, e.g. shards)
   * @param consumerCount consumers in the population (recipients from this index on are firms)
   * @return distinct consumers among the rows' recipients (0 when no row was read)
   */
  static long count(ViewProfile.RowsRead read, int consumerCount) {
    ShipmentColumns s = read.shipments();
    if (s == null || read.rows() != s.size) {
      return distinct(read, consumerCount);
    }
    long[] kept = WHOLE.get(s);
    if (kept == null || kept[0] != consumerCount) {
      kept = new long[] {consumerCount, distinct(read, consumerCount)};
      WHOLE.put(s, kept);
    }
    return kept[1];
  }

  private static long distinct(ViewProfile.RowsRead read, int consumerCount) {
    long[] seen = new long[(consumerCount + 63) >>> 6];
    read.forEach((s, from, to) -> {
      for (int i = from; i < to; i++) {
        int buyer = s.recipient[i];
        if (buyer < consumerCount) {
          ShardRoutes.set(seen, 0, buyer);
        }
      }
    });
    return ShardRoutes.cardinality(seen);
  }
}
