package io.hubscope.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.disclosure.ObserverView;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small in-memory setting for metric tests: a scenario from {@code src/test/resources/metrics/} (plus extra YAML
 * such as transforms), its model and world, shipments written by hand, and a runner that feeds the rows to a
 * metric's accumulators shard by shard, merges them in order and collects what the metric emits.
 */
final class MetricHarness {

  static final long SEED = 42;

  final VariantModel model;
  final World world;

  private MetricHarness(VariantModel model, World world) {
    this.model = model;
    this.world = world;
  }

  /**
   * Loads a scenario resource with extra top-level YAML appended.
   *
   * @param resource file name under {@code /metrics/}
   * @param extraYaml appended text (e.g. a {@code transforms:} section), may be empty
   * @return harness
   */
  static MetricHarness load(String resource, String extraYaml) {
    return loadText(resource, resourceText(resource) + "\n" + extraYaml);
  }

  /**
   * Loads a scenario from text.
   *
   * @param name file name for messages
   * @param text YAML
   * @return harness
   */
  static MetricHarness loadText(String name, String text) {
    try {
      LoadedScenario loaded = ScenarioLoader.load(name, text.getBytes(StandardCharsets.UTF_8), null);
      VariantModel model = VariantModel.of(loaded);
      return new MetricHarness(model, WorldBuilder.build(model.scenario(), RunEngine.worldSeed(SEED, 1)));
    } catch (io.hubscope.scenario.ScenarioException e) {
      throw new IllegalStateException(e.diagnostics().toString(), e);
    }
  }

  static String resourceText(String resource) {
    try (InputStream in = MetricHarness.class.getResourceAsStream("/metrics/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /metrics/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Number of consumers; firm k is recipient {@code consumers() + k}. */
  int consumers() {
    return world.consumerCount();
  }

  /**
   * The route from the first origin to a destination through a hub node.
   *
   * @param destination destination id
   * @param hubNode hub node id
   * @return route index
   */
  int route(String destination, String hubNode) {
    int pair = model.routes().pair(0, model.index().destination(destination));
    int hub = model.network().node(hubNode);
    for (int r = model.routes().firstRoute(pair); r < model.routes().firstRoute(pair + 1); r++) {
      if (model.routes().hub(r) == hub) {
        return r;
      }
    }
    throw new IllegalArgumentException("no route to " + destination + " through " + hubNode);
  }

  /**
   * A scenario observer's view.
   *
   * @param id observer id
   * @return view
   */
  ObserverView view(String id) {
    return model.views().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * The view of a set of pooled parties.
   *
   * @param parties party ids
   * @return view
   */
  ObserverView pool(String... parties) {
    BitSet pool = new BitSet();
    for (String p : parties) {
      pool.set(model.index().party(p));
    }
    return ObserverView.of(String.join("+", parties), pool, model.plan());
  }

  /**
   * Blank shipments: every row to consumer 0 on the first route, category 0, value 10, weight 0.1, times in a fixed
   * sequence (order 0 h, hub scan 22 h, delivery 30 h).
   *
   * @param n rows
   * @return columns to fill in
   */
  static ShipmentColumns shipments(int n) {
    ShipmentColumns s = new ShipmentColumns(n);
    for (int i = 0; i < n; i++) {
      s.value[i] = 10;
      s.weight[i] = 0.1f;
      s.tOrder[i] = 0;
      s.tDispatch[i] = 1;
      s.tDeparture[i] = 2;
      s.tHubScan[i] = 22;
      s.tRelease[i] = 23;
      s.tHandover[i] = 27;
      s.tDelivery[i] = 30;
    }
    return s;
  }

  /**
   * Sets one row.
   *
   * @param s columns
   * @param i row
   * @param recipient recipient
   * @param route route
   * @param category category index
   * @param value declared value
   * @param deliveryHours delivery time
   */
  static void row(ShipmentColumns s, int i, int recipient, int route, int category, double value,
      double deliveryHours) {
    s.recipient[i] = recipient;
    s.route[i] = route;
    s.category[i] = (short) category;
    s.value[i] = (float) value;
    s.tDelivery[i] = (float) deliveryHours;
  }

  /**
   * Runs a metric over rows split into shards at the given cut points, merging the shard accumulators in order.
   *
   * @param metric metric
   * @param view observer view
   * @param s shipments
   * @param cuts shard boundaries strictly inside (0, size)
   * @return emitted values by {@code measure|group}
   */
  Map<String, Double> run(Metric metric, ObserverView view, ShipmentColumns s, int... cuts) {
    MetricContext context = new MetricContext(model.scenario(), world, model.network(), model.routes(),
        model.plan(), view, SEED, 1, s.size);
    MetricAccumulator merged = metric.newAccumulator(context);
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    for (int c : cuts) {
      bounds.add(c);
    }
    bounds.add(s.size);
    for (int k = 0; k + 1 < bounds.size(); k++) {
      MetricAccumulator shard = metric.newAccumulator(context);
      shard.add(s, bounds.get(k), bounds.get(k + 1));
      merged.merge(shard);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    merged.emit((measure, group, value, unit) -> {
      assertThat(out.put(measure + "|" + group, value)).as("duplicate row " + measure + "|" + group).isNull();
    });
    return out;
  }
}
