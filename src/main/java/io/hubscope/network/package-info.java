/**
 * Stage 3 of the pipeline: the logistics network as a JGraphT graph ({@link io.hubscope.network.LogisticsNetwork}),
 * the routes precomputed per origin-destination pair ({@link io.hubscope.network.RouteTable}), chokepoint analysis
 * ({@link io.hubscope.network.NetworkChokepoints}), the ground-truth supply graph
 * ({@link io.hubscope.network.SupplyGraph}) and graph file exports ({@link io.hubscope.network.NetworkGraphWriter}).
 */
package io.hubscope.network;
