package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.engine.EngineFixture;
import io.hubscope.engine.VariantModel;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import org.junit.jupiter.api.Test;

/** The per-route summary of a hand-built six-row shard (rows 1..5 of a six-row table) of the two-hub scenario. */
class ShardRoutesTest {

  @Test
  void countsValuesAndBuyersPerRoute() {
    VariantModel model = EngineFixture.twoHubs();
    World world = WorldBuilder.build(model.scenario(), 5);
    ShipmentColumns s = new ShipmentColumns(6);
    // row 0 lies outside the shard; buyers (this world has consumers only): 7, 3, 7, 5, 2
    int[] route = {1, 0, 1, 0, 1, 1};
    int[] recipient = {9, 7, 3, 7, 5, 2};
    int[] merchant = {0, 2, 1, 2, 0, 1};
    float[] value = {1f, 10.004f, 2.5f, 0.125f, 99.99f, 3f};
    for (int i = 0; i < 6; i++) {
      s.route[i] = route[i];
      s.recipient[i] = recipient[i];
      s.merchant[i] = merchant[i];
      s.value[i] = value[i];
      s.zone[i] = i % 2;
    }
    ShardRoutes shard = ShardRoutes.of(s, 1, 6, world, 2, 1);
    assertThat(shard.count).containsExactly(2, 3);
    // route 0: 10.004 -> 1000 cents, 0.125 -> 13 (half up); route 1: 250 + 9999 + 300
    assertThat(shard.cents).containsExactly(1013, 10549);
    // consumers grouped by route, in row order within a route
    assertThat(shard.consumerStart).containsExactly(0, 2, 5);
    assertThat(shard.consumers).containsExactly(7, 7, 3, 5, 2);
    long[] merchants = new long[1];
    shard.orRoute(ShardRoutes.MERCHANTS, 0, merchants);
    assertThat(merchants[0]).isEqualTo(1L << 2);
    assertThat(shard.all[ShardRoutes.MERCHANTS][0]).isEqualTo(0b111L);
    assertThat(shard.all[ShardRoutes.BUSINESSES]).isEmpty();
    // the same shard asked again on this thread is the same summary; another shard is a new one
    assertThat(ShardRoutes.of(s, 1, 6, world, 2, 1)).isSameAs(shard);
    assertThat(ShardRoutes.of(s, 0, 6, world, 2, 1)).isNotSameAs(shard);
  }
}
