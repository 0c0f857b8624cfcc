package io.hubscope.scenario;

import static io.hubscope.scenario.CheckContext.at;
import static io.hubscope.scenario.CheckContext.list;
import static io.hubscope.scenario.CheckContext.map;
import static io.hubscope.scenario.CheckContext.number;

import io.hubscope.util.Numbers;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Numbers that must make sense on their own or together: positive counts, rates and capacities; shares in [0,1]
 * that sum to 1; seven weekly multipliers; peaks and disruptions inside the horizon; postcode zones that fit their
 * country's postcodes; HS codes of 2, 4 or 6 digits; the inference metrics' settings.
 */
final class QuantityCheck {

  /**
   * Largest {@code analysis.unicity.maxPoints}: traces are a few dozen parcels at most, and every p is a row per
   * observer and a flag per sampled person.
   */
  static final int MAX_UNICITY_POINTS = 100;

  /** Tolerance for shares summing to 1. */
  static final double SUM_TOLERANCE = 1e-6;
  private static final int DAYS_PER_WEEK = 7;

  private final CheckContext ctx;
  private final Scenario s;

  QuantityCheck(CheckContext ctx) {
    this.ctx = ctx;
    this.s = ctx.scenario();
  }

  void run() {
    meta();
    regions();
    network();
    catalogue();
    merchants();
    customers();
    demand();
    disruption();
    analysis();
  }

  private void meta() {
    Meta m = s.meta();
    if (m == null) {
      return;
    }
    atLeast(at("meta", "horizonDays"), m.horizonDays(), 1, "horizonDays", "days");
    atLeast(at("meta", "replications"), m.replications(), 1, "replications", null);
    if (m.startDate() != null) {
      try {
        LocalDate.parse(m.startDate());
      } catch (DateTimeParseException e) {
        ctx.error(at("meta", "startDate"), "'" + m.startDate() + "' is not a calendar date",
            "write an existing date as YYYY-MM-DD, e.g. \"2025-11-03\"");
      }
    }
    if (m.scale() != null) {
      positive(at("meta", "scale", "realShipmentsPerDay"), m.scale().realShipmentsPerDay(), "realShipmentsPerDay",
          "the real daily number of shipments the simulated ones stand for");
    }
  }

  private void regions() {
    if (s.regions() == null) {
      return;
    }
    List<Regions.Destination> dests = list(s.regions().destinations());
    for (int i = 0; i < dests.size(); i++) {
      Regions.Destination d = dests.get(i);
      if (d == null) {
        continue;
      }
      atLeast(at("regions", "destinations", i, "postcodeDigits"), d.postcodeDigits(), 1, "postcodeDigits", null);
      if (list(d.zones()).isEmpty()) {
        ctx.error(at("regions", "destinations", i, "zones"), "destination '" + d.id() + "' has no postcode zones",
            "add at least one zone with prefix, population and postcodes");
      }
      List<Regions.Zone> zones = list(d.zones());
      for (int j = 0; j < zones.size(); j++) {
        zone(i, j, d, zones.get(j));
      }
    }
  }

  private void zone(int i, int j, Regions.Destination d, Regions.Zone z) {
    if (z == null) {
      return;
    }
    atLeast(at("regions", "destinations", i, "zones", j, "population"), z.population(), 1, "population",
        "residents");
    atLeast(at("regions", "destinations", i, "zones", j, "postcodes"), z.postcodes(), 1, "postcodes", null);
    Integer digits = d.postcodeDigits();
    if (digits == null || digits < 1 || z.prefix() == null) {
      return;
    }
    int free = digits - z.prefix().length();
    if (free < 0) {
      ctx.error(at("regions", "destinations", i, "zones", j, "prefix"),
          "prefix '" + z.prefix() + "' is longer than the " + digits + "-digit postcodes of " + d.id(),
          "shorten the prefix, or correct postcodeDigits");
    } else if (z.postcodes() != null && free < 10 && z.postcodes() > Math.pow(10, free)) {
      ctx.error(at("regions", "destinations", i, "zones", j, "postcodes"),
          "zone '" + z.prefix() + "' can hold at most " + (long) Math.pow(10, free) + " postcodes of " + digits
              + " digits, got " + z.postcodes(),
          "lower postcodes, or use a shorter prefix");
    }
  }

