package io.hubscope.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.engine.RunEngine;
import io.hubscope.engine.VariantModel;
import io.hubscope.network.NetworkChokepoints;
import io.hubscope.network.NetworkGraphWriter;
import io.hubscope.network.SupplyGraph;
import io.hubscope.results.RunManifest;
import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.scenario.ScenarioException;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.simulation.ReplicationSimulator;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.RunProgress;
import io.hubscope.world.MerchantTable;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.SupplyLinkTable;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Graph files of a run: the logistics network, the ground-truth supply graph and each observer's reconstructed
 * supply graph ({@link ObserverSupplyGraph}), as GraphML and/or GEXF.
 *
 * <p>Design: a run folder keeps metrics, not worlds or shipments, so the graphs are rebuilt. For each variant the
 * resolved scenario tree in {@code run.json} is loaded again, the world of replication 1 is built with its recorded
 * seed and replication 1 is simulated again with the recorded seed and shard size — deterministic, so these are the
 * shipments the run measured (checked against the shipment count in {@code run.json}; a different hubscope version
 * that simulates differently is refused rather than silently exported). This costs one replication per variant.
 *
 * <p>Files, under {@code graphs/} (in {@code graphs/<variant>/} for runs of several variants):
 * {@code network.graphml}, {@code supply-truth.graphml}, {@code supply-observer-<observer>.graphml} and the same with
 * {@code .gexf}. Supply-graph nodes are {@code m<index>} (merchants: label, kind, origin, category, size) and
 * {@code b<index>} (businesses: label, kind, sector, sectorName, destination); true edges carry category,
 * ordersPerDay, and the shipments and value simulated in replication 1; observed edges carry shipments, value and
 * categories (ids joined by {@code ;}).
 */
final class GraphExport {

  private GraphExport() {}

  /**
   * Checks that graphs can be made from a folder.
   *
   * @param data the folder's data
   * @throws HubscopeException (invalid input) when it has no run.json with resolved scenarios
   */
  static void check(ResultsData data) {
    RunManifest m = data.manifest();
    if (m == null || m.variants() == null || m.variants().isEmpty() || m.replicationRuns() == null) {
      throw HubscopeException.invalidInput("graphs need a run folder with run.json (" + data.folder()
          + " has none with resolved scenarios)", "export graphs from the folder 'hubscope run' wrote");
    }
  }

