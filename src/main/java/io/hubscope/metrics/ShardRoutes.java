package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;
import java.lang.ref.WeakReference;

/**
 * One shard's shipments summarised by route, computed once and shared by every observer's coverage: what an observer
 * holds is fixed per route, so its coverage is a union over the routes it touches. Per route: the number of
 * shipments, their declared value in whole cents, bit sets of the merchants, businesses, zones and categories seen on
 * it, and the list of consumer buyers of its shipments (consumers are too many for a bit set per route, or even one
 * per shard: its size would grow with the population in every shard); plus the union of each small set over all
 * routes. An observer then pays per touched route for the small sets and per shipment for the consumer bits.
 *
 * <p>Sharing: the engine runs every (observer, metric) accumulator of a shard in a row on one thread, so each thread
 * keeps the summary of the shard it is working on ({@link #of}, a {@link ShardLocal}); shipments must not change once
 * simulated.
 */
final class ShardRoutes {

  /** Entity kinds with a bit set per route, in this order. */
  static final int MERCHANTS = 0;
  static final int BUSINESSES = 1;
  static final int ZONES = 2;
  static final int CATEGORIES = 3;

  private static final ShardLocal<ShardRoutes> CURRENT = new ShardLocal<>();

  private final WeakReference<World> world;

  /** Shipments per route. */
  final long[] count;
  /** Declared value per route, whole cents (each shipment rounded to the cent). */
  final long[] cents;
  /** Words per bit set of each kind. */
  final int[] words;
  /** Per kind: route r's bit set at words [r * words[kind], (r + 1) * words[kind]). */
  final long[][] perRoute;
  /** Per kind: the union over routes. */
  final long[][] all;
  /** Consumer buyers grouped by route: route r's at [consumerStart[r], consumerStart[r + 1]). */
  final int[] consumers;
  /** Start of each route's consumers in {@link #consumers}, length routes + 1. */
  final int[] consumerStart;

  private ShardRoutes(ShipmentColumns s, int from, int to, World world, int routes, int categoryCount) {
    this.world = new WeakReference<>(world);
    int consumerCount = world.consumerCount();
    int[] sizes = {world.merchantCount(), world.businessCount(), world.zones().zoneCount(), categoryCount};
    words = new int[4];
    perRoute = new long[4][];
    all = new long[4][];
    for (int k = 0; k < 4; k++) {
      words[k] = (sizes[k] + 63) >>> 6;
      perRoute[k] = new long[routes * words[k]];
      all[k] = new long[words[k]];
    }
    count = new long[routes];
    cents = new long[routes];
    consumerStart = new int[routes + 1];
    for (int i = from; i < to; i++) {
      int r = s.route[i];
      count[r]++;
      cents[r] += Math.round(s.value[i] * 100.0);
      set(perRoute[MERCHANTS], r * words[MERCHANTS], s.merchant[i]);
      set(perRoute[ZONES], r * words[ZONES], s.zone[i]);
      set(perRoute[CATEGORIES], r * words[CATEGORIES], s.category[i]);
      int buyer = s.recipient[i];
      if (buyer < consumerCount) {
        consumerStart[r + 1]++;
      } else {
        set(perRoute[BUSINESSES], r * words[BUSINESSES], buyer - consumerCount);
      }
    }
    for (int r = 0; r < routes; r++) {
      consumerStart[r + 1] += consumerStart[r];
    }
    consumers = new int[consumerStart[routes]];
    int[] next = consumerStart.clone();
    for (int i = from; i < to; i++) {
      int buyer = s.recipient[i];
      if (buyer < consumerCount) {
        consumers[next[s.route[i]]++] = buyer;
      }
    }
    for (int k = 0; k < 4; k++) {
      for (int r = 0; r < routes; r++) {
        orInto(all[k], perRoute[k], r * words[k]);
      }
    }
  }

  /**
   * The summary of a shard for the calling thread (computed when the thread moved on to another shard).
   *
   * @param s shipments
   * @param from first row
   * @param to end row
   * @param world the replication's world (population sizes)
   * @param routes number of routes
   * @param categoryCount number of categories
   * @return the shard's summary
   */
  static ShardRoutes of(ShipmentColumns s, int from, int to, World world, int routes, int categoryCount) {
    return CURRENT.get(s, from, to,
        c -> c.world.get() == world && c.count.length == routes && c.words[CATEGORIES] == (categoryCount + 63) >>> 6,
        () -> new ShardRoutes(s, from, to, world, routes, categoryCount));
  }

  /**
   * ORs route r's bit set of a kind into {@code target}.
   *
   * @param kind entity kind
   * @param route route
   * @param target bit set of that kind
   */
  void orRoute(int kind, int route, long[] target) {
    orInto(target, perRoute[kind], route * words[kind]);
  }

  /**
   * ORs a bit set stored in {@code source} from word {@code offset} on into {@code target}.
   *
   * @param target bit set, as words
   * @param source words holding the bit set to add
   * @param offset first word of that bit set in {@code source}
   */
  static void orInto(long[] target, long[] source, int offset) {
    for (int w = 0; w < target.length; w++) {
      target[w] |= source[offset + w];
    }
  }

  /**
   * Sets a bit of a bit set stored in {@code words} from word {@code offset} on.
   *
   * @param words words holding the bit set
   * @param offset first word of the bit set
   * @param bit bit to set
   */
  static void set(long[] words, int offset, int bit) {
    words[offset + (bit >>> 6)] |= 1L << bit;
  }

  /**
   * The number of bits set in a bit set.
   *
   * @param words the bit set, as words
   * @return its cardinality
   */
  static long cardinality(long[] words) {
    long n = 0;
    for (long w : words) {
      n += Long.bitCount(w);
    }
    return n;
  }
}
