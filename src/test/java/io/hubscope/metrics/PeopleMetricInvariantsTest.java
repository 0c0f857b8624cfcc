package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.engine.ReplicationListener;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.results.MetricRow;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.util.RunProgress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Invariants of the people-inference metrics on random small scenarios run through the real pipeline (loader,
 * variant model, engine, one replication, small shards): a stricter transform for the observer never increases an
 * exposure measure on the same seed; pooling more parties never decreases one; U(p) never decreases with p.
 *
 * <p>Stricter transforms move one field of the hub one step along a chain whose forms each determine the next
 * (keep, then generalise to fewer digits, wider bins or longer rounding, or a keyed pseudonym, then omit), and apply
 * to the hub on every route, so records that looked alike keep looking alike. The measures checked are those for
 * which the invariant is a theorem; pairwise linkage scores, estimates and error measures are not monotone (see
 * their Javadoc).
 */
class PeopleMetricInvariantsTest {

  /** Measures that never increase under a stricter transform (same records held). */
  static final Set<String> MONOTONE = Set.of(
      "reid.direct_rate", "reid.direct_people", "reid.k1_share", "reid.k_lt5_share", "reid.k_lt10_share",
      "reid.prosecutor_max", "reid.prosecutor_avg", "reid.marketer",
      "unicity.share_unique", "unicity.share_unique_all",
      "uniqueness.sample_uniques", "uniqueness.population_truth",
      "attribute.special_revealed",
      "leakage.posterior_vulnerability", "leakage.min_entropy_bits");

  /** Measures that never decrease when parties are pooled, whatever records they add. */
  static final Set<String> POOL_MONOTONE = Set.of(
      "reid.direct_rate", "reid.direct_people", "leakage.posterior_vulnerability", "leakage.min_entropy_bits");

  /** Per field: the transforms from most to least revealing (null = keep, no transform). */
  static final Map<String, List<String>> CHAINS = Map.of(
      "postcode", List.of("", "op: generalise, digits: 3", "op: generalise, digits: 2", "op: omit"),
      "value", List.of("", "op: generalise, binWidth: 5", "op: generalise, binWidth: 10", "op: omit"),
      "delivery_time", List.of("", "op: generalise, roundHours: 24", "op: generalise, roundHours: 48",
          "op: omit"),
      "name", List.of("", "op: pseudonymise, pseudonym: keyed", "op: omit"),
      "tax_id", List.of("", "op: pseudonymise, pseudonym: keyed", "op: omit"),
      "category", List.of("", "op: omit"),
      "hs_code", List.of("", "op: generalise, digits: 4", "op: generalise, digits: 2", "op: omit"));

  static final List<String> FIELDS = List.of("postcode", "value", "delivery_time", "name", "tax_id", "category",
      "hs_code");

  static final List<String> POOLED = List.of("hub-b", "post-be", "post-nl", "marketplace", "airline");

  record Setting(long seed, int consumers, List<Integer> levels, int stricterField, String pooled) {}

