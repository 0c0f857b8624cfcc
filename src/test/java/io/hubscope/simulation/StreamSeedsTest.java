package io.hubscope.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class StreamSeedsTest {

  @Test
  void streamIsTheGeneratorCommonsRngMakesFromTheDerivedSeed() {
    // the direct construction must keep every stream (and so every result) as RandomSource.create made it
    for (long seed : new long[] {0, 1, -1, 20231005, Long.MIN_VALUE}) {
      for (StreamSeeds.Purpose purpose : StreamSeeds.Purpose.values()) {
        for (int shard = 0; shard < 70; shard += 23) {
          UniformRandomProvider made = StreamSeeds.stream(seed, 3, purpose, shard);
          UniformRandomProvider reference =
              RandomSource.XO_SHI_RO_256_PP.create(StreamSeeds.derive(seed, 3, purpose, shard));
          for (int k = 0; k < 16; k++) {
            assertEquals(reference.nextLong(), made.nextLong(), seed + " " + purpose + " " + shard + " draw " + k);
          }
        }
      }
    }
  }

  @Test
  void derivedSeedsDifferByEveryInput() {
    long base = StreamSeeds.derive(7, 1, StreamSeeds.Purpose.HOPS, 0);
    assertNotEquals(base, StreamSeeds.derive(8, 1, StreamSeeds.Purpose.HOPS, 0));
    assertNotEquals(base, StreamSeeds.derive(7, 2, StreamSeeds.Purpose.HOPS, 0));
    assertNotEquals(base, StreamSeeds.derive(7, 1, StreamSeeds.Purpose.SHIPMENTS, 0));
    assertNotEquals(base, StreamSeeds.derive(7, 1, StreamSeeds.Purpose.HOPS, 1));
  }
}
