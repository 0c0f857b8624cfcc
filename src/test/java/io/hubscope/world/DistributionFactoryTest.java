package io.hubscope.world;

import static io.hubscope.testing.ScenarioFixtures.dist;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.DistributionSpec;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.distribution.ZipfDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class DistributionFactoryTest {

  @Test
  void meansFollowTheDocumentedParameterisations() {
    assertThat(DistributionFactory.mean(DistributionSpec.constant(4))).isEqualTo(4.0);
    assertThat(DistributionFactory.mean(dist("uniform", "min", 2, "max", 6))).isEqualTo(4.0);
    assertThat(DistributionFactory.mean(dist("normal", "mean", 3, "sd", 1))).isEqualTo(3.0);
    // lognormal: mean = exp(mu + sigma^2 / 2) with mu = ln median = ln 6, sigma 0.8: 6 exp(0.32)
    assertThat(DistributionFactory.mean(dist("lognormal", "median", 6, "sigma", 0.8)))
        .isCloseTo(6 * Math.exp(0.32), within(1e-12));
    assertThat(DistributionFactory.mean(dist("gamma", "shape", 0.8, "scale", 25))).isCloseTo(20, within(1e-12));
    assertThat(DistributionFactory.mean(dist("exponential", "mean", 7))).isEqualTo(7.0);
    // triangular: (min + mode + max) / 3 = (14 + 16 + 30) / 3 = 20
    assertThat(DistributionFactory.mean(dist("triangular", "min", 14, "mode", 16, "max", 30)))
        .isCloseTo(20, within(1e-12));
    // pareto(scale 1, shape 2): shape * scale / (shape - 1) = 2
    assertThat(DistributionFactory.mean(dist("pareto", "scale", 1, "shape", 2))).isCloseTo(2, within(1e-12));
    // weibull(shape 1, scale 5) is exponential with mean 5
    assertThat(DistributionFactory.mean(dist("weibull", "shape", 1, "scale", 5))).isCloseTo(5, within(1e-9));
    assertThat(DistributionFactory.mean(dist("poisson", "mean", 3))).isEqualTo(3.0);
    // zipf(max 3, exponent 1): (1 + 1 + 1) / (1 + 1/2 + 1/3) = 3 / (11/6) = 18/11
    assertThat(DistributionFactory.mean(dist("zipf", "max", 3, "exponent", 1))).isCloseTo(18.0 / 11, within(1e-12));
  }

  @Test
  void parametersReachCommonsMath() {
    Well19937c rng = new Well19937c(1L);
    LogNormalDistribution ln = (LogNormalDistribution) DistributionFactory.real(
        dist("lognormal", "median", 6, "sigma", 0.8), rng);
    assertThat(ln.getScale()).isCloseTo(Math.log(6), within(1e-15));
    assertThat(ln.getShape()).isEqualTo(0.8);
    TriangularDistribution tri = (TriangularDistribution) DistributionFactory.real(
        dist("triangular", "min", 1, "mode", 2, "max", 5), rng);
    assertThat(tri.getMode()).isEqualTo(2.0);
    assertThat(tri.getSupportUpperBound()).isEqualTo(5.0);
    WeibullDistribution wb = (WeibullDistribution) DistributionFactory.real(
        dist("weibull", "shape", 1.5, "scale", 3), rng);
    assertThat(wb.getShape()).isEqualTo(1.5);
    assertThat(wb.getScale()).isEqualTo(3.0);
    ZipfDistribution z = (ZipfDistribution) DistributionFactory.integer(dist("zipf", "max", 3, "exponent", 1.5), rng);
    assertThat(z.getNumberOfElements()).isEqualTo(3);
  }

  @Test
  void samplesAreReproducibleWithTheSameGenerator() {
    DistributionSpec spec = dist("gamma", "shape", 2, "scale", 3);
    var a = DistributionFactory.sampler(spec, new Well19937c(5L));
    var b = DistributionFactory.sampler(spec, new Well19937c(5L));
    for (int i = 0; i < 100; i++) {
      assertThat(a.getAsDouble()).isEqualTo(b.getAsDouble());
    }
  }

  @Test
  void discreteSamplesAreIntegers() {
    var s = DistributionFactory.sampler(dist("zipf", "max", 3, "exponent", 1.5), new Well19937c(5L));
    for (int i = 0; i < 100; i++) {
      double x = s.getAsDouble();
      assertThat(x).isIn(1.0, 2.0, 3.0);
    }
  }

  @Test
  void truncatedSamplerNeverGoesNegative() {
    var s = DistributionFactory.nonNegativeSampler(dist("normal", "mean", 0, "sd", 1), new Well19937c(5L));
    for (int i = 0; i < 1000; i++) {
      assertThat(s.getAsDouble()).isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void unknownTypeFailsNamingIt() {
    assertThatThrownBy(() -> DistributionFactory.mean(dist("cauchy", "mean", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown distribution type 'cauchy'")
        .hasMessageContaining("lognormal");
    assertThatThrownBy(() -> DistributionFactory.integer(dist("wat"), new Well19937c(1L)))
        .hasMessageContaining("unknown distribution type 'wat'");
  }

  @Test
  void missingAndInvalidParametersFailNamingTheType() {
    assertThatThrownBy(() -> DistributionFactory.mean(dist("gamma", "shape", 2)))
        .hasMessage("distribution 'gamma' needs parameter 'scale'");
    assertThatThrownBy(() -> DistributionFactory.mean(dist("gamma", "shape", -2, "scale", 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("distribution 'gamma': ");
    assertThatThrownBy(() -> DistributionFactory.integer(dist("normal", "mean", 1, "sd", 1), new Well19937c(1L)))
        .hasMessageContaining("continuous");
    assertThatThrownBy(() -> DistributionFactory.real(dist("poisson", "mean", 1), new Well19937c(1L)))
        .hasMessageContaining("discrete");
  }
}
