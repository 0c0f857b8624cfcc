package io.hubscope.scenario;

/**
 * A disruption experiment: a node stops for some days.
 *
 * @param node node id that stops
 * @param startDay first day it is down (0-based)
 * @param days how long it is down (time-to-recover)
 */
public record DisruptionSpec(String node, Integer startDay, Integer days) {}
