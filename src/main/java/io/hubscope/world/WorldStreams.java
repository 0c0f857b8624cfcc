package io.hubscope.world;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Names of the world's random streams and the generator behind each: a {@link Well19937c} seeded with
 * {@code SeedDeriver.derive(worldSeed, name)}. Per-sector streams carry the sector id, so adding a sector leaves the
 * other sectors' firms unchanged. These names are part of the reproducibility contract.
 */
final class WorldStreams {

  static final String MERCHANT_ORIGIN = "merchants.origin";
  static final String MERCHANT_SIZE = "merchants.size";
  static final String MERCHANT_CATEGORIES = "merchants.categories";
  static final String CONSUMER_POSTCODE = "consumers.postcode";
  static final String CONSUMER_RATE = "consumers.rate";

  private WorldStreams() {}

  static String sector(String sectorId, String part) {
    return "businesses." + sectorId + "." + part;
  }

  static RandomGenerator open(long worldSeed, String stream) {
    return new Well19937c(SeedDeriver.derive(worldSeed, stream));
  }
}
