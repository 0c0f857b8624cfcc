package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.scenario.TransformSpec;
import io.hubscope.scenario.TransformSpec.Op;
import io.hubscope.scenario.TransformSpec.Pseudonym;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the market exposures on random shipment sets of {@link MarketFixture}: a stricter transform for a
 * party never increases what an observer pooling it can infer (economic resolved share, supply-graph recall,
 * targetable dependencies) on the same shipments, and pooling one more party never decreases it. The estimation
 * errors of the economic metric are not exposures (an even spread can by chance sit closer to the truth) and are
 * not tested here.
 */
class MarketExposurePropertiesTest {

  static final String[] PARTIES = {"hubco1", "hubco2", "shop", "shipper", "customs", "postX", "postY"};

  /** Forms of a field from most to least revealing, as transforms for one party. */
  static List<TransformSpec> ladder(String field, String party) {
    List<String> to = List.of(party);
    List<TransformSpec> l = new ArrayList<>();
    l.add(new TransformSpec(field, to, null, Op.KEEP, null, null, null, null, null, null));
    switch (field) {
      case "postcode" -> {
        for (int d = 4; d >= 1; d--) {
          l.add(new TransformSpec(field, to, null, Op.GENERALISE, null, d, null, null, null, null));
        }
      }
      case "hs" -> {
        l.add(new TransformSpec(field, to, null, Op.GENERALISE, null, 4, null, null, null, null));
        l.add(new TransformSpec(field, to, null, Op.GENERALISE, null, 2, null, null, null, null));
      }
      case "value" -> {
        l.add(new TransformSpec(field, to, null, Op.GENERALISE, null, null, 5.0, null, null, null));
        l.add(new TransformSpec(field, to, null, Op.GENERALISE, null, null, 20.0, null, null, null));
        l.add(new TransformSpec(field, to, null, Op.NOISE, null, null, null, null, 2.0, 1.0));
        l.add(new TransformSpec(field, to, null, Op.NOISE, null, null, null, null, 0.5, 1.0));
      }
      default -> { }
    }
    if (!field.equals("type")) {
      l.add(new TransformSpec(field, to, null, Op.PSEUDONYMISE, Pseudonym.KEYED, null, null, null, null, null));
      l.add(new TransformSpec(field, to, null, Op.PSEUDONYMISE, Pseudonym.PER_SHIPMENT, null, null, null, null,
          null));
    }
    l.add(new TransformSpec(field, to, null, Op.AGGREGATE_ONLY, null, null, null, null, null, null));
    l.add(new TransformSpec(field, to, null, Op.OMIT, null, null, null, null, null, null));
    return l;
  }

  @Property(tries = 100)
  void aStricterTransformNeverRevealsMore(@ForAll("rows") List<int[]> rows,
      @ForAll("fields") String field, @IntRange(min = 0, max = 1) @ForAll int targetIndex,
      @IntRange(min = 0, max = 9) @ForAll int a, @IntRange(min = 0, max = 9) @ForAll int b,
      @ForAll("pools") List<String> others) {
    String target = targetIndex == 0 ? "hubco1" : "hubco2";
    List<TransformSpec> forms = ladder(field, target);
    int looser = Math.min(a, b) % forms.size();
    int stricter = Math.max(looser, Math.max(a, b) % forms.size());
    List<String> pool = new ArrayList<>(others);
    pool.add(target);
    Map<String, Double> loose = exposures(new MarketFixture(List.of(forms.get(looser))), rows, pool);
    Map<String, Double> strict = exposures(new MarketFixture(List.of(forms.get(stricter))), rows, pool);
    assertNoMore(strict, loose);
  }

  @Property(tries = 100)
  void poolingAnotherPartyNeverRevealsLess(@ForAll("rows") List<int[]> rows, @ForAll("pools") List<String> pool,
      @IntRange(min = 0, max = 6) @ForAll int extra) {
    MarketFixture m = new MarketFixture();
    List<String> small = pool.isEmpty() ? List.of("hubco1") : pool;
    List<String> bigger = new ArrayList<>(small);
    bigger.add(PARTIES[extra]);
    assertNoMore(exposures(m, rows, small), exposures(m, rows, bigger));
  }

  static void assertNoMore(Map<String, Double> smaller, Map<String, Double> larger) {
    assertThat(smaller.keySet()).isEqualTo(larger.keySet());
    for (var e : smaller.entrySet()) {
      double big = larger.get(e.getKey());
      // NaN: nothing to measure (e.g. no firm shipped), the same for both since denominators are the market's
      if (Double.isNaN(e.getValue()) || Double.isNaN(big)) {
        assertThat(Double.isNaN(e.getValue()) && Double.isNaN(big)).as(e.getKey()).isTrue();
        continue;
      }
      assertThat(e.getValue()).as(e.getKey()).isLessThanOrEqualTo(big + 1e-12);
    }
  }

  static Map<String, Double> exposures(MarketFixture m, List<int[]> rows, List<String> pool) {
    ShipmentColumns s = MarketFixture.shipments(consistent(m, rows));
    var view = m.view(pool.toArray(String[]::new));
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, Double> econ = m.measureOnce(new EconomicMetric(), view, s);
    out.put("economic.resolved_share|volume", econ.get("resolved_share|measure=volume"));
    out.put("economic.resolved_share|value", econ.get("resolved_share|measure=value"));
    m.measureOnce(new SupplyMetric(), view, s).forEach((k, v) -> {
      if (!k.startsWith("edge_precision")) {
        out.put("supply." + k, v);
      }
    });
    m.measureOnce(new TargetableMetric(), view, s).forEach((k, v) -> out.put("targetable." + k, v));
    return out;
  }

  /**
   * Turns random draws {recipient, pick, category, route choice, value, hour} into shipments the world could
   * produce: a firm buys one of its inputs from one of that input's suppliers; the route is one of the pair's.
   */
  static int[][] consistent(MarketFixture m, List<int[]> draws) {
    World w = m.world;
    int[][] out = new int[draws.size()][];
    for (int i = 0; i < draws.size(); i++) {
      int[] d = draws.get(i);
      int recipient = d[0];
      int merchant;
      int category;
      int destination;
      if (recipient < w.consumerCount()) {
        merchant = d[1] % w.merchantCount();
        category = d[2];
        destination = w.consumers().destination(recipient);
      } else {
        int b = recipient - w.consumerCount();
        int first = w.businesses().firstLink(w.businesses().firstInput(b));
        int last = w.businesses().firstLink(w.businesses().firstInput(b + 1));
        int link = first + d[1] % (last - first);
        merchant = w.supplyLinks().merchant(link);
        category = w.supplyLinks().category(link);
        destination = w.businesses().destination(b);
      }
      int pair = m.routes.pair(w.merchants().origin(merchant), destination);
      int route = m.routes.firstRoute(pair) + d[3] % m.routes.routeCount(pair);
      out[i] = new int[] {recipient, merchant, category, route, d[4], d[5]};
    }
    return out;
  }

  @Provide
  Arbitrary<List<int[]>> rows() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9),
        Arbitraries.integers().between(1, 150), Arbitraries.integers().between(0, 167))
        .as((r, p, c, route, v, t) -> new int[] {r, p, c, route, v, t})
        .list().ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<String> fields() {
    return Arbitraries.of("name", "type", "postcode", "seller", "hs", "value");
  }

  @Provide
  Arbitrary<List<String>> pools() {
    return Arbitraries.of(PARTIES).list().ofMaxSize(3).uniqueElements();
  }
}