  private void network() {
    NetworkSpec n = s.network();
    if (n == null) {
      return;
    }
    List<NetworkSpec.Node> nodes = list(n.nodes());
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) != null) {
        atLeast(at("network", "nodes", i, "capacityPerDay"), nodes.get(i).capacityPerDay(), 1, "capacityPerDay",
            "parcels per day");
      }
    }
    List<NetworkSpec.Lane> lanes = list(n.lanes());
    for (int i = 0; i < lanes.size(); i++) {
      NetworkSpec.Lane l = lanes.get(i);
      if (l == null) {
        continue;
      }
      atLeast(at("network", "lanes", i, "capacityPerDay"), l.capacityPerDay(), 1, "capacityPerDay",
          "parcels per day");
      if (l.cost() != null && !(l.cost() >= 0 && Double.isFinite(l.cost()))) {
        ctx.error(at("network", "lanes", i, "cost"), "cost must be 0 or more, got " + number(l.cost()),
            "routing costs are non-negative; leave it out to use the mean transit time");
      }
      if (l.from() != null && l.from().equals(l.to())) {
        ctx.error(at("network", "lanes", i, "to"), "lane goes from '" + l.from() + "' to itself",
            "a lane links two different nodes");
      }
    }
    NetworkSpec.Routing r = n.routing();
    if (r == null) {
      return;
    }
    if (r.method() == NetworkSpec.Method.HUB_SHARES && r.hubShares() == null) {
      ctx.error(at("network", "routing", "method"), "routing method hubShares needs hubShares",
          "add hubShares: {HUB_NODE_ID: share, ...} with shares summing to 1");
    } else if (r.method() == NetworkSpec.Method.CHEAPEST && r.hubShares() != null) {
      ctx.errorAtKey(at("network", "routing", "hubShares"), "hubShares only apply with method hubShares",
          "set method: hubShares, or remove hubShares");
    } else if (r.hubShares() != null) {
      shares(at("network", "routing", "hubShares"), r.hubShares(), true);
    }
  }

  private void catalogue() {
    List<Category> cats = list(s.catalogue());
    for (int i = 0; i < cats.size(); i++) {
      Category c = cats.get(i);
      if (c != null && c.hs() != null && c.hs().length() % 2 == 1) {
        ctx.error(at("catalogue", i, "hs"), "HS code '" + c.hs() + "' has " + c.hs().length()
                + " digits; expected 2, 4 or 6",
            "use the chapter (2 digits), heading (4) or subheading (6)");
      }
    }
  }

  private void merchants() {
    MerchantSpec m = s.merchants();
    if (m == null) {
      return;
    }
    atLeast(at("merchants", "count"), m.count(), 1, "count", "merchants");
    if (m.originMix() != null) {
      shares(at("merchants", "originMix"), m.originMix(), true);
    }
    if (m.categoryMix() != null) {
      shares(at("merchants", "categoryMix"), m.categoryMix(), true);
    }
    Integer per = m.categoriesPerMerchant();
    int categories = ctx.categories.size();
    if (per != null && (per < 1 || per > categories)) {
      ctx.error(at("merchants", "categoriesPerMerchant"),
          "categoriesPerMerchant must be between 1 and " + categories + " (the number of categories), got " + per,
          "a merchant sells its main category plus others from the catalogue");
    }
  }

  private void customers() {
    CustomerSpec cs = s.customers();
    if (cs == null) {
      return;
    }
    CustomerSpec.Consumers c = cs.consumers();
    if (c != null) {
      atLeast(at("customers", "consumers", "count"), c.count(), 1, "count", "consumers");
      if (c.categoryPreferences() != null) {
        weights(at("customers", "consumers", "categoryPreferences"), c.categoryPreferences());
      }
      List<CustomerSpec.DestinationPreference> prefs = list(c.byDestination());
      for (int i = 0; i < prefs.size(); i++) {
        CustomerSpec.DestinationPreference p = prefs.get(i);
        if (p == null) {
          continue;
        }
        positive(at("customers", "consumers", "byDestination", i, "rateFactor"), p.rateFactor(), "rateFactor",
            "a multiplier of the purchase rate");
        if (p.categoryPreferences() != null) {
          weights(at("customers", "consumers", "byDestination", i, "categoryPreferences"), p.categoryPreferences());
        }
      }
    }
    List<CustomerSpec.Sector> sectors = list(cs.businesses());
    for (int i = 0; i < sectors.size(); i++) {
      CustomerSpec.Sector sector = sectors.get(i);
      if (sector == null) {
        continue;
      }
      atLeast(at("customers", "businesses", i, "count"), sector.count(), 1, "count", "firms");
      if (sector.destinationMix() != null) {
        shares(at("customers", "businesses", i, "destinationMix"), sector.destinationMix(), true);
      }
    }
  }

  private void demand() {
    DemandSpec d = s.demand();
    if (d == null) {
      return;
    }
    if (d.weekly() != null) {
      weekly(d.weekly());
    }
    if (d.annualTrend() != null && !(d.annualTrend() > -1 && Double.isFinite(d.annualTrend()))) {
      ctx.error(at("demand", "annualTrend"), "annualTrend must be greater than -1, got " + number(d.annualTrend()),
          "it is the relative growth per year: 0.26 means +26%, -0.1 means -10%");
    }
    List<DemandSpec.Peak> peaks = list(d.peaks());
    for (int i = 0; i < peaks.size(); i++) {
      DemandSpec.Peak p = peaks.get(i);
      if (p == null) {
        continue;
      }
      positive(at("demand", "peaks", i, "factor"), p.factor(), "factor", "a volume multiplier");
      window(at("demand", "peaks", i), p.day(), p.days(), "day", "peak");
    }
  }

  private void weekly(List<Double> weekly) {
    if (weekly.size() != DAYS_PER_WEEK) {
      ctx.error(at("demand", "weekly"), "weekly must have 7 values (Monday to Sunday), got " + weekly.size(),
          "give one multiplier per day of the week, Monday first");
      return;
    }
    boolean anyPositive = false;
    for (int i = 0; i < weekly.size(); i++) {
      Double v = weekly.get(i);
      if (v == null) {
        continue;
      }
      if (!(v >= 0 && Double.isFinite(v))) {
        ctx.error(at("demand", "weekly", i), "weekly multiplier must be 0 or more, got " + number(v),
            "use 0 for a day without orders");
      }
      anyPositive |= v > 0;
    }
    if (!anyPositive) {
      ctx.error(at("demand", "weekly"), "every weekly multiplier is 0, so nothing is ever ordered",
          "give at least one day a positive multiplier");
    }
  }

  private void disruption() {
    DisruptionSpec d = s.disruption();
    if (d != null) {
      window(at("disruption"), d.startDay(), d.days(), "startDay", "disruption");
    }
  }

  private void analysis() {
    AnalysisSpec a = s.analysis();
    if (a == null) {
      return;
    }
    AnalysisSpec.Unicity u = a.unicity();
    if (u != null) {
      String at = at("analysis", "unicity");
      Integer points = u.maxPoints();
      if (points != null && (points < 1 || points > MAX_UNICITY_POINTS)) {
        ctx.error(SourceMap.child(at, "maxPoints"), "maxPoints must be between 1 and " + MAX_UNICITY_POINTS
            + ", got " + points, "the largest number of known parcels p for which U(p) is reported; default 10");
      }
      atLeast(SourceMap.child(at, "samplePeople"), u.samplePeople(), 1, "samplePeople", "people sampled");
      if (u.postcodeDigits() != null && u.postcodeDigits() < 0) {
        ctx.error(SourceMap.child(at, "postcodeDigits"), "postcodeDigits must be at least 0, got "
            + u.postcodeDigits(),
            "0 keeps the country only; leave it out to use the postcode as each observer holds it");
      }
      positive(SourceMap.child(at, "timeHours"), u.timeHours(), "timeHours",
          "the width of a point's time bucket in hours, e.g. 24 for the day");
    }
    if (a.economic() != null) {
      atLeast(SourceMap.child(at("analysis", "economic"), "topK"), a.economic().topK(), 1, "topK",
          "entries in the top lists compared");
    }
  }

  /** A window of days [start, start + days) that must lie inside the horizon. */
  private void window(String pointer, Integer start, Integer days, String startKey, String what) {
    Integer horizon = ctx.horizon();
    if (days != null && days < 1) {
      ctx.error(SourceMap.child(pointer, "days"), what + " days must be at least 1, got " + days,
          "the length in days of the " + what);
    }
    if (start == null) {
      return;
    }
    if (start < 0 || (horizon != null && start >= horizon)) {
      ctx.error(SourceMap.child(pointer, startKey), what + " " + startKey + " " + start
              + " is outside the horizon (days 0 to " + (horizon == null ? "?" : horizon - 1) + ")",
          "days count from 0 at the scenario start; meta.horizonDays is " + horizon);
    } else if (horizon != null && days != null && days >= 1 && (long) start + days > horizon) {
      ctx.error(SourceMap.child(pointer, "days"), what + " runs to day " + ((long) start + days - 1)
              + ", past the last day of the horizon (" + (horizon - 1) + ")",
          "shorten it to at most " + Numbers.quantity(horizon - start, "day") + ", or lengthen meta.horizonDays");
    }
  }

  /** Shares: each in [0,1]; when {@code sumToOne}, they add up to 1. */
  private void shares(String pointer, Map<String, Double> shares, boolean sumToOne) {
    double sum = 0;
    boolean allValid = true;
    for (Map.Entry<String, Double> e : map(shares).entrySet()) {
      Double v = e.getValue();
      if (v == null) {
        continue;
      }
      if (!(v >= 0 && v <= 1)) {
        allValid = false;
        ctx.error(SourceMap.child(pointer, e.getKey()), "share of '" + e.getKey() + "' must be between 0 and 1, got "
            + number(v), "shares are fractions: 0.25 means a quarter");
      } else {
        sum += v;
      }
    }
    if (sumToOne && allValid && Math.abs(sum - 1) > SUM_TOLERANCE) {
      ctx.error(pointer, "shares sum to " + number(sum) + ", expected 1",
          "adjust the shares of " + SourceMap.dotted(pointer) + " so that they add up to 1");
    }
  }

  /** Relative weights: each 0 or more, at least one positive. */
  private void weights(String pointer, Map<String, Double> weights) {
    boolean anyPositive = false;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      Double v = e.getValue();
      if (v == null) {
        continue;
      }
      if (!(v >= 0 && Double.isFinite(v))) {
        ctx.error(SourceMap.child(pointer, e.getKey()), "weight of '" + e.getKey() + "' must be 0 or more, got "
            + number(v), "weights are relative: only their ratios matter");
      }
      anyPositive |= v > 0;
    }
    if (!anyPositive) {
      ctx.error(pointer, "no category has a positive weight, so nothing is bought",
          "give at least one category a weight above 0");
    }
  }

  private void atLeast(String pointer, Number value, long min, String key, String unit) {
    if (value != null && value.longValue() < min) {
      ctx.error(pointer, key + " must be at least " + min + ", got " + value,
          unit == null ? "a count cannot be zero or negative" : "it counts " + unit);
    }
  }

  private void positive(String pointer, Double value, String key, String what) {
    if (value != null && !(value > 0 && Double.isFinite(value))) {
      ctx.error(pointer, key + " must be greater than 0, got " + number(value), "it is " + what);
    }
  }
}
