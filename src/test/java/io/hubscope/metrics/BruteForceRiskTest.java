package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObservedCodes;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ShipmentColumns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Equivalence classes, re-identification risks and Bayes vulnerabilities equal a brute-force computation (every
 * pair of records compared, observations kept as lists of codes) on small random views: random shipments under a
 * few transform configurations and observers of the harness scenario.
 */
class BruteForceRiskTest {

  private static final double EPS = 1e-9;

  private static final String[] CONFIGS = {
      "",
      """
      transforms:
        - {field: postcode, to: ["*"], op: generalise, digits: 2}
        - {field: value, to: [hub-a], op: generalise, binWidth: 25}
      """,
      """
      transforms:
        - {field: name, to: [hub-a], op: pseudonymise, pseudonym: keyed}
        - {field: delivery_time, to: ["@hub"], op: generalise, roundHours: 48}
      """,
      """
      transforms:
        - {field: value, to: [hub-a], op: pseudonymise, pseudonym: perShipment}
        - {field: postcode, to: [hub-b], op: omit}
      """,
      """
      transforms:
        - {field: delivery_time, to: ["@hub"], op: omit}
        - {field: value, to: [hub-a], op: noise, epsilon: 0.5}
      """,
      """
      transforms:
        - {field: postcode, to: ["@hub"], op: pseudonymise, pseudonym: keyed}
        - {field: name, to: ["@hub"], op: omit}
        - {field: tax_id, to: ["@hub"], op: omit}
      """};

  private static final Map<Integer, MetricHarness> HARNESSES = new ConcurrentHashMap<>();

