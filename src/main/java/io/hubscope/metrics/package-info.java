/** Stage 6: metrics computed on observer views against the ground truth, behind one interface and a registry; accumulators merge across shards. */
package io.hubscope.metrics;
