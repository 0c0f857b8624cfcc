package io.hubscope.scenario;

import static io.hubscope.scenario.CheckContext.at;
import static io.hubscope.scenario.CheckContext.list;
import static io.hubscope.scenario.CheckContext.number;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distribution parameters, per type (see {@link DistributionSpec}): the type's parameters are all given and no
 * other, scales and shapes are positive, bounds are ordered, and no distribution can produce negative values (every
 * distribution of a scenario describes a quantity such as a price, a weight, a rate or a duration).
 */
final class DistributionCheck {

  /** The parameters each type takes, in the order they are listed in hints. */
  private static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
      Map.entry("constant", List.of("value")),
      Map.entry("uniform", List.of("min", "max")),
      Map.entry("normal", List.of("mean", "sd")),
      Map.entry("lognormal", List.of("median", "sigma")),
      Map.entry("gamma", List.of("shape", "scale")),
      Map.entry("exponential", List.of("mean")),
      Map.entry("triangular", List.of("min", "mode", "max")),
      Map.entry("pareto", List.of("scale", "shape")),
      Map.entry("weibull", List.of("shape", "scale")),
      Map.entry("poisson", List.of("mean")),
      Map.entry("zipf", List.of("max", "exponent")));

  private final CheckContext ctx;

  DistributionCheck(CheckContext ctx) {
    this.ctx = ctx;
  }

  void run() {
    Scenario s = ctx.scenario();
    if (s.network() != null) {
      List<NetworkSpec.Node> nodes = list(s.network().nodes());
      for (int i = 0; i < nodes.size(); i++) {
        if (nodes.get(i) != null) {
          check(at("network", "nodes", i, "dwellHours"), nodes.get(i).dwellHours());
        }
      }
      List<NetworkSpec.Lane> lanes = list(s.network().lanes());
      for (int i = 0; i < lanes.size(); i++) {
        if (lanes.get(i) != null) {
          check(at("network", "lanes", i, "transitHours"), lanes.get(i).transitHours());
        }
      }
    }
    List<Category> cats = list(s.catalogue());
    for (int i = 0; i < cats.size(); i++) {
      if (cats.get(i) != null) {
        check(at("catalogue", i, "value"), cats.get(i).value());
        check(at("catalogue", i, "weight"), cats.get(i).weight());
      }
    }
    if (s.merchants() != null) {
      check(at("merchants", "size"), s.merchants().size());
      check(at("merchants", "handlingHours"), s.merchants().handlingHours());
    }
    if (s.customers() == null) {
      return;
    }
    if (s.customers().consumers() != null) {
      check(at("customers", "consumers", "ordersPerYear"), s.customers().consumers().ordersPerYear());
    }
    List<CustomerSpec.Sector> sectors = list(s.customers().businesses());
    for (int i = 0; i < sectors.size(); i++) {
      CustomerSpec.Sector sector = sectors.get(i);
      if (sector != null) {
        check(at("customers", "businesses", i, "suppliersPerInput"), sector.suppliersPerInput());
        check(at("customers", "businesses", i, "ordersPerMonth"), sector.ordersPerMonth());
        check(at("customers", "businesses", i, "inventoryDays"), sector.inventoryDays());
      }
    }
  }

  /**
   * Checks one distribution.
   *
   * @param pointer where it is
   * @param d the distribution, or null when absent
   */
  void check(String pointer, DistributionSpec d) {
    if (d == null || d.type() == null) {
      return;
    }
    List<String> wanted = PARAMETERS.get(d.type());
    if (wanted == null) {
      return;
    }
    String takes = d.type() + " takes " + String.join(", ", wanted);
    Map<String, Double> given = given(d);
    boolean complete = true;
    for (String name : wanted) {
      if (given.get(name) == null) {
        complete = false;
        ctx.error(pointer, "a " + d.type() + " distribution needs '" + name + "'", takes);
      }
    }
    for (Map.Entry<String, Double> e : given.entrySet()) {
      if (e.getValue() != null && !wanted.contains(e.getKey())) {
        ctx.errorAtKey(SourceMap.child(pointer, e.getKey()),
            "'" + e.getKey() + "' does not apply to a " + d.type() + " distribution", takes);
      } else if (e.getValue() != null && !Double.isFinite(e.getValue())) {
        complete = false;
        ctx.error(SourceMap.child(pointer, e.getKey()), e.getKey() + " must be a finite number", takes);
      }
    }
    if (complete) {
      constraints(pointer, d);
    }
  }

  private void constraints(String pointer, DistributionSpec d) {
    switch (d.type()) {
      case "constant":
        nonNegative(pointer, "value", d.value());
        break;
      case "uniform":
        ordered(pointer, d.min(), d.max());
        nonNegative(pointer, "min", d.min());
        break;
      case "normal":
        positive(pointer, "sd", d.sd());
        positive(pointer, "mean", d.mean());
        break;
      case "lognormal":
        positive(pointer, "median", d.median());
        positive(pointer, "sigma", d.sigma());
        break;
      case "gamma":
      case "weibull":
      case "pareto":
        positive(pointer, "shape", d.shape());
        positive(pointer, "scale", d.scale());
        break;
      case "exponential":
      case "poisson":
        positive(pointer, "mean", d.mean());
        break;
      case "triangular":
        ordered(pointer, d.min(), d.max());
        nonNegative(pointer, "min", d.min());
        if (d.min() < d.max() && (d.mode() < d.min() || d.mode() > d.max())) {
          ctx.error(SourceMap.child(pointer, "mode"), "mode " + number(d.mode()) + " is outside [min, max] = ["
              + number(d.min()) + ", " + number(d.max()) + "]", "the most likely value lies between min and max");
        }
        break;
      case "zipf":
        if (d.max() < 1 || d.max() != Math.rint(d.max())) {
          ctx.error(SourceMap.child(pointer, "max"), "zipf max must be a whole number of at least 1, got "
              + number(d.max()), "max is the number of elements; values run from 1 to max");
        }
        positive(pointer, "exponent", d.exponent());
        break;
      default:
        break;
    }
  }

  private void ordered(String pointer, double min, double max) {
    if (!(min < max)) {
      ctx.error(SourceMap.child(pointer, "max"), "min must be less than max, got min " + number(min) + " and max "
          + number(max), "swap them, or use type: constant for a fixed value");
    }
  }

  private void positive(String pointer, String name, double v) {
    if (!(v > 0)) {
      ctx.error(SourceMap.child(pointer, name), name + " must be greater than 0, got " + number(v),
          hintFor(name));
    }
  }

  private void nonNegative(String pointer, String name, double v) {
    if (v < 0) {
      ctx.error(SourceMap.child(pointer, name), name + " must be 0 or more, got " + number(v),
          "the quantity cannot be negative (a price, weight, rate or duration)");
    }
  }

  private static String hintFor(String name) {
    switch (name) {
      case "sd":
      case "sigma":
        return "a spread must be positive; use type: constant for no spread";
      case "mean":
      case "median":
        return "the quantity is positive (a price, weight, rate or duration)";
      default:
        return name + " is a positive parameter of the distribution";
    }
  }

  private static Map<String, Double> given(DistributionSpec d) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("value", d.value());
    m.put("min", d.min());
    m.put("max", d.max());
    m.put("mode", d.mode());
    m.put("mean", d.mean());
    m.put("sd", d.sd());
    m.put("median", d.median());
    m.put("sigma", d.sigma());
    m.put("shape", d.shape());
    m.put("scale", d.scale());
    m.put("exponent", d.exponent());
    return m;
  }
}
