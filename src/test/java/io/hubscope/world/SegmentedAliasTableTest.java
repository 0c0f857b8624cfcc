package io.hubscope.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmentedAliasTableTest {

  @Test
  void handComputedSegment() {
    // segments {1, 3}, {0, 0} (never drawn), {2, 2, 4}
    SegmentedAliasTable t = SegmentedAliasTable.of(new double[] {1, 3, 0, 0, 2, 2, 4}, new int[] {0, 2, 4, 7});
    assertThat(t.segments()).isEqualTo(3);
    // segment 0: scaled weights 0.5, 1.5 -> column 0 keeps itself below the coin 0.5, else aliases to entry 1;
    // column 1 is full
    long column0 = 0L;
    long column1 = 0x8000_0000L << 32;
    assertThat(t.sample(0, column0 | 0x7FFF_FFFFL)).isEqualTo(0);
    assertThat(t.sample(0, column0 | 0x8000_0000L)).isEqualTo(1);
    assertThat(t.sample(0, column1 | 0xFFFF_FFFFL)).isEqualTo(1);
    // segment 2 starts at entry 4: its columns are 4, 5, 6
    assertThat(t.column(2, 0L)).isEqualTo(4);
    assertThat(t.column(2, 0xFFFF_FFFFL << 32)).isEqualTo(6);
  }

  @Test
  void sameDrawsAsOneAliasTablePerSegment() {
    SplittableRandom random = new SplittableRandom(7);
    double[] weights = new double[40];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
    }
    weights[0] = 0.5;
    int[] first = {0, 1, 9, 9, 25, 40};
    SegmentedAliasTable t = SegmentedAliasTable.of(weights, first);
    for (int g = 0; g < 5; g++) {
      if (first[g + 1] == first[g]) {
        continue;
      }
      AliasTable one = AliasTable.of(java.util.Arrays.copyOfRange(weights, first[g], first[g + 1]));
      for (int k = 0; k < 2000; k++) {
        long bits = random.nextLong();
        assertThat(t.sample(g, bits)).isEqualTo(first[g] + one.sample(bits));
        assertThat(t.resolve(t.column(g, bits), bits)).isEqualTo(t.sample(g, bits));
      }
    }
  }

  @Test
  void boundsMustCoverTheWeights() {
    assertThatThrownBy(() -> SegmentedAliasTable.of(new double[] {1, 2}, new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("segment bounds must start at 0 and end at the number of weights");
    assertThatThrownBy(() -> SegmentedAliasTable.of(new double[] {1, 2}, new int[] {0, 2, 1, 2}))
        .hasMessage("segment bounds must not decrease");
  }
}
