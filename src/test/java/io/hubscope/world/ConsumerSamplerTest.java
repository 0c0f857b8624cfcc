package io.hubscope.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class ConsumerSamplerTest {

  // three zones: consumers 0-1, 2-4 and 5-8, with purchase rates summing to 20
  private static final double[] RATE = {1, 3, 2, 2, 4, 1, 1, 1, 5};
  private static final int[] FIRST = {0, 2, 5, 9};
  private static final int[] ZONE_OF = {0, 0, 1, 1, 1, 2, 2, 2, 2};

  @Test
  void drawsEachConsumerInProportionToTheirRateWithTheirOwnZone() {
    ConsumerSampler sampler = new ConsumerSampler(RATE, FIRST);
    int n = 200_000;
    int[] zone = new int[n];
    int[] consumer = new int[n];
    sampler.draw(RandomSource.XO_SHI_RO_256_PP.create(7L), n, zone, consumer, 0);
    int[] seen = new int[RATE.length];
    for (int k = 0; k < n; k++) {
      seen[consumer[k]]++;
      assertThat(zone[k]).isEqualTo(ZONE_OF[consumer[k]]);
    }
    for (int c = 0; c < RATE.length; c++) {
      // r_c / 20; the standard error of a share near 0.25 over 200,000 draws is about 0.001
      assertThat(seen[c] / (double) n).as("consumer %d", c).isCloseTo(RATE[c] / 20, within(0.005));
    }
  }

  @Test
  void eachOrderTakesAZoneDrawThen64BitsForTheConsumerWithinItWhateverTheBatches() {
    ConsumerSampler sampler = new ConsumerSampler(RATE, FIRST);
    // 700 orders: two whole batches of 256 and a partial one, written from index 3 on
    int[] zone = new int[710];
    int[] consumer = new int[710];
    Arrays.fill(zone, -1);
    Arrays.fill(consumer, -1);
    sampler.draw(RandomSource.XO_SHI_RO_256_PP.create(11L), 700, zone, consumer, 3);
    // the same draws made by hand, order by order: the zone from the zones' total rates (4, 8 and 8), then one
    // 64-bit draw resolved in that zone's own table
    AliasTable zones = AliasTable.of(new double[] {4, 8, 8});
    SegmentedAliasTable within = SegmentedAliasTable.of(RATE, FIRST);
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(11L);
    for (int k = 0; k < 700; k++) {
      int z = zones.sample(rng);
      long bits = rng.nextLong();
      assertThat(zone[3 + k]).as("zone of order %d", k).isEqualTo(z);
      assertThat(consumer[3 + k]).as("consumer of order %d", k).isEqualTo(within.sample(z, bits));
    }
    // nothing written outside the orders' cells
    for (int i : new int[] {0, 1, 2, 703, 704, 705, 706, 707, 708, 709}) {
      assertThat(zone[i]).as("zone cell %d", i).isEqualTo(-1);
      assertThat(consumer[i]).as("consumer cell %d", i).isEqualTo(-1);
    }
  }
}
