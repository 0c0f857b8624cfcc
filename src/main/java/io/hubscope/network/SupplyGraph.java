package io.hubscope.network;

import io.hubscope.world.SupplyLinkTable;
import io.hubscope.world.World;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * The ground-truth supply graph: who supplies whom. A directed weighted multigraph with merchant and business
 * vertices and one edge per supply link (merchant -> business), labelled with the category and weighted by the
 * expected orders per day. Every business is a vertex (a firm without suppliers is isolated); a merchant is a
 * vertex only when it supplies at least one firm. This is what an observer would need to reconstruct to map a
 * country's critical dependencies.
 */
public final class SupplyGraph {

  /**
   * A vertex: a merchant or a business, by index in its table.
   *
   * @param kind merchant or business
   * @param index index in the world's merchant or business table
   */
  public record Vertex(Kind kind, int index) {

    /** Vertex kinds. */
    public enum Kind {
      MERCHANT, BUSINESS
    }

    /**
     * @param m merchant index
     * @return its vertex
     */
    public static Vertex merchant(int m) {
      return new Vertex(Kind.MERCHANT, m);
    }

    /**
     * @param b business index
     * @return its vertex
     */
    public static Vertex business(int b) {
      return new Vertex(Kind.BUSINESS, b);
    }
  }

  /**
   * An edge: one supply link.
   *
   * @param link row in the world's supply-link table
   * @param category category index
   * @param ordersPerDay expected orders per day
   */
  public record Edge(int link, int category, double ordersPerDay) {}

  private final Graph<Vertex, Edge> graph;

  private SupplyGraph(Graph<Vertex, Edge> graph) {
    this.graph = graph;
  }

  /**
   * Builds the supply graph of a world. O(businesses + links).
   *
   * @param world the world
   * @return the graph
   */
  public static SupplyGraph of(World world) {
    Objects.requireNonNull(world, "world");
    Graph<Vertex, Edge> g = GraphTypeBuilder.<Vertex, Edge>directed().allowingMultipleEdges(true)
        .allowingSelfLoops(false).weighted(true).buildGraph();
    for (int b = 0; b < world.businessCount(); b++) {
      g.addVertex(Vertex.business(b));
    }
    SupplyLinkTable links = world.supplyLinks();
    for (int l = 0; l < links.count(); l++) {
      Vertex m = Vertex.merchant(links.merchant(l));
      g.addVertex(m);
      Edge e = new Edge(l, links.category(l), links.ordersPerDay(l));
      g.addEdge(m, Vertex.business(links.business(l)), e);
      g.setEdgeWeight(e, e.ordersPerDay());
    }
    return new SupplyGraph(g);
  }

  /** The graph, unmodifiable. */
  public Graph<Vertex, Edge> graph() {
    return new AsUnmodifiableGraph<>(graph);
  }

  /** Number of merchants that supply at least one firm. */
  public long supplierCount() {
    return graph.vertexSet().stream().filter(v -> v.kind() == Vertex.Kind.MERCHANT).count();
  }

  /**
   * @param business business index
   * @return number of distinct suppliers of the firm (over all its inputs)
   */
  public int suppliersOf(int business) {
    return (int) graph.incomingEdgesOf(Vertex.business(business)).stream().map(graph::getEdgeSource)
        .distinct().count();
  }
}
