package io.hubscope.world;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws the consumer who places an order, with probability proportional to their purchase rate, in two stages: the
 * zone (alias table over the zones' total rates, small enough to stay in cache), then the consumer within the zone
 * (alias table over that zone's consumers). The product of the two probabilities is r_i / &Sigma; r, the same
 * distribution as one table over all consumers, but the zone comes out of the draw instead of a lookup in a large
 * column: one cache miss per order instead of two. Consumers are stored zone by zone in the world, so the consumer
 * index is the zone's first consumer plus the position drawn.
 *
 * <p>Layout: the within-zone tables are one {@link SegmentedAliasTable} indexed by consumer, so a draw is one access
 * to one array; {@link #draw} makes those accesses together for a whole batch of orders.
 */
public final class ConsumerSampler {

  /** Orders per batch of {@link #draw}: enough look-ups in flight for the processor, their bits in cache. */
  private static final int BATCH = 256;

  private final AliasTable zones;
  private final SegmentedAliasTable withinZone;

  /**
   * Builds the two stages.
   *
   * @param rate purchase rate of every consumer, zone by zone
   * @param first first consumer of each zone, length zones + 1
   */
  ConsumerSampler(double[] rate, int[] first) {
    int zoneCount = first.length - 1;
    double[] zoneRate = new double[zoneCount];
    for (int z = 0; z < zoneCount; z++) {
      for (int i = first[z]; i < first[z + 1]; i++) {
        zoneRate[z] += rate[i];
      }
    }
    withinZone = SegmentedAliasTable.of(rate, first);
    zones = AliasTable.of(zoneRate);
  }

  /**
   * Draws the buyers of {@code count} consumer orders, in batches of {@value #BATCH}: for each order of a batch in turn
   * the zone (one alias draw) and 64 bits for the consumer within it; then the batch's within-zone look-ups, a loop of
   * independent loads from the large table that the processor overlaps (sorting them by address was tried: no
   * faster). Each order's result is the same function of its own bits as a look-up done at once would give, and the
   * random numbers are taken in the same order whatever the batch size.
   *
   * @param rng generator
   * @param count orders, 0 or more
   * @param zone receives each order's zone, from index {@code offset}
   * @param consumer receives each order's consumer, from index {@code offset}
   * @param offset index of the first order in {@code zone} and {@code consumer}
   */
  public void draw(UniformRandomProvider rng, int count, int[] zone, int[] consumer, int offset) {
    long[] bits = new long[Math.min(count, BATCH)];
    for (int first = offset; first < offset + count; first += BATCH) {
      int end = Math.min(offset + count, first + BATCH);
      for (int k = first; k < end; k++) {
        int z = zones.sample(rng);
        long b = rng.nextLong();
        zone[k] = z;
        bits[k - first] = b;
        consumer[k] = withinZone.column(z, b);
      }
      for (int k = first; k < end; k++) {
        consumer[k] = withinZone.resolve(consumer[k], bits[k - first]);
      }
    }
  }
}
