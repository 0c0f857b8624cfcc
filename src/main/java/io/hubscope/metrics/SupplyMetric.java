package io.hubscope.metrics;

import io.hubscope.network.SupplyGraph;
import io.hubscope.network.SupplyGraph.Vertex;
import io.hubscope.scenario.CustomerSpec;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.BusinessTable;
import io.hubscope.world.SupplyLinkTable;
import io.hubscope.world.World;
import java.util.BitSet;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Supply-network reconstruction: the supplier &rarr; business graph the observer can draw from its view, against the
 * world's ground-truth supply graph ({@link SupplyGraph}).
 *
 * <p><b>Observed graph.</b> A touched shipment to a firm gives the edge (merchant, firm) when the observer
 * ({@link SupplyEdgeRoutes}, by the rules of {@link ObserverKnowledge}) links the merchant (a sender identity field
 * kept or keyed-pseudonymised), links the buyer (a recipient identity field kept or keyed-pseudonymised) and
 * recognises the buyer as a business ({@code recipient.type} kept, a tax id kept or keyed-pseudonymised, or the name
 * kept). Keyed pseudonyms count: the observer can draw the edge between two tokens and follow it over time, even
 * if it cannot name the ends. A consumer is never taken for a firm under these rules. The observed edges form a
 * JGraphT directed graph over {@link Vertex} merchants and businesses.
 *
 * <p><b>Truth.</b> E = distinct (merchant, firm) pairs of the world's supply links (a link that shipped nothing in
 * the horizon is still a true edge, so even an observer that sees everything can miss it). Measures:
 * <ul>
 *   <li>{@code edge_precision} = |E^ &cap; E| / |E^| (NaN with no observed edge). Under the rules above every observed
 *       edge is true (identities are matched exactly, pseudonym collisions aside), so it is 1 whenever defined; it
 *       would fall only under looser, heuristic recognition, which this observer does not attempt;</li>
 *   <li>{@code edge_recall} = |E^ &cap; E| / |E|;</li>
 *   <li>{@code edge_recall_value}: the same weighted by the value of the edge's shipments in the horizon;</li>
 *   <li>{@code supplier_share} (group {@code sector=<id>}, and all sectors with an empty group): mean over the firms
 *       that have at least one supplier of (suppliers revealed / suppliers), a supplier being revealed when its
 *       edge is observed.</li>
 * </ul>
 * Link prediction from partial data (Brintrup et al., Complexity 2018; Mungo et al., INET Oxford WP 2022-02) scores
 * reconstructed networks by the same precision and recall. Cost: O(n + links &middot; inputs) per replication; edges
 * are a bit set over supply-link rows and values integer cents, so merging is exact.
 */
public final class SupplyMetric implements Metric {

  @Override
  public String name() {
    return "supply";
  }

