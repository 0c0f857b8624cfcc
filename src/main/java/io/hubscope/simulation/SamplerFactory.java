package io.hubscope.simulation;

import io.hubscope.scenario.DistributionSpec;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousUniformSampler;
import org.apache.commons.rng.sampling.distribution.GaussianSampler;
import org.apache.commons.rng.sampling.distribution.InverseTransformParetoSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Fast samplers for the hot path: turns a scenario {@link DistributionSpec} into a Commons RNG sampler bound to a
 * shard's generator. Continuous distributions use Ziggurat (normal, exponential), Marsaglia-Tsang (gamma), min-max
 * (triangular) and inverse transforms (Weibull, Pareto); discrete ones Poisson and rejection-inversion Zipf.
 * Parameters are assumed valid: the scenario checker has seen them. (Generation draws the log-normal value and weight
 * of a shipment whose category has both log-normal with {@link NormalZiggurat} instead.)
 */
public final class SamplerFactory {

  /** A sampler of doubles. */
  @FunctionalInterface
  public interface DoubleSampler {
    /** Draws one value. */
    double sample();
  }

  private SamplerFactory() {}

  /**
   * Builds a sampler. Its draws are meant to be stored in single precision: a log-normal draw is accurate to about
   * 4 &middot; 10<sup>-10</sup> (relative), far finer than a float (see {@link FastExp}).
   *
   * @param spec distribution
   * @param rng the shard's generator
   * @return sampler drawing from {@code spec} with {@code rng}
   * @throws IllegalArgumentException naming the type when it is unknown
   */
  public static DoubleSampler of(DistributionSpec spec, UniformRandomProvider rng) {
    switch (spec.type()) {
      case "constant": {
        double v = spec.value();
        return () -> v;
      }
      case "uniform":
        return wrap(ContinuousUniformSampler.of(rng, spec.min(), spec.max()));
      case "normal":
        return wrap(GaussianSampler.of(ZigguratSampler.NormalizedGaussian.of(rng), spec.mean(), spec.sd()));
      case "lognormal":
        return logNormal(standardNormal(rng), logNormalMu(spec), spec.sigma());
      case "gamma":
        return wrap(AhrensDieterMarsagliaTsangGammaSampler.of(rng, spec.shape(), spec.scale()));
      case "exponential":
        return wrap(ZigguratSampler.Exponential.of(rng, spec.mean()));
      case "triangular":
        return triangular(rng, spec.min(), spec.mode(), spec.max());
      case "pareto":
        return wrap(InverseTransformParetoSampler.of(rng, spec.scale(), spec.shape()));
      case "weibull": {
        double shape = spec.shape();
        double scale = spec.scale();
        return () -> scale * Math.pow(-Math.log(1 - rng.nextDouble()), 1 / shape);
      }
      case "poisson": {
        var s = PoissonSampler.of(rng, spec.mean());
        return s::sample;
      }
      case "zipf": {
        var s = RejectionInversionZipfSampler.of(rng, (int) Math.round(spec.max()), spec.exponent());
        return s::sample;
      }
      default:
        throw new IllegalArgumentException("unknown distribution type '" + spec.type() + "'");
    }
  }

  /**
   * Log-normal distribution: x = e^(mu + sigma z) with z standard normal (Ziggurat), as Commons RNG's
   * {@code LogNormalSampler} draws it, with the exponential taken by {@link FastExp#expForFloat} (every caller stores
   * the draw as a float, far coarser than its error).
   */
  private static DoubleSampler logNormal(DoubleSampler standardNormal, double mu, double sigma) {
    return () -> logNormal(mu, sigma, standardNormal.sample());
  }

  /**
   * Standard normal draws (Commons RNG's Ziggurat), as the log-normal sampler takes them. Shipments whose value and
   * weight are both log-normal draw their two standard normals from one number instead ({@link NormalZiggurat}).
   *
   * @param rng the shard's generator
   * @return sampler of N(0, 1)
   */
  private static DoubleSampler standardNormal(UniformRandomProvider rng) {
    return ZigguratSampler.NormalizedGaussian.of(rng)::sample;
  }

  /**
   * The log-normal value of a standard normal draw, as the log-normal sampler computes it: e^(mu + sigma z), by
   * {@link FastExp#expForFloat} (to about 4 &middot; 10<sup>-10</sup>, relative).
   *
   * @param mu log of the median
   * @param sigma standard deviation of the log
   * @param z standard normal draw
   * @return the value
   */
  static double logNormal(double mu, double sigma, double z) {
    return FastExp.expForFloat(mu + sigma * z);
  }

  /**
   * Whether {@link #of} draws a distribution as a log-normal: one standard normal draw (Ziggurat), the same whatever
   * the parameters, then {@link #logNormal(double, double, double)}.
   *
   * @param spec distribution
   * @return true for a log-normal
   */
  static boolean isLogNormal(DistributionSpec spec) {
    return spec.type().equals("lognormal");
  }

  /**
   * The mu of a log-normal distribution: the log of its median.
   *
   * @param spec a log-normal distribution
   * @return mu
   */
  static double logNormalMu(DistributionSpec spec) {
    return Math.log(spec.median());
  }

  private static DoubleSampler wrap(SharedStateContinuousSampler s) {
    return s::sample;
  }

  /**
   * Triangular distribution by the min-max method (Stein and Keblis 2009): with u and v independent uniforms on
   * [0, 1) and F(c) = (c - a) / (b - a), x = a + (b - a) ((1 - F(c)) min(u, v) + F(c) max(u, v)), i.e.
   * a + (b - c) min(u, v) + (c - a) max(u, v).
   *
   * <p>Why it is triangular: (min, max) is uniform on the triangle 0 &lt;= m &lt;= M &lt; 1 (density 2); for
   * t &lt;= F(c) the points with (1 - F(c)) m + F(c) M &lt;= t form the triangle (0, 0), (0, t / F(c)), (t, t) of area
   * t&sup2; / (2 F(c)), so P(X &lt;= a + (b - a) t) = t&sup2; / F(c), the triangular CDF left of the mode (the right
   * side follows by symmetry, swapping min and max). u and v are the two 32-bit halves of one 64-bit draw: ample
   * for times kept as floats (2<sup>-32</sup> of the range).
   *
   * <p>Against the inverse transform (a square root, and a side chosen by comparing u with F(c)) it costs a
   * minimum and a maximum, which the processor does without a branch, and one draw; the square root's latency was
   * the longest step of a transit time.
   *
   * <p>Reference: W. E. Stein and M. F. Keblis, "A new method to simulate the triangular distribution",
   * Mathematical and Computer Modelling 49:1143-1147, 2009.
   */
  private static DoubleSampler triangular(UniformRandomProvider rng, double a, double c, double b) {
    double low = (b - c) * 0x1.0p-32;
    double high = (c - a) * 0x1.0p-32;
    return () -> {
      long bits = rng.nextLong();
      long u = bits >>> 32;
      long v = bits & 0xffffffffL;
      return a + low * Math.min(u, v) + high * Math.max(u, v);
    };
  }
}
