package io.hubscope.world;

import io.hubscope.scenario.DistributionSpec;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.IntegerDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformIntegerDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.distribution.ZipfDistribution;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Turns a scenario {@link DistributionSpec} into a Commons Math 3 distribution bound to a given random generator.
 *
 * <p>Parameterisations (Commons Math constructor in brackets):
 * <ul>
 *   <li>{@code constant(value)}: always {@code value} [ConstantRealDistribution]</li>
 *   <li>{@code uniform(min, max)} [UniformRealDistribution]</li>
 *   <li>{@code normal(mean, sd)} [NormalDistribution]</li>
 *   <li>{@code lognormal(median, sigma)}: {@code ln X ~ N(mu, sigma^2)} with {@code mu = ln median}
 *       [LogNormalDistribution(scale = mu, shape = sigma)]</li>
 *   <li>{@code gamma(shape k, scale theta)}: mean {@code k theta} [GammaDistribution]</li>
 *   <li>{@code exponential(mean)} [ExponentialDistribution]</li>
 *   <li>{@code triangular(min, mode, max)} [TriangularDistribution(a = min, c = mode, b = max)]</li>
 *   <li>{@code pareto(scale x_m, shape alpha)}: {@code P(X > x) = (x_m / x)^alpha} [ParetoDistribution]</li>
 *   <li>{@code weibull(shape k, scale lambda)} [WeibullDistribution(alpha = k, beta = lambda)]</li>
 *   <li>{@code poisson(mean)}, discrete [PoissonDistribution]</li>
 *   <li>{@code zipf(max N, exponent s)}, discrete on {@code 1..N}, {@code P(k) ~ k^-s} [ZipfDistribution]</li>
 * </ul>
 * An unknown type, a missing parameter or an invalid value fails with an {@link IllegalArgumentException} naming the
 * type.
 */
public final class DistributionFactory {

  /** Every supported type name, in documentation order. */
  public static final List<String> TYPES = List.of("constant", "uniform", "normal", "lognormal", "gamma",
      "exponential", "triangular", "pareto", "weibull", "poisson", "zipf");

  private static final int TRUNCATION_ATTEMPTS = 1000;

  private DistributionFactory() {}

  /**
   * True for the discrete types ({@code poisson}, {@code zipf}).
   *
   * @param spec distribution
   * @return whether values are integers
   */
  public static boolean isDiscrete(DistributionSpec spec) {
    String type = typeOf(spec);
    return type.equals("poisson") || type.equals("zipf");
  }

  /**
   * A continuous (or constant) distribution.
   *
   * @param spec distribution
   * @param rng generator the distribution samples from
   * @return the distribution
   * @throws IllegalArgumentException for an unknown or discrete type, or invalid parameters
   */
  public static RealDistribution real(DistributionSpec spec, RandomGenerator rng) {
    String type = typeOf(spec);
    try {
      return switch (type) {
        case "constant" -> new ConstantRealDistribution(need(spec, "value", spec.value()));
        case "uniform" -> new UniformRealDistribution(rng, need(spec, "min", spec.min()), need(spec, "max", spec.max()));
        case "normal" -> new NormalDistribution(rng, need(spec, "mean", spec.mean()), need(spec, "sd", spec.sd()));
        case "lognormal" -> new LogNormalDistribution(rng, Math.log(positive(spec, "median", spec.median())),
            need(spec, "sigma", spec.sigma()));
        case "gamma" -> new GammaDistribution(rng, need(spec, "shape", spec.shape()), need(spec, "scale", spec.scale()));
        case "exponential" -> new ExponentialDistribution(rng, need(spec, "mean", spec.mean()));
        case "triangular" -> new TriangularDistribution(rng, need(spec, "min", spec.min()),
            need(spec, "mode", spec.mode()), need(spec, "max", spec.max()));
        case "pareto" -> new ParetoDistribution(rng, need(spec, "scale", spec.scale()), need(spec, "shape", spec.shape()));
        case "weibull" -> new WeibullDistribution(rng, need(spec, "shape", spec.shape()), need(spec, "scale", spec.scale()));
        case "poisson", "zipf" -> throw new IllegalArgumentException("distribution type '" + type
            + "' is discrete; use DistributionFactory.integer or sampler");
        default -> throw unknown(type);
      };
    } catch (MathIllegalArgumentException e) {
      throw invalid(type, e);
    }
  }

