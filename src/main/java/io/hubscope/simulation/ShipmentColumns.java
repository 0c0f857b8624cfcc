package io.hubscope.simulation;

/**
 * The simulated shipments of one replication, one primitive array per attribute (no object per shipment).
 * Row {@code i} is shipment {@code i}; rows are ordered by order day. Times are hours since the start of the
 * horizon; a time is {@link Float#NaN} when the event does not happen (e.g. no hub on the route).
 *
 * <p>Recipients are numbered consumers first ({@code 0 .. consumers-1}) then businesses
 * ({@code consumers .. consumers+businesses-1}), so one column identifies either kind of buyer.
 */
public final class ShipmentColumns {

  /** Number of rows. */
  public final int size;
  /** Buyer: consumer index, or consumers + business index. */
  public final int[] recipient;
  /** The buyer's postcode zone (global zone index). */
  public final int[] zone;
  /** Merchant index. */
  public final int[] merchant;
  /** Category index. */
  public final short[] category;
  /** Route id in the route table. */
  public final int[] route;
  /** Declared value, EUR. */
  public final float[] value;
  /** Gross weight, kg. */
  public final float[] weight;
  /** Order placed. */
  public final float[] tOrder;
  /** Handed to the origin airport (dispatch). */
  public final float[] tDispatch;
  /** Departure on the line-haul flight from the origin node. */
  public final float[] tDeparture;
  /** Arrival and scan at the hub (first hub node of the route). */
  public final float[] tHubScan;
  /** Release from the hub (customs release), leaving for onward transport. */
  public final float[] tRelease;
  /**
   * Handover at the last-mile depot. While the hops run it holds the latest arrival (every arrival is written there);
   * once the last position has run, that is the arrival at the path's last node.
   */
  public final float[] tHandover;
  /** Delivery to the buyer. */
  public final float[] tDelivery;

  /**
   * Allocates the columns.
   *
   * @param size number of rows
   */
  public ShipmentColumns(int size) {
    this.size = size;
    recipient = new int[size];
    zone = new int[size];
    merchant = new int[size];
    category = new short[size];
    route = new int[size];
    value = new float[size];
    weight = new float[size];
    tOrder = new float[size];
    tDispatch = new float[size];
    tDeparture = new float[size];
    tHubScan = new float[size];
    tRelease = new float[size];
    tHandover = new float[size];
    tDelivery = new float[size];
  }

  /**
   * Copies the orders of another replication's shipments row for row: buyer, zone, merchant, category, route,
   * value, weight, order and dispatch times (every column but the transport times).
   *
   * @param from shipments of the same size
   */
  public void copyOrders(ShipmentColumns from) {
    System.arraycopy(from.recipient, 0, recipient, 0, size);
    System.arraycopy(from.zone, 0, zone, 0, size);
    System.arraycopy(from.merchant, 0, merchant, 0, size);
    System.arraycopy(from.category, 0, category, 0, size);
    System.arraycopy(from.route, 0, route, 0, size);
    System.arraycopy(from.value, 0, value, 0, size);
    System.arraycopy(from.weight, 0, weight, 0, size);
    System.arraycopy(from.tOrder, 0, tOrder, 0, size);
    System.arraycopy(from.tDispatch, 0, tDispatch, 0, size);
  }

  /** Approximate heap bytes per row. */
  public static final int BYTES_PER_ROW = 4 * 13 + 2;
}
