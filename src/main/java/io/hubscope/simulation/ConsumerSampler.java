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
 * the column's threshold and its alias as a consumer index), so a draw is one access to one array; {@link #draw}
 * makes those accesses in address order for a whole batch of orders.
 */
final class ConsumerSampler {

  /** log2 of the number of address buckets the look-ups are sorted into. */
  private static final int BUCKET_BITS = 12;

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
   * Draws the buyers of {@code count} consumer orders: for each order in turn the zone (one alias draw) and 64 bits
   * for the consumer within it; then the within-zone look-ups are done in address order (a counting sort of the
   * columns by their high bits), so the large table is read as a stream rather than at random. Each order's result is
   * the same function of its own bits as a look-up done at once would give; only the memory access order changes.
   *
   * @param rng generator
   * @param count orders
   * @param zone receives each order's zone, from index 0
   * @param consumer receives each order's consumer, from index 0
   */
  void draw(UniformRandomProvider rng, int count, int[] zone, int[] consumer) {
    long[] key = new long[count];
    for (int k = 0; k < count; k++) {
      int z = zones.sample(rng);
      long bits = rng.nextLong();
      int column = firstConsumer[z] + (int) (((bits >>> 32) * zoneSize[z]) >>> 32);
      zone[k] = z;
      key[k] = ((long) column << 32) | (bits & 0xFFFFFFFFL);
    }
    int shift = Math.max(0, 32 - Integer.numberOfLeadingZeros(Math.max(1, packed.length)) - BUCKET_BITS);
    int buckets = (packed.length >>> shift) + 1;
    int[] next = new int[buckets + 1];
    for (int k = 0; k < count; k++) {
      next[(int) (key[k] >>> 32 >>> shift) + 1]++;
    }
    for (int b = 0; b < buckets; b++) {
      next[b + 1] += next[b];
    }
    int[] order = new int[count];
    for (int k = 0; k < count; k++) {
      order[next[(int) (key[k] >>> 32 >>> shift)]++] = k;
    }
    for (int k : order) {
      int column = (int) (key[k] >>> 32);
      long entry = packed[column];
      consumer[k] = (key[k] & 0xFFFFFFFFL) < (entry & 0xFFFFFFFFL) ? column : (int) (entry >>> 32);
    }
  }
}