  @Override
  public String description() {
    return "Precision and recall of the supplier-to-business graph the observer can draw, against the true supply "
        + "links, by count, value and sector.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  /**
   * The first supply-link row between a merchant and a firm: the id of their edge.
   *
   * @param world world
   * @param merchant merchant index
   * @param business firm index
   * @return link row, or -1 when the merchant does not supply the firm
   */
  static int edgeOf(World world, int merchant, int business) {
    BusinessTable b = world.businesses();
    SupplyLinkTable links = world.supplyLinks();
    for (int input = b.firstInput(business); input < b.firstInput(business + 1); input++) {
      for (int l = b.firstLink(input); l < b.firstLink(input + 1); l++) {
        if (links.merchant(l) == merchant) {
          return l;
        }
      }
    }
    return -1;
  }

  private static final class Accumulator implements MetricAccumulator {
    private final MetricContext context;
    private final World world;
    /** Routes on which a firm's shipment gives the observer its edge ({@link SupplyEdgeRoutes}). */
    private final boolean[] edgeRoutes;
    private final BitSet observed = new BitSet();
    private final long[] edgeCents;

    Accumulator(MetricContext context) {
      this.context = context;
      this.world = context.world();
      this.edgeRoutes = SupplyEdgeRoutes.of(context.view(), context.scenario(), context.routes().routeCount());
      this.edgeCents = new long[world.supplyLinkCount()];
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      int consumers = world.consumerCount();
      for (int i = from; i < to; i++) {
        int r = s.recipient[i];
        if (r < consumers) {
          continue;
        }
        int edge = edgeOf(world, s.merchant[i], r - consumers);
        if (edge < 0) {
          continue;
        }
        edgeCents[edge] += Math.round(s.value[i] * 100.0);
        if (edgeRoutes[s.route[i]]) {
          observed.set(edge);
        }
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      observed.or(o.observed);
      for (int l = 0; l < edgeCents.length; l++) {
        edgeCents[l] += o.edgeCents[l];
      }
    }

    @Override
    public void emit(MetricSink sink) {
      SupplyLinkTable links = world.supplyLinks();
      Graph<Vertex, DefaultEdge> seen = GraphTypeBuilder.<Vertex, DefaultEdge>directed()
          .allowingMultipleEdges(false).allowingSelfLoops(false).edgeClass(DefaultEdge.class).buildGraph();
      for (int l = observed.nextSetBit(0); l >= 0; l = observed.nextSetBit(l + 1)) {
        Vertex m = Vertex.merchant(links.merchant(l));
        Vertex b = Vertex.business(links.business(l));
        seen.addVertex(m);
        seen.addVertex(b);
        seen.addEdge(m, b);
      }
      Graph<Vertex, SupplyGraph.Edge> truth = SupplyGraph.of(world).graph();
      long trueEdges = 0;
      long trueCents = 0;
      long hitCents = 0;
      for (int l = 0; l < links.count(); l++) {
        int canonical = edgeOf(world, links.merchant(l), links.business(l));
        if (canonical != l) {
          continue;
        }
        trueEdges++;
        trueCents += edgeCents[l];
        if (seen.containsEdge(Vertex.merchant(links.merchant(l)), Vertex.business(links.business(l)))) {
          hitCents += edgeCents[l];
        }
      }
      long hits = 0;
      for (DefaultEdge e : seen.edgeSet()) {
        Vertex m = seen.getEdgeSource(e);
        if (truth.containsVertex(m) && truth.containsEdge(m, seen.getEdgeTarget(e))) {
          hits++;
        }
      }
      int observedEdges = seen.edgeSet().size();
      sink.accept("edge_precision", "", CoverageMetric.ratio(hits, observedEdges), "share");
      sink.accept("edge_recall", "", CoverageMetric.ratio(hits, trueEdges), "share");
      sink.accept("edge_recall_value", "", CoverageMetric.ratio(hitCents, trueCents), "share");
      BusinessTable firms = world.businesses();
      List<CustomerSpec.Sector> sectors = context.scenario().customers() == null
          || context.scenario().customers().businesses() == null ? List.of()
          : context.scenario().customers().businesses();
      double allSum = 0;
      int allFirms = 0;
      for (int sec = 0; sec < sectors.size(); sec++) {
        double sum = 0;
        int n = 0;
        for (int b = firms.firstBusiness(sec); b < firms.firstBusiness(sec + 1); b++) {
          Vertex v = Vertex.business(b);
          int suppliers = (int) truth.incomingEdgesOf(v).stream().map(truth::getEdgeSource).distinct().count();
          if (suppliers == 0) {
            continue;
          }
          int revealed = seen.containsVertex(v) ? seen.inDegreeOf(v) : 0;
          sum += (double) revealed / suppliers;
          n++;
        }
        sink.accept("supplier_share", Groups.of("sector", sectors.get(sec).id()), CoverageMetric.ratio(sum, n),
            "share");
        allSum += sum;
        allFirms += n;
      }
      sink.accept("supplier_share", "", CoverageMetric.ratio(allSum, allFirms), "share");
    }
  }
}