  /**
   * A discrete (or integral constant) distribution.
   *
   * @param spec distribution
   * @param rng generator the distribution samples from
   * @return the distribution
   * @throws IllegalArgumentException for an unknown or continuous type, or invalid parameters
   */
  public static IntegerDistribution integer(DistributionSpec spec, RandomGenerator rng) {
    String type = typeOf(spec);
    try {
      return switch (type) {
        case "constant" -> {
          int v = integral(spec, "value", spec.value());
          yield new UniformIntegerDistribution(rng, v, v);
        }
        case "poisson" -> new PoissonDistribution(rng, need(spec, "mean", spec.mean()),
            PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS);
        case "zipf" -> new ZipfDistribution(rng, integral(spec, "max", spec.max()),
            need(spec, "exponent", spec.exponent()));
        default -> {
          if (TYPES.contains(type)) {
            throw new IllegalArgumentException("distribution type '" + type
                + "' is continuous; an integer quantity needs poisson, zipf or constant");
          }
          throw unknown(type);
        }
      };
    } catch (MathIllegalArgumentException e) {
      throw invalid(type, e);
    }
  }

  /**
   * A sampler of any type: discrete types give integral doubles.
   *
   * @param spec distribution
   * @param rng generator
   * @return a supplier of draws
   */
  public static DoubleSupplier sampler(DistributionSpec spec, RandomGenerator rng) {
    if (isDiscrete(spec)) {
      IntegerDistribution d = integer(spec, rng);
      return d::sample;
    }
    RealDistribution d = real(spec, rng);
    return d::sample;
  }

  /**
   * A sampler of a quantity that cannot be negative: a negative draw is redrawn (truncation at zero, as documented
   * for {@code normal}); after {@value #TRUNCATION_ATTEMPTS} negative draws in a row the value is 0.
   *
   * @param spec distribution
   * @param rng generator
   * @return a supplier of non-negative draws
   */
  public static DoubleSupplier nonNegativeSampler(DistributionSpec spec, RandomGenerator rng) {
    DoubleSupplier inner = sampler(spec, rng);
    return () -> {
      for (int i = 0; i < TRUNCATION_ATTEMPTS; i++) {
        double x = inner.getAsDouble();
        if (x >= 0) {
          return x;
        }
      }
      return 0;
    };
  }

  /**
   * The distribution's mean (e.g. a lane's mean transit time), without consuming random numbers.
   *
   * @param spec distribution
   * @return mean
   */
  public static double mean(DistributionSpec spec) {
    RandomGenerator unused = new Well19937c(0L);
    return isDiscrete(spec) ? integer(spec, unused).getNumericalMean() : real(spec, unused).getNumericalMean();
  }

  private static String typeOf(DistributionSpec spec) {
    if (spec == null) {
      throw new IllegalArgumentException("distribution is missing");
    }
    if (spec.type() == null) {
      throw new IllegalArgumentException("distribution has no type (supported: " + String.join(", ", TYPES) + ")");
    }
    return spec.type();
  }

  private static double need(DistributionSpec spec, String name, Double v) {
    if (v == null) {
      throw new IllegalArgumentException("distribution '" + spec.type() + "' needs parameter '" + name + "'");
    }
    return v;
  }

  private static double positive(DistributionSpec spec, String name, Double v) {
    double x = need(spec, name, v);
    if (!(x > 0)) {
      throw new IllegalArgumentException("distribution '" + spec.type() + "': " + name + " must be > 0, got " + x);
    }
    return x;
  }

  private static int integral(DistributionSpec spec, String name, Double v) {
    double x = need(spec, name, v);
    if (x != Math.rint(x) || Math.abs(x) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("distribution '" + spec.type() + "': " + name
          + " must be an integer, got " + x);
    }
    return (int) x;
  }

  private static IllegalArgumentException unknown(String type) {
    return new IllegalArgumentException("unknown distribution type '" + type + "' (supported: "
        + String.join(", ", TYPES) + ")");
  }

  private static IllegalArgumentException invalid(String type, MathIllegalArgumentException e) {
    return new IllegalArgumentException("distribution '" + type + "': " + e.getMessage(), e);
  }
}
