/** Stage 4: the simulation engine — orders, shipments and timed transport events generated in columnar batches with per-shard random streams. */
package io.hubscope.simulation;
