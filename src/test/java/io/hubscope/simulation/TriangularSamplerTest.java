package io.hubscope.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.DistributionSpec;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.junit.jupiter.api.Test;

/** The min-max triangular sampler of {@link SamplerFactory} against the triangular distribution's closed forms. */
class TriangularSamplerTest {

  private static final int DRAWS = 200_000;

  private static double[] draw(double min, double mode, double max, long seed) {
    SamplerFactory.DoubleSampler s = SamplerFactory.of(
        new DistributionSpec("triangular", null, min, max, mode, null, null, null, null, null, null, null),
        new XoShiRo256PlusPlus(new long[] {seed, seed + 1, seed + 2, seed + 3}));
    double[] x = new double[DRAWS];
    for (int i = 0; i < DRAWS; i++) {
      x[i] = s.sample();
    }
    return x;
  }

  @Test
  void followsTheTriangularCdfForModesInsideAndAtEitherEnd() {
    // {min, mode, max}: a lane's transit time, the default handling time, and modes at the ends (one side only)
    double[][] cases = {{14, 24, 60}, {12, 24, 72}, {4, 4, 30}, {4, 30, 30}};
    for (double[] c : cases) {
      double[] x = draw(c[0], c[1], c[2], 42);
      double d = new KolmogorovSmirnovTest().kolmogorovSmirnovStatistic(
          new TriangularDistribution(c[0], c[1], c[2]), x);
      // the 1% critical value of the one-sample KS statistic is 1.63 / sqrt(n) = 0.0036 here
      assertThat(d).as("KS distance for %s", java.util.Arrays.toString(c)).isLessThan(1.63 / Math.sqrt(DRAWS));
    }
  }

  @Test
  void meanIsTheAverageOfMinModeAndMaxAndDrawsStayInRange() {
    double[] x = draw(14, 24, 60, 7);
    double sum = 0;
    double lo = Double.MAX_VALUE;
    double hi = -Double.MAX_VALUE;
    for (double v : x) {
      sum += v;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    // mean (a + b + c) / 3 = 32.667; sd = sqrt((a^2 + b^2 + c^2 - ab - ac - bc) / 18) = 9.88, so its standard error
    // over 200,000 draws is 0.022
    assertThat(sum / DRAWS).isCloseTo(98.0 / 3, within(0.1));
    assertThat(lo).isGreaterThanOrEqualTo(14);
    assertThat(hi).isLessThan(60);
  }
}
