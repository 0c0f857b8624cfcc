package io.hubscope.simulation;

import io.hubscope.network.LogisticsNetwork;
import io.hubscope.scenario.DisruptionSpec;

/**
 * A node that stops for whole days: its capacity is 0 on days {@code startDay .. startDay + days - 1}, i.e. during
 * hours {@code [24 startDay, 24 (startDay + days))} since the start of the horizon.
 *
 * @param node node index
 * @param startDay first day down (0-based)
 * @param days days down (the time-to-recover of the node)
 */
public record NodeOutage(int node, int startDay, int days) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException on a negative node or start, or fewer than one day
   */
  public NodeOutage {
    if (node < 0 || startDay < 0 || days < 1) {
      throw new IllegalArgumentException("outage needs a node, startDay >= 0 and days >= 1, got node " + node
          + ", startDay " + startDay + ", days " + days);
    }
  }

  /**
   * The outage a scenario's {@code disruption} section describes.
   *
   * @param spec the disruption
   * @param network the network (resolves the node id)
   * @return the outage
   * @throws IllegalArgumentException when the node is unknown or a value is missing or out of range
   */
  public static NodeOutage of(DisruptionSpec spec, LogisticsNetwork network) {
    if (spec.node() == null || spec.startDay() == null || spec.days() == null) {
      throw new IllegalArgumentException("disruption needs node, startDay and days");
    }
    return new NodeOutage(network.node(spec.node()), spec.startDay(), spec.days());
  }

  /** First hour down. */
  public double startHour() {
    return startDay * 24.0;
  }

  /** First hour back up. */
  public double endHour() {
    return (startDay + (double) days) * 24.0;
  }

  /**
   * @param day day index
   * @return true when the node is down that day
   */
  public boolean down(int day) {
    return day >= startDay && day < startDay + days;
  }

  /**
   * @param hour hours since the start
   * @return true when the node is down at that time
   */
  public boolean downAt(double hour) {
    return hour >= startHour() && hour < endHour();
  }
}
