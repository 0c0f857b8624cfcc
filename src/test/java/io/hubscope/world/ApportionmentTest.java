package io.hubscope.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void exactQuotasNeedNoRemainder() {
    assertThat(Apportionment.largestRemainder(10, new long[] {1, 2, 7})).containsExactly(1, 2, 7);
  }

  @Test
  void largestRemaindersGetTheLeftoverUnits() {
    // quotas 3.5, 2.1, 1.4 -> floors 3, 2, 1 (6); one unit left goes to the .5
    assertThat(Apportionment.largestRemainder(7, new long[] {5, 3, 2})).containsExactly(4, 2, 1);
    // quotas 2.4, 2.4, 1.2 -> floors 2, 2, 1; equal remainders .4, .4: the lower index wins
    assertThat(Apportionment.largestRemainder(6, new long[] {2, 2, 1})).containsExactly(3, 2, 1);
  }

  @Test
  void tiesGoToTheLowerIndex() {
    assertThat(Apportionment.largestRemainder(10, new long[] {1, 1, 1})).containsExactly(4, 3, 3);
  }

  @Test
  void sharesAreScaledFirst() {
    assertThat(Apportionment.largestRemainder(20, new double[] {0.5, 0.3, 0.2})).containsExactly(10, 6, 4);
    assertThat(Apportionment.largestRemainder(3, new double[] {0.5, 0.5, 0})).containsExactly(2, 1, 0);
  }

  @Test
  void zeroWeightsFail() {
    assertThatThrownBy(() -> Apportionment.largestRemainder(3, new long[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 0");
  }
}
