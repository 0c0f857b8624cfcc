package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastExpTest {

  @Test
  void exactAtZeroAndAtWholeMultiplesOfLn2() {
    assertThat(FastExp.expForFloat(0)).isEqualTo(1.0);
    // x = 3 ln 2 reduces to k = 768, r ~ 0: 2^3 up to the rounding of ln 2
    assertThat(FastExp.expForFloat(3 * Math.log(2))).isCloseTo(8.0, within(1e-14));
    assertThat(FastExp.expForFloat(-10 * Math.log(2))).isCloseTo(1.0 / 1024, within(1e-17));
  }

  @Test
  void relativeErrorBelowFourTenthsOfOneInTenToTheNineAcrossTheRange() {
    SplittableRandom random = new SplittableRandom(7);
    double worst = 0;
    for (int i = 0; i < 1_000_000; i++) {
      double x = random.nextDouble(-80, 80);
      double exact = StrictMath.exp(x);
      worst = Math.max(worst, Math.abs(FastExp.expForFloat(x) - exact) / exact);
    }
    // the Taylor remainder |r|^3 e^|r| / 6 with |r| <= ln 2 / 512, plus a few roundings of 1e-16
    double r = Math.log(2) / 512;
    double bound = r * r * r * Math.exp(r) / 6 + 1e-15;
    assertThat(bound).isCloseTo(4.141e-10, within(0.001e-10));
    assertThat(worst).isLessThan(bound).isGreaterThan(bound / 2);
  }

  @Test
  void roundedToFloatItIsMathExpsFloatOrItsNeighbour() {
    // exponents mu + sigma z of log-normal draws and beyond
    SplittableRandom random = new SplittableRandom(11);
    int differ = 0;
    int draws = 4_000_000;
    for (int i = 0; i < draws; i++) {
      double x = random.nextDouble(-20, 20);
      float fast = (float) FastExp.expForFloat(x);
      float exact = (float) Math.exp(x);
      if (fast != exact) {
        differ++;
        assertThat(Math.abs(Math.getExponent(fast) == Math.getExponent(exact) ? (fast - exact) / Math.ulp(exact)
            : 1)).as("x = %s", x).isEqualTo(1f);
      }
    }
    // a float differs only when e^x lies within 4e-10 (relative) of a midpoint between floats, which are 6e-8 to
    // 1.2e-7 apart (relative): at most about 1.4% of draws, fewer since the error is mostly smaller than its bound
    assertThat(differ).isPositive().isLessThan(draws / 100);
  }

  @Test
  void defersToMathExpOutsideTheFloatRange() {
    assertThat(FastExp.expForFloat(710)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(FastExp.expForFloat(-800)).isEqualTo(0.0);
    assertThat(FastExp.expForFloat(-95)).isEqualTo(Math.exp(-95));
    assertThat(FastExp.expForFloat(90)).isEqualTo(Math.exp(90));
    assertThat(FastExp.expForFloat(Double.NaN)).isNaN();
    assertThat(FastExp.expForFloat(Double.NEGATIVE_INFINITY)).isEqualTo(0.0);
  }
}