  record Case(int config, int observer, List<int[]> rows) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<int[]> row = Combinators.combine(Arbitraries.integers().between(0, 7),
            Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 3))
        .as((recipient, route, category, value, day) -> new int[] {recipient, route, category, value, day});
    return Combinators.combine(Arbitraries.integers().between(0, CONFIGS.length - 1),
            Arbitraries.integers().between(0, 3), row.list().ofMinSize(1).ofMaxSize(30))
        .as(Case::new);
  }

  private static MetricHarness harness(int config) {
    return HARNESSES.computeIfAbsent(config, c -> MetricHarness.load("people-harness.yaml", CONFIGS[c]));
  }

  private static ObserverView observer(MetricHarness h, int k) {
    return switch (k) {
      case 0 -> h.view("hub-a");
      case 1 -> h.view("hub-b");
      case 2 -> h.view("post-be");
      default -> h.pool("hub-a", "post-be");
    };
  }

  private static ShipmentColumns shipments(MetricHarness h, List<int[]> rows) {
    int[] routes = {h.route("BE", "HUB-A"), h.route("NL", "HUB-A"), h.route("BE", "HUB-B"),
        h.route("NL", "HUB-B")};
    double[] values = {10, 20, 30};
    ShipmentColumns s = MetricHarness.shipments(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      int[] r = rows.get(i);
      MetricHarness.row(s, i, r[0], routes[r[1]], r[2], values[r[3]], 24 * r[4] + 6);
    }
    return s;
  }

  /** The observation of a shipment as a list of (field, code), by the rules the metrics document. */
  private static List<Long> observed(MetricHarness h, ObservedCodes codes, ObserverView v, ShipmentColumns s,
      int i, boolean quasiOnly) {
    List<Long> out = new ArrayList<>();
    List<FieldSpec> fields = h.model.scenario().fields();
    for (int f = 0; f < fields.size(); f++) {
      FieldSpec spec = fields.get(f);
      FieldForm form = v.form(s.route[i], f);
      boolean informative = form.op() == TransformSpec.Op.KEEP || form.op() == TransformSpec.Op.GENERALISE
          || form.op() == TransformSpec.Op.NOISE
          || form.op() == TransformSpec.Op.PSEUDONYMISE && form.pseudonym() == TransformSpec.Pseudonym.KEYED;
      // leakage's observation: every field but the tracking number, numbers and times
      Attribute.Kind kind = spec.carries().kind();
      boolean wanted = quasiOnly ? spec.role() == FieldSpec.FieldRole.QUASI_IDENTIFIER
          : kind != Attribute.Kind.SHIPMENT_KEY && kind != Attribute.Kind.NUMBER && kind != Attribute.Kind.TIME;
      if (informative && wanted) {
        out.add((long) f);
        out.add(codes.code(f, form, s, i, 1));
      }
    }
    return out;
  }

  @Property(tries = 60)
  void reidEqualsBruteForce(@ForAll("cases") Case c) {
    MetricHarness h = harness(c.config());
    ObserverView v = observer(h, c.observer());
    ShipmentColumns s = shipments(h, c.rows());
    ObservedCodes codes = new ObservedCodes(h.model.scenario(), h.world, h.model.routes(), MetricHarness.SEED);
    int n = s.size;
    List<Integer> held = new ArrayList<>();
    List<List<Long>> tuples = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (v.touches(s.route[i])) {
        held.add(i);
        tuples.add(observed(h, codes, v, s, i, true));
      }
    }
    Map<String, Double> m = h.run(new ReidentificationMetric(), v, s, n / 2 > 0 && n / 2 < n ? n / 2 : 0);
    for (int pop = 0; pop < 2; pop++) {
      String group = "population=" + (pop == 0 ? "consumers" : "businesses");
      int records = 0;
      int k1 = 0;
      int lt5 = 0;
      int minK = Integer.MAX_VALUE;
      double inverse = 0;
      List<List<Long>> classes = new ArrayList<>();
      for (int a = 0; a < held.size(); a++) {
        if ((s.recipient[held.get(a)] < h.consumers() ? 0 : 1) != pop) {
          continue;
        }
        int k = 0;
        for (List<Long> other : tuples) {
          k += other.equals(tuples.get(a)) ? 1 : 0;
        }
        records++;
        k1 += k == 1 ? 1 : 0;
        lt5 += k < 5 ? 1 : 0;
        minK = Math.min(minK, k);
        inverse += 1.0 / k;
        if (!classes.contains(tuples.get(a))) {
          classes.add(tuples.get(a));
        }
      }
      assertThat(m.get("records|" + group)).isEqualTo((double) records);
      if (records == 0) {
        assertThat(m.get("k1_share|" + group)).isNaN();
        continue;
      }
      assertThat(m.get("k1_share|" + group)).isCloseTo(k1 / (double) records, within(EPS));
      assertThat(m.get("k_lt5_share|" + group)).isCloseTo(lt5 / (double) records, within(EPS));
      assertThat(m.get("prosecutor_max|" + group)).isCloseTo(1.0 / minK, within(EPS));
      assertThat(m.get("prosecutor_avg|" + group)).isCloseTo(inverse / records, within(EPS));
      assertThat(m.get("marketer|" + group)).isCloseTo(classes.size() / (double) records, within(EPS));
    }
  }

  @Property(tries = 60)
  void leakageEqualsBruteForce(@ForAll("cases") Case c) {
    MetricHarness h = harness(c.config());
    ObserverView v = observer(h, c.observer());
    ShipmentColumns s = shipments(h, c.rows());
    ObservedCodes codes = new ObservedCodes(h.model.scenario(), h.world, h.model.routes(), MetricHarness.SEED);
    Map<String, Double> m = h.run(new LeakageMetric(), v, s);
    for (String secret : LeakageMetric.SECRETS) {
      Map<List<Long>, Map<Integer, Integer>> joint = new HashMap<>();
      Map<Integer, Integer> marginal = new HashMap<>();
      int count = 0;
      for (int i = 0; i < s.size; i++) {
        int r = s.recipient[i];
        boolean consumer = r < h.consumers();
        Integer x = switch (secret) {
          case "consumer" -> consumer ? r : null;
          case "business" -> consumer ? null : r;
          case "category" -> (int) s.category[i];
          default -> ReidentificationMetricTest.destination(h, r).hashCode();
        };
        if (x == null) {
          continue;
        }
        count++;
        List<Long> y = v.touches(s.route[i]) ? observed(h, codes, v, s, i, false) : List.of(Long.MIN_VALUE);
        joint.computeIfAbsent(y, k -> new HashMap<>()).merge(x, 1, Integer::sum);
        marginal.merge(x, 1, Integer::sum);
      }
      String group = "secret=" + secret;
      if (count == 0) {
        assertThat(m.get("prior_vulnerability|" + group)).isNaN();
        continue;
      }
      double prior = marginal.values().stream().mapToInt(Integer::intValue).max().orElseThrow() / (double) count;
      double posterior = joint.values().stream()
          .mapToInt(byX -> byX.values().stream().mapToInt(Integer::intValue).max().orElseThrow()).sum()
          / (double) count;
      assertThat(m.get("prior_vulnerability|" + group)).isCloseTo(prior, within(EPS));
      assertThat(m.get("posterior_vulnerability|" + group)).isCloseTo(posterior, within(EPS));
      assertThat(m.get("min_entropy_bits|" + group)).isCloseTo(Math.log(posterior / prior) / Math.log(2),
          within(EPS));
    }
  }
}
