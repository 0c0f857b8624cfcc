package io.hubscope.util;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class BranchFreeTest {

  @Test
  void lessMaskOfDoublesIsAllOnesOnlyWhenStrictlyLess() {
    assertThat(BranchFree.lessMask(0.25, 0.5)).isEqualTo(-1L);
    assertThat(BranchFree.lessMask(0.5, 0.5)).isZero();
    assertThat(BranchFree.lessMask(0.75, 0.5)).isZero();
    assertThat(BranchFree.lessMask(0.0, Double.MIN_VALUE)).isEqualTo(-1L);
    assertThat(BranchFree.lessMask(-0.0, 0.0)).isZero();
  }

  @Test
  void lessMaskOfUnsigned32BitValues() {
    assertThat(BranchFree.lessMask(0L, 0xFFFFFFFFL)).isEqualTo(-1L);
    assertThat(BranchFree.lessMask(0xFFFFFFFFL, 0L)).isZero();
    assertThat(BranchFree.lessMask(7L, 7L)).isZero();
  }

  @Test
  void chooseTakesTheFirstValueForAllOnesAndTheSecondForZero() {
    assertThat(BranchFree.choose(-1L, 3, 9)).isEqualTo(3);
    assertThat(BranchFree.choose(0L, 3, 9)).isEqualTo(9);
  }

  @Property
  void lessMaskOfDoublesIsTheComparison(@ForAll @DoubleRange(min = -1e6, max = 1e6) double x,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double y) {
    assertThat(BranchFree.lessMask(x, y)).isEqualTo(x < y ? -1L : 0L);
  }

  @Property
  void unsignedIntsChooseAsTheConditionalExpressionWould(@ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long x,
      @ForAll @LongRange(min = 0, max = 0xFFFFFFFFL) long y, @ForAll int a, @ForAll int b) {
    assertThat(BranchFree.choose(BranchFree.lessMask(x, y), a, b)).isEqualTo(x < y ? a : b);
  }
}
