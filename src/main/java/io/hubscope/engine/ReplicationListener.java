package io.hubscope.engine;

import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;

/** Sees each replication's shipments before they are dropped (used to export views and ground truth). */
@FunctionalInterface
public interface ReplicationListener {

  /** Does nothing. */
  ReplicationListener NONE = (model, replication, world, shipments) -> {};

  /**
   * Called once per variant and replication, in order.
   *
   * @param model the variant
   * @param replication replication number
   * @param world the replication's world
   * @param shipments the replication's shipments
   */
  void replicationDone(VariantModel model, int replication, World world, ShipmentColumns shipments);
}
