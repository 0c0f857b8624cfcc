package io.hubscope.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;

/**
 * Derives independent random streams from the master seed, so that every stream depends only on (seed,
 * replication, purpose, shard) and never on the number of threads or the order in which shards run.
 *
 * <p>Derivation: {@code s = mix(mix(mix(seed) ^ replication * C1) ^ purpose * C2) ^ shard * C3)}, where {@code mix} is
 * the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014)
 * and C1..C3 are odd 64-bit constants; {@code s} seeds a XoShiRo256++ generator (Blackman and Vigna 2021), its
 * 256-bit state being the first four outputs of SplitMix64 seeded with {@code s} (the expansion Commons RNG's
 * {@code RandomSource.XO_SHI_RO_256_PP.create(s)} makes). Distinct inputs give statistically independent streams. The
 * generator's output is 64 bits, so a {@code long} or a {@code double} costs one step.
 */
public final class StreamSeeds {

  /** Stream purposes: a new purpose never shifts the others. */
  public enum Purpose {
    /** The synthetic world of a replication (merchants, consumers, businesses, suppliers). */
    WORLD,
    /** Daily order counts of a replication. */
    DAY_COUNTS,
    /** Shipment attributes of one shard. */
    SHIPMENTS,
    /** Dwell and transit times of one shard at one route position (shard index = shard * 64 + position). */
    HOPS,
    /** Transform noise and per-shipment pseudonyms of one shard. */
    DISCLOSURE,
    /** Sampling done by metrics (unicity samples, ...). */
    METRICS,
    /** Keys of keyed pseudonyms. */
    PSEUDONYM_KEYS,
    /** Dwell and transit times on detours around a stopped node (shard index = shard * 64 + position). */
    DETOURS
  }

  private StreamSeeds() {}

  /**
   * The derived seed.
   *
   * @param seed master seed
   * @param replication replication number
   * @param purpose stream purpose
   * @param shard shard index (0 when the purpose has no shards)
   * @return derived 64-bit seed
   */
  public static long derive(long seed, int replication, Purpose purpose, int shard) {
    long s = mix(seed);
    s = mix(s ^ (replication + 1L) * 0x9E3779B97F4A7C15L);
    s = mix(s ^ (purpose.ordinal() + 1L) * 0xC2B2AE3D27D4EB4FL);
    return mix(s ^ (shard + 1L) * 0x165667B19E3779F9L);
  }

  /**
   * A generator for a derived stream.
   *
   * @param seed master seed
   * @param replication replication number
   * @param purpose stream purpose
   * @param shard shard index
   * @return a fresh XoShiRo256++ generator
   */
  public static UniformRandomProvider stream(long seed, int replication, Purpose purpose, int shard) {
    // built directly rather than through RandomSource.create, whose reflective look-up took ~17 us per stream in a
    // run (hundreds of streams per replication, each made on a cache emptied by the rows); the state is the same
    SplitMix64 expand = new SplitMix64(derive(seed, replication, purpose, shard));
    return new XoShiRo256PlusPlus(
        new long[] {expand.nextLong(), expand.nextLong(), expand.nextLong(), expand.nextLong()});
  }

  /**
   * The SplitMix64 finaliser: a bijective mix of 64 bits (shared with the world's seed derivation).
   *
   * @param z input
   * @return mixed value
   */
  public static long mix(long z) {
    return io.hubscope.world.SeedDeriver.splitMix64(z);
  }
}