  /**
   * Writes the graphs.
   *
   * @param data the run's data
   * @param dir the graphs folder (exists, empty)
   * @param formats GRAPHML and/or GEXF
   * @return the files written, relative to {@code dir}
   */
  static List<String> write(ResultsData data, Path dir, Set<ExportFormat> formats) {
    check(data);
    RunManifest m = data.manifest();
    List<String> files = new ArrayList<>();
    ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
        r -> {
          Thread t = new Thread(r, "hubscope-graphs");
          t.setDaemon(true);
          return t;
        });
    try {
      Map<String, String> prefixes = NameSlugs.prefixes(m.variants().keySet());
      for (Map.Entry<String, JsonNode> e : m.variants().entrySet()) {
        String variant = e.getKey();
        String prefix = prefixes.get(variant);
        if (!prefix.isEmpty()) {
          Files.createDirectories(dir.resolve(prefix));
        }
        VariantModel model = model(variant, e.getValue());
        World world = WorldBuilder.build(model.scenario(), RunEngine.worldSeed(m.seed(), 1));
        ShipmentColumns shipments = new ReplicationSimulator(model.scenario(), world, model.network(),
            model.routes(), m.seed(), 1, m.shardRows()).simulate(executor, RunProgress.NONE);
        checkReplay(m, variant, shipments.size);
        NetworkGraphWriter network = new NetworkGraphWriter(model.network(), model.index(),
            NetworkChokepoints.analyse(model.scenario(), model.network()));
        AttributedGraph truth = truth(world, shipments);
        List<AttributedGraph> observed = new ArrayList<>();
        for (ObserverView view : model.views()) {
          observed.add(observed(world, model, view, shipments));
        }
        for (ExportFormat f : formats) {
          String ext = f == ExportFormat.GRAPHML ? ".graphml" : ".gexf";
          String name = prefix + "network" + ext;
          network.writeNew(dir.resolve(name));
          files.add(name);
          name = prefix + "supply-truth" + ext;
          truth.write(dir.resolve(name), f);
          files.add(name);
          for (int o = 0; o < observed.size(); o++) {
            name = prefix + "supply-observer-" + NameSlugs.slug(model.views().get(o).id()) + ext;
            observed.get(o).write(dir.resolve(name), f);
            files.add(name);
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw HubscopeException.cannotWrite("cannot write graphs into " + dir + ": " + e.getMessage(),
          "check disk space and permissions", e);
    } finally {
      executor.shutdownNow();
    }
  }

  private static VariantModel model(String variant, JsonNode tree) {
    try {
      byte[] json = JsonMapper.builder().build().writeValueAsBytes(tree);
      LoadedScenario loaded = ScenarioLoader.load("run.json (variant " + variant + ")", json, null);
      return VariantModel.of(loaded);
    } catch (ScenarioException e) {
      throw HubscopeException.invalidInput("the scenario recorded in run.json for variant " + variant
          + " no longer loads: " + e.diagnostics().get(0).format(),
          "it was probably written by another hubscope version; rerun the scenario");
    } catch (IOException | IllegalArgumentException e) {
      throw HubscopeException.invalidInput("cannot rebuild variant " + variant + " from run.json: " + e.getMessage(),
          "rerun the scenario");
    }
  }

  private static void checkReplay(RunManifest m, String variant, int shipments) {
    for (RunManifest.ReplicationRun r : m.replicationRuns()) {
      if (r.variant().equals(variant) && r.replication() == 1 && r.shipments() != shipments) {
        throw HubscopeException.invalidInput("simulating replication 1 of variant " + variant + " again gave "
            + shipments + " shipments, but run.json records " + r.shipments() + " (the run was made by hubscope "
            + m.toolVersion() + ")", "rerun the scenario with this version, then export its graphs");
      }
    }
  }

  private static AttributedGraph truth(World world, ShipmentColumns s) {
    AttributedGraph g = new AttributedGraph();
    ScenarioIndex index = world.index();
    SupplyGraph supply = SupplyGraph.of(world);
    SupplyLinkTable links = world.supplyLinks();
    Map<LinkKey, Integer> linkOf = new HashMap<>();
    for (int l = links.count() - 1; l >= 0; l--) {
      linkOf.put(key(links.merchant(l), links.business(l), links.category(l)), l);
    }
    long[] shipments = new long[links.count()];
    double[] value = new double[links.count()];
    int consumers = world.consumerCount();
    for (int i = 0; i < s.size; i++) {
      if (s.recipient[i] >= consumers) {
        Integer l = linkOf.get(key(s.merchant[i], s.recipient[i] - consumers, s.category[i]));
        if (l != null) {
          shipments[l]++;
          value[l] += s.value[i];
        }
      }
    }
    for (SupplyGraph.Vertex v : supply.graph().vertexSet()) {
      if (v.kind() == SupplyGraph.Vertex.Kind.MERCHANT) {
        merchant(g, world, v.index());
      } else {
        business(g, world, v.index());
      }
    }
    for (SupplyGraph.Edge e : supply.graph().edgeSet()) {
      int l = e.link();
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("category", index.categoryAt(e.category()).id());
      a.put("ordersPerDay", e.ordersPerDay());
      a.put("shipments", shipments[l]);
      a.put("value", value[l]);
      g.edge("link" + l, "m" + links.merchant(l), "b" + links.business(l), a);
    }
    return g;
  }

  private static AttributedGraph observed(World world, VariantModel model, ObserverView view, ShipmentColumns s) {
    AttributedGraph g = new AttributedGraph();
    ObserverSupplyGraph seen = ObserverSupplyGraph.of(view, model.scenario(), world.consumerCount(),
        model.routes().routeCount(), s);
    for (ObserverSupplyGraph.Edge e : seen.edges()) {
      merchant(g, world, e.merchant());
      business(g, world, e.business());
      Map<String, Object> a = new LinkedHashMap<>();
      a.put("shipments", e.shipments());
      a.put("value", e.value());
      a.put("categories", String.join(";",
          e.categories().stream().map(c -> model.index().categoryAt(c).id()).toList()));
      g.edge("m" + e.merchant() + "-b" + e.business(), "m" + e.merchant(), "b" + e.business(), a);
    }
    return g;
  }

  private static void merchant(AttributedGraph g, World world, int m) {
    MerchantTable merchants = world.merchants();
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("label", MerchantTable.name(m));
    a.put("kind", "merchant");
    a.put("origin", world.index().originAt(merchants.origin(m)).id());
    a.put("category", world.index().categoryAt(merchants.mainCategory(m)).id());
    a.put("size", merchants.size(m));
    g.node("m" + m, a);
  }

  private static void business(AttributedGraph g, World world, int b) {
    CustomerSpec.Sector sector = world.scenario().customers().businesses().get(world.businesses().sector(b));
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("label", String.format(Locale.ROOT, "Firm %06d", b));
    a.put("kind", "business");
    a.put("sector", sector.id());
    a.put("sectorName", sector.name() == null ? sector.id() : sector.name());
    a.put("destination", world.index().destinationAt(world.businesses().destination(b)).id());
    g.node("b" + b, a);
  }

  private static LinkKey key(int merchant, int business, int category) {
    return new LinkKey(merchant, business, category);
  }

  private record LinkKey(int merchant, int business, int category) {}
}
