package io.hubscope.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleComparisonTest {

  private static final double EPS = 1e-9;

  /*
   * Baseline b = {1, 2, 3, 4}, variant v = {2, 4, 6, 8}, by hand:
   *   means 2.5 and 5; squared deviations sum to 5 and 20, so variances 5/3 and 20/3, sds 1.290994449 and 2.581988897.
   *   difference = 5 - 2.5 = 2.5; relative change = 2.5 / 2.5 = 1.
   *   Welch: se^2 = (5/3)/4 + (20/3)/4 = 25/12, se = 1.443375673; t = (2.5 - 5) / se = -1.732050808 (= -sqrt 3);
   *   df = (25/12)^2 / (((5/12)^2 + (20/12)^2) / 3) = (625/144) / (425/432) = 75/17 = 4.411764706;
   *   p = 2 P(T_{75/17} > sqrt 3) = 0.151580504845 (scipy.stats.ttest_ind(b, v, equal_var=False) agrees).
   *   95% CI of b: t_{0.975,3} = 3.182446305; half-width = 3.182446305 * 1.290994449 / 2 = 2.054260257,
   *   so [0.4457397432, 4.5542602568]; of v: half-width 4.1085205135, so [0.8914794865, 9.1085205135].
   *   Paired: d = {1, 2, 3, 4}, mean 2.5, sd 1.290994449, t = 2.5 / (1.290994449 / 2) = 3.872983346, df 3,
   *   p = 0.030466291662.
   *   Effect size: pooled sd = sqrt((5/3 + 20/3) / 2) = sqrt(25/6) = 2.041241452; 2.5 / 2.041241452 = 1.224744871.
   *   Welch's p > 0.05, so the verdict is "no detectable difference" (the paired test, which common random
   *   numbers would justify, is reported alongside).
   */
  @Test
  void welchTestIntervalsAndDifferenceEqualTheHandComputation() {
    SampleComparison c = SampleComparison.of(new double[] {1, 2, 3, 4}, new double[] {2, 4, 6, 8}, true);

    assertThat(c.baselineMean()).isCloseTo(2.5, within(EPS));
    assertThat(c.variantMean()).isCloseTo(5.0, within(EPS));
    assertThat(c.baselineSd()).isCloseTo(1.290994449, within(EPS));
    assertThat(c.difference()).isCloseTo(2.5, within(EPS));
    assertThat(c.relativeChange()).isCloseTo(1.0, within(EPS));
    assertThat(c.pValue()).isCloseTo(0.151580504845, within(EPS));
    // Commons Math inverts the t distribution to an accuracy of 1e-9, so the intervals are checked to 1e-8.
    assertThat(c.baselineCiLow()).isCloseTo(0.4457397432, within(1e-8));
    assertThat(c.baselineCiHigh()).isCloseTo(4.5542602568, within(1e-8));
    assertThat(c.variantCiLow()).isCloseTo(0.8914794865, within(1e-8));
    assertThat(c.variantCiHigh()).isCloseTo(9.1085205135, within(1e-8));
    assertThat(c.pairedP()).isCloseTo(0.030466291662, within(EPS));
    assertThat(c.effectSize()).isCloseTo(1.224744871, within(EPS));
    assertThat(c.verdict()).isEqualTo(Verdict.NO_DETECTABLE_DIFFERENCE);
    assertThat(c.nBaseline()).isEqualTo(4);
  }

  /*
   * b = {1, 2, 3}, v = {10, 11, 12}: variances 1 and 1, se^2 = 2/3, t = -9 / 0.816496581 = -11.02270384,
   * df = (2/3)^2 / (2 (1/3)^2 / 2) = 4, p = 2 P(T_4 > 11.0227) = 0.000385067711.
   */
  @Test
  void aSignificantIncreaseIsHigher() {
    SampleComparison c = SampleComparison.of(new double[] {1, 2, 3}, new double[] {10, 11, 12}, true);

    assertThat(c.pValue()).isCloseTo(0.000385067711, within(EPS));
    assertThat(c.verdict()).isEqualTo(Verdict.HIGHER);
    assertThat(c.verdict().text()).isEqualTo("higher");
  }

  @Test
  void constantEqualSamplesAreNoDifferenceWithoutAPValue() {
    SampleComparison c = SampleComparison.of(new double[] {0.85, 0.85, 0.85}, new double[] {0.85, 0.85, 0.85}, true);

    assertThat(c.verdict()).isEqualTo(Verdict.NO_DIFFERENCE);
    assertThat(c.verdict().text()).isEqualTo("no difference");
    assertThat(c.pValue()).isNaN();
    assertThat(c.effectSize()).isZero();
    assertThat(c.relativeChange()).isZero();
  }

  @Test
  void constantDifferentSamplesAreLowerWithAnInfiniteEffect() {
    SampleComparison c = SampleComparison.of(new double[] {0.85, 0.85, 0.85}, new double[] {0, 0, 0}, true);

    assertThat(c.verdict()).isEqualTo(Verdict.LOWER);
    assertThat(c.pValue()).isNaN();
    assertThat(c.effectSize()).isInfinite();
    assertThat(c.difference()).isCloseTo(-0.85, within(EPS));
    assertThat(c.relativeChange()).isCloseTo(-1.0, within(EPS));
    assertThat(c.baselineCiLow()).isEqualTo(0.85);
  }

  @Test
  void aChangeFromZeroHasNoRelativeChange() {
    SampleComparison c = SampleComparison.of(new double[] {0, 0, 0}, new double[] {1, 1, 1}, true);

    assertThat(c.relativeChange()).isNaN();
    assertThat(c.verdict()).isEqualTo(Verdict.HIGHER);
  }

  @Test
  void oneReplicationCannotDetectAnything() {
    SampleComparison c = SampleComparison.of(new double[] {1}, new double[] {5}, true);

    assertThat(c.verdict()).isEqualTo(Verdict.NO_DETECTABLE_DIFFERENCE);
    assertThat(c.pValue()).isNaN();
    assertThat(c.baselineCiLow()).isNaN();
    assertThat(c.difference()).isEqualTo(4.0);
  }

  @Test
  void missingValuesAreDroppedAndUnalignedSamplesGetNoPairedTest() {
    SampleComparison c = SampleComparison.of(new double[] {1, 2, Double.NaN, 3}, new double[] {2, 3, 4}, true);

    assertThat(c.nBaseline()).isEqualTo(3);
    assertThat(c.baselineMean()).isCloseTo(2.0, within(EPS));
    assertThat(c.pairedP()).isNaN();
    assertThat(c.pValue()).isBetween(0.0, 1.0);
  }
}