  @Provide
  Arbitrary<Setting> settings() {
    return Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.integers().between(15, 60),
            Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(3, 1), Tuple.of(3, 2), Tuple.of(1, 3))
                .list().ofSize(FIELDS.size()),
            Arbitraries.integers().between(0, FIELDS.size() - 1), Arbitraries.of(POOLED))
        .as(Setting::new);
  }

  private static String transform(String field, int level) {
    List<String> chain = CHAINS.get(field);
    String op = chain.get(Math.min(level, chain.size() - 1));
    return op.isEmpty() ? "" : "    - {field: " + field + ", to: [hub-a], " + op + "}\n";
  }

  private static String scenario(Setting s) {
    StringBuilder base = new StringBuilder();
    for (int f = 0; f < FIELDS.size(); f++) {
      base.append(transform(FIELDS.get(f), s.levels().get(f)));
    }
    String field = FIELDS.get(s.stricterField());
    int level = Math.min(s.levels().get(s.stricterField()), CHAINS.get(field).size() - 1);
    String stricter = level + 1 < CHAINS.get(field).size() ? transform(field, level + 1) : "";
    return MetricHarness.resourceText("people-props.yaml")
        .replace("SEED", Long.toString(s.seed()))
        .replace("CONSUMERS", Integer.toString(s.consumers()))
        + "\ntransforms:\n" + (base.length() == 0 ? "  []\n" : base.toString().replace("    - ", "  - "))
        + "\nanalysis:\n  unicity: {maxPoints: 4}\n"
        + "\nobservers:\n  - {id: hub, party: hub-a}\n  - {id: pooled, party: hub-a, pool: [" + s.pooled() + "]}\n"
        + "\nvariants:\n  - id: stricter\n    description: one field one step stricter for the hub\n"
        + (stricter.isEmpty() ? "    set: {meta.horizonDays: 7}\n"
            : "    append:\n      transforms:\n" + stricter.replace("    - ", "        - "));
  }

  /** Rows of one run as (variant, observer) -> metric|group -> value. */
  private static Map<String, Map<String, Double>> run(Setting s) {
    return run(s, 2);
  }

  private static Map<String, Map<String, Double>> run(Setting s, int threads) {
    byte[] bytes = scenario(s).getBytes(StandardCharsets.UTF_8);
    List<VariantModel> models = new ArrayList<>();
    try {
      for (String variant : List.of("baseline", "stricter")) {
        models.add(VariantModel.of(ScenarioLoader.load("people-props.yaml", bytes, variant)));
      }
    } catch (ScenarioException e) {
      throw new IllegalStateException(scenario(s) + "\n" + e.diagnostics(), e);
    }
    RunEngine.Result result = RunEngine.run(new RunEngine.Request(models, 1, s.seed(), threads, 97,
        MetricRegistry.standard(), RunProgress.NONE, ReplicationListener.NONE));
    Map<String, Map<String, Double>> out = new HashMap<>();
    for (MetricRow r : result.rows()) {
      out.computeIfAbsent(r.variant() + "/" + r.observer(), k -> new HashMap<>())
          .put(r.metric() + "|" + r.group(), r.value());
    }
    return out;
  }

  private static void assertNotAbove(Map<String, Double> lower, Map<String, Double> upper, Set<String> measures,
      String what) {
    for (Map.Entry<String, Double> e : upper.entrySet()) {
      String measure = e.getKey().substring(0, e.getKey().indexOf('|'));
      Double low = lower.get(e.getKey());
      if (!measures.contains(measure) || low == null || low.isNaN() || e.getValue().isNaN()) {
        continue;
      }
      assertThat(low).as("%s: %s", what, e.getKey()).isLessThanOrEqualTo(e.getValue() + 1e-12);
    }
  }

  @Property(tries = 12)
  void aStricterTransformNeverIncreasesExposure(@ForAll("settings") Setting s) {
    Map<String, Map<String, Double>> rows = run(s);
    Map<String, Double> base = rows.get("baseline/hub");
    Map<String, Double> stricter = rows.get("stricter/hub");
    assertThat(stricter.get("coverage.shipments|")).isEqualTo(base.get("coverage.shipments|"));
    assertNotAbove(stricter, base, MONOTONE, "stricter " + FIELDS.get(s.stricterField()));
  }

  @Property(tries = 3)
  void resultsDoNotDependOnTheNumberOfThreads(@ForAll("settings") Setting s) {
    Map<String, Map<String, Double>> one = run(s, 1);
    Map<String, Map<String, Double>> three = run(s, 3);
    for (Map.Entry<String, Map<String, Double>> e : one.entrySet()) {
      assertThat(three.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Property(tries = 12)
  void poolingNeverDecreasesExposureAndUnicityGrowsWithPoints(@ForAll("settings") Setting s) {
    Map<String, Map<String, Double>> rows = run(s);
    Map<String, Double> alone = rows.get("baseline/hub");
    Map<String, Double> pooled = rows.get("baseline/pooled");
    boolean sameRecords = alone.get("coverage.shipments|").equals(pooled.get("coverage.shipments|"));
    assertNotAbove(alone, pooled, sameRecords ? MONOTONE : POOL_MONOTONE, "pooling " + s.pooled());
    for (Map<String, Double> observer : rows.values()) {
      for (String population : List.of("consumers", "businesses")) {
        for (int p = 2; p <= 4; p++) {
          Double before = observer.get("unicity.share_unique_all|population=" + population + ";p=" + (p - 1));
          Double after = observer.get("unicity.share_unique_all|population=" + population + ";p=" + p);
          if (!before.isNaN()) {
            assertThat(after).as("U(%d) after U(%d), %s", p, p - 1, population).isGreaterThanOrEqualTo(before);
          }
        }
      }
    }
  }
}
