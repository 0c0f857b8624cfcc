package io.hubscope.network;

/**
 * An edge of the JGraphT logistics graph: a directed lane, identified by its index in {@link LogisticsNetwork}'s
 * lane arrays (a bidirectional lane of the scenario gives two lanes).
 *
 * @param lane lane index
 */
public record LaneEdge(int lane) {}
