package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastExpTest {

  @Test
  void exactAtZeroAndAtWholeMultiplesOfLn2() {
    assertThat(FastExp.exp(0)).isEqualTo(1.0);
    // x = 3 ln 2 reduces to k = 192, r ~ 0: 2^3 up to the rounding of ln 2
    assertThat(FastExp.exp(3 * Math.log(2))).isCloseTo(8.0, within(1e-14));
  }

  @Test
  void relativeErrorBelowOneInTenToTheThirteenAcrossTheRange() {
    SplittableRandom random = new SplittableRandom(7);
    double worst = 0;
    for (int i = 0; i < 1_000_000; i++) {
      double x = random.nextDouble(-700, 700);
      double exact = StrictMath.exp(x);
      worst = Math.max(worst, Math.abs(FastExp.exp(x) - exact) / exact);
    }
    assertThat(worst).isLessThan(1e-13);
  }

  @Test
  void roundedToFloatItIsAlwaysWhatMathExpGives() {
    // exponents mu + sigma z of log-normal draws and far beyond; a few draws in a million need Math.exp itself
    SplittableRandom random = new SplittableRandom(11);
    int differ = 0;
    int deferred = 0;
    int draws = 4_000_000;
    for (int i = 0; i < draws; i++) {
      double x = random.nextDouble(-20, 20);
      float fast = (float) FastExp.expForFloat(x);
      differ += fast == (float) Math.exp(x) ? 0 : 1;
      deferred += FastExp.expForFloat(x) == FastExp.exp(x) ? 0 : 1;
    }
    assertThat(differ).isZero();
    assertThat(deferred).isBetween(1, draws / 10_000);
  }

  @Test
  void defersToMathExpOutsideTheNormalRange() {
    assertThat(FastExp.exp(710)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(FastExp.exp(-800)).isEqualTo(0.0);
    assertThat(FastExp.exp(-705)).isEqualTo(Math.exp(-705));
    assertThat(FastExp.exp(Double.NaN)).isNaN();
    assertThat(FastExp.exp(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
  }
}
