package io.hubscope.simulation;

import io.hubscope.world.AliasTable;
import io.hubscope.world.World;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws the consumer who places an order, with probability proportional to their purchase rate, in two stages: the
 * zone (alias table over the zones' total rates, small enough to stay in cache), then the consumer within the zone
 * (alias table over that zone's consumers). The product of the two probabilities is r_i / &Sigma; r, the same
 * distribution as one table over all consumers, but the zone comes out of the draw instead of a lookup in a large
 * column: one cache miss per order instead of two. Consumers are stored zone by zone in the world, so the consumer
 * index is the zone's first consumer plus the position drawn.
 *
 * <p>Layout: the within-zone tables are packed side by side in one flat array indexed by consumer (each entry holds
 * the column's threshold and its alias as a consumer index), so the draw is one access to one array and the draws of
 * a block of orders are independent loads the processor overlaps.
 */
final class ConsumerSampler {

  private final AliasTable zones;
  private final long[] packed;
  private final int[] firstConsumer;
  private final int[] zoneSize;

  ConsumerSampler(World world) {
    var consumers = world.consumers();
    double[] rate = consumers.ordersPerDayColumn();
    int zoneCount = world.zones().zoneCount();
    double[] zoneRate = new double[zoneCount];
    packed = new long[rate.length];
    firstConsumer = new int[zoneCount];
    zoneSize = new int[zoneCount];
    for (int z = 0; z < zoneCount; z++) {
      int first = consumers.firstConsumer(z);
      int n = consumers.consumerCount(z);
      firstConsumer[z] = first;
      zoneSize[z] = n;
      double[] slice = new double[n];
      System.arraycopy(rate, first, slice, 0, n);
      for (double r : slice) {
        zoneRate[z] += r;
      }
      if (zoneRate[z] > 0) {
        AliasTable.of(slice).packInto(packed, first, first);
      }
    }
    zones = AliasTable.of(zoneRate);
  }

  /**
   * Draws the zone of the next order.
   *
   * @param rng generator
   * @return zone index
   */
  int zone(UniformRandomProvider rng) {
    return zones.sample(rng);
  }

  /**
   * Draws the consumer within a zone.
   *
   * @param zone zone index (drawn by {@link #zone})
   * @param rng generator
   * @return consumer index
   */
  int consumer(int zone, UniformRandomProvider rng) {
    return consumer(zone, rng.nextLong());
  }

  /**
   * Draws the consumer within a zone from 64 random bits.
   *
   * @param zone zone index
   * @param bits uniformly random bits
   * @return consumer index
   */
  int consumer(int zone, long bits) {
    int column = firstConsumer[zone] + (int) (((bits >>> 32) * zoneSize[zone]) >>> 32);
    long entry = packed[column];
    return (bits & 0xFFFFFFFFL) < (entry & 0xFFFFFFFFL) ? column : (int) (entry >>> 32);
  }
}
