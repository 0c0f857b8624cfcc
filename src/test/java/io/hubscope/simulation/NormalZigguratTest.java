package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.junit.jupiter.api.Test;

/** {@link NormalZiggurat} against the standard normal distribution's closed forms. */
class NormalZigguratTest {

  private static final int PAIRS = 250_000;

  /** Draws as generation does: two standard normals from the halves of one 64-bit number. */
  private static double[][] pairs(long seed) {
    UniformRandomProvider rng = new XoShiRo256PlusPlus(new long[] {seed, seed + 1, seed + 2, seed + 3});
    double[] low = new double[PAIRS];
    double[] high = new double[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      long bits = rng.nextLong();
      low[i] = NormalZiggurat.sample((int) bits, rng);
      high[i] = NormalZiggurat.sample((int) (bits >>> 32), rng);
    }
    return new double[][] {low, high};
  }

  @Test
  void bothHalvesFollowTheStandardNormalCdf() {
    double[][] z = pairs(11);
    for (double[] half : z) {
      double d = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(new NormalDistribution(0, 1), half);
      // the 1% critical value of the one-sample KS statistic is 1.63 / sqrt(n) = 0.0033 here
      assertThat(d).isLessThan(1.63 / Math.sqrt(PAIRS));
    }
  }

  @Test
  void momentsTailAndIndependenceOfTheTwoHalvesMatchTheNormal() {
    double[][] z = pairs(5);
    double[] all = new double[2 * PAIRS];
    System.arraycopy(z[0], 0, all, 0, PAIRS);
    System.arraycopy(z[1], 0, all, PAIRS, PAIRS);
    double sum = 0;
    double squares = 0;
    double fourth = 0;
    int beyondR = 0;
    for (double v : all) {
      sum += v;
      squares += v * v;
      fourth += v * v * v * v;
      beyondR += Math.abs(v) > 3.442619855899 ? 1 : 0;
    }
    int n = all.length;
    // standard errors over 500,000 draws: mean 1/sqrt(n) = 0.0014, variance sqrt(2/n) = 0.002, E[z^4] = 3 with
    // sqrt(96/n) = 0.014
    assertThat(sum / n).isCloseTo(0, within(0.007));
    assertThat(squares / n).isCloseTo(1, within(0.01));
    assertThat(fourth / n).isCloseTo(3, within(0.07));
    // the tail beyond R = 3.4426 (drawn by the slow path): P = 2 (1 - Phi(R)) = 5.76e-4, 288 of 500,000, sd 17
    double expected = 2 * (1 - new NormalDistribution(0, 1).cumulativeProbability(3.442619855899)) * n;
    assertThat((double) beyondR).isCloseTo(expected, within(5 * Math.sqrt(expected)));
    // the two halves of one number are independent draws: correlation within 5 standard errors (1/sqrt(PAIRS))
    assertThat(new PearsonsCorrelation().correlation(z[0], z[1])).isCloseTo(0, within(5 / Math.sqrt(PAIRS)));
  }

  @Test
  void theSameBitsGiveTheSameDrawAndSignFollowsThePointsSign() {
    UniformRandomProvider unused = new XoShiRo256PlusPlus(new long[] {1, 2, 3, 4});
    // layer 5 (low 7 bits), point +1000 and -1000 (the upper 25 bits): inside the rectangle, so no further draw
    int plus = (1000 << 7) | 5;
    int minus = (-1000 << 7) | 5;
    double a = NormalZiggurat.sample(plus, unused);
    assertThat(NormalZiggurat.sample(plus, unused)).isEqualTo(a);
    assertThat(NormalZiggurat.sample(minus, unused)).isEqualTo(-a);
    assertThat(a).isGreaterThan(0).isLessThan(0.01);
  }
}
