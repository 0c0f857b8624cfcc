package io.hubscope.compare;

import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.metrics.Groups;
import io.hubscope.metrics.Metric;
import io.hubscope.metrics.MetricAccumulator;
import io.hubscope.metrics.MetricContext;
import io.hubscope.metrics.MetricSink;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.NeedSpec;
import io.hubscope.scenario.Party;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ShipmentColumns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Utility by the disclosure plan: for each party with needs, the share of the shipments it handles for which it
 * holds every field it needs in a usable form. {@code hubscope sweep} adds it only when the metric registry has no
 * {@code utility} metric, so that the exposure-vs-utility trade-off has a utility axis either way.
 *
 * <p>Definition: party p handles the shipments of route r when it sends or receives any message on r. On such a
 * route its needs are met when, for every field of every need of p, the form p holds (receiving, or originating
 * what it sends: {@link ObserverView#held}) is clear or generalised; pseudonymised, noised, aggregate-only, omitted
 * and absent fields do not let it do its job. With n_r shipments on route r,
 * {@code needs_met(p) = sum of n_r over handled routes where p's needs are met / sum of n_r over handled routes}.
 * Parties that handle no shipment get no row. The value does not depend on the observer (it is the same on every
 * observer's rows) nor on how many shipments an observer sees, only on what each party can still do.
 * Rows: {@code plan_utility.needs_met}, group {@code party=<id>}, unit {@code share}.
 */
public final class PlanUtilityMetric implements Metric {

  /** Registry name. */
  public static final String NAME = "plan_utility";

  /** Row name of the measure. */
  public static final String ROW = NAME + ".needs_met";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "Per party with needs: share of the shipments it handles for which it holds every needed field in "
        + "clear or generalised form (the disclosure plan's utility).";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  private static final class Accumulator implements MetricAccumulator {
    private final MetricContext context;
    private final long[] perRoute;

    Accumulator(MetricContext context) {
      this.context = context;
      this.perRoute = new long[context.routes().routeCount()];
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      int[] route = s.route;
      for (int i = from; i < to; i++) {
        perRoute[route[i]]++;
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      long[] o = ((Accumulator) other).perRoute;
      for (int r = 0; r < perRoute.length; r++) {
        perRoute[r] += o[r];
      }
    }

    @Override
    public void emit(MetricSink sink) {
      Scenario s = context.scenario();
      DisclosurePlan plan = context.plan();
      Map<String, List<Integer>> needed = neededFields(s);
      List<Party> parties = s.parties();
      for (Map.Entry<String, List<Integer>> e : needed.entrySet()) {
        int p = indexOf(parties, e.getKey());
        long handled = 0;
        long met = 0;
        for (int r = 0; r < perRoute.length; r++) {
          if (!handles(plan, r, p, s.messages().size())) {
            continue;
          }
          handled += perRoute[r];
          if (allUsable(plan, r, p, e.getValue())) {
            met += perRoute[r];
          }
        }
        if (handled > 0) {
          sink.accept("needs_met", Groups.of("party", e.getKey()), met / (double) handled, "share");
        }
      }
    }

    private static boolean allUsable(DisclosurePlan plan, int route, int party, List<Integer> fields) {
      for (int f : fields) {
        FieldForm held = ObserverView.held(plan, route, f, party);
        if (held.op() != TransformSpec.Op.KEEP && held.op() != TransformSpec.Op.GENERALISE) {
          return false;
        }
      }
      return true;
    }

    private static boolean handles(DisclosurePlan plan, int route, int party, int messages) {
      for (int m = 0; m < messages; m++) {
        if (contains(plan.senders(route, m), party) || contains(plan.recipients(route, m), party)) {
          return true;
        }
      }
      return false;
    }

    private static boolean contains(int[] values, int v) {
      for (int x : values) {
        if (x == v) {
          return true;
        }
      }
      return false;
    }

    /** Party id to the indices of every field its needs name, in scenario order of first need. */
    private static Map<String, List<Integer>> neededFields(Scenario s) {
      List<FieldSpec> fields = s.fields();
      Map<String, List<Integer>> out = new LinkedHashMap<>();
      for (NeedSpec need : s.needs() == null ? List.<NeedSpec>of() : s.needs()) {
        List<Integer> list = out.computeIfAbsent(need.party(), k -> new ArrayList<>());
        for (String id : need.fields()) {
          for (int f = 0; f < fields.size(); f++) {
            if (fields.get(f).id().equals(id) && !list.contains(f)) {
              list.add(f);
            }
          }
        }
      }
      out.keySet().removeIf(party -> indexOf(s.parties(), party) < 0);
      return out;
    }

    private static int indexOf(List<Party> parties, String id) {
      for (int i = 0; i < parties.size(); i++) {
        if (parties.get(i).id().equals(id)) {
          return i;
        }
      }
      return -1;
    }
  }
}
