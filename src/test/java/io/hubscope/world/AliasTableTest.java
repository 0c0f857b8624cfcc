package io.hubscope.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class AliasTableTest {

  @Test
  void tableReproducesTheWeights() {
    AliasTable t = AliasTable.of(new double[] {1, 2, 3, 4});
    double[] p = t.impliedProbabilities();
    assertThat(p[0]).isCloseTo(0.1, within(1e-15));
    assertThat(p[1]).isCloseTo(0.2, within(1e-15));
    assertThat(p[2]).isCloseTo(0.3, within(1e-15));
    assertThat(p[3]).isCloseTo(0.4, within(1e-15));
    assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-15));
  }

  @Test
  void handBuiltColumns() {
    // weights 1, 3: scaled 0.5, 1.5; column 0 keeps 0.5 of itself and aliases to 1; column 1 is full
    AliasTable t = AliasTable.of(new double[] {1, 3});
    assertThat(t.thresholds()).containsExactly(0.5, 1.0);
    assertThat(t.aliases()).containsExactly(1, 1);
    assertThat(t.sample(0, 0.49)).isEqualTo(0);
    assertThat(t.sample(0, 0.5)).isEqualTo(1);
    assertThat(t.sample(1, 0.99)).isEqualTo(1);
  }

  @Test
  void zeroWeightIsNeverDrawn() {
    AliasTable t = AliasTable.of(new double[] {0, 5, 0, 5});
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_128_PP.create(1L);
    int[] counts = new int[4];
    for (int i = 0; i < 100_000; i++) {
      counts[t.sample(rng)]++;
    }
    assertThat(counts[0]).isZero();
    assertThat(counts[2]).isZero();
    // binomial(1e5, .5): sd 158; 5 sd = 790
    assertThat(counts[1]).isBetween(50_000 - 790, 50_000 + 790);
  }

  @Test
  void invalidWeightsFail() {
    assertThatThrownBy(() -> AliasTable.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AliasTable.of(new double[] {1, -1})).hasMessageContaining(">= 0");
    assertThatThrownBy(() -> AliasTable.of(new double[] {0, 0})).hasMessageContaining("sum to 0");
  }
}
