package io.hubscope.world;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The consumer population, one column per attribute.
 *
 * <p>Layout: consumers are stored zone by zone (zone order of {@link ZoneTable}); zone {@code z} owns consumers
 * {@code firstConsumer(z) .. firstConsumer(z + 1) - 1}. Columns of length {@code count}: {@code zone[i]},
 * {@code postcode[i]} (global postcode index) and {@code ordersPerDay[i]} (purchase rate). Category preferences are
 * per destination: {@code preference(d, c)} sums to 1 over {@code c} and is sampled in O(1) with
 * {@link #sampleCategory}.
 */
public final class ConsumerTable {

  private final int[] zone;
  private final int[] postcode;
  private final double[] ordersPerDay;
  private final int[] zoneFirstConsumer;
  private final int[] zoneDestination;
  private final double[][] preference;
  private final AliasTable[] preferenceTables;
  private final ConsumerSampler buyers;
  private final double totalOrdersPerDay;

  ConsumerTable(int[] zone, int[] postcode, double[] ordersPerDay, int[] zoneFirstConsumer, int[] zoneDestination,
      double[][] preference) {
    this.zone = zone;
    this.postcode = postcode;
    this.ordersPerDay = ordersPerDay;
    this.zoneFirstConsumer = zoneFirstConsumer;
    this.zoneDestination = zoneDestination;
    this.preference = preference;
    this.preferenceTables = new AliasTable[preference.length];
    for (int d = 0; d < preference.length; d++) {
      preferenceTables[d] = AliasTable.of(preference[d]);
    }
    this.totalOrdersPerDay = WeightedSampling.total(ordersPerDay);
    this.buyers = totalOrdersPerDay > 0 ? new ConsumerSampler(ordersPerDay, zoneFirstConsumer) : null;
  }

  /**
   * The buyer of a consumer order, drawn with probability proportional to the purchase rate (built once, with the
   * table).
   *
   * @return the sampler
   * @throws IllegalStateException when no consumer buys anything
   */
  public ConsumerSampler buyers() {
    if (buyers == null) {
      throw new IllegalStateException("no consumer has a purchase rate above 0");
    }
    return buyers;
  }

  /**
   * Expected orders per day of all consumers together.
   *
   * @return the sum of the purchase rates
   */
  public double totalOrdersPerDay() {
    return totalOrdersPerDay;
  }

  /** Number of consumers. */
  public int count() {
    return zone.length;
  }

  /**
   * @param consumer consumer index
   * @return zone index
   */
  public int zone(int consumer) {
    return zone[consumer];
  }

  /**
   * @param consumer consumer index
   * @return destination index
   */
  public int destination(int consumer) {
    return zoneDestination[zone(consumer)];
  }

  /**
   * @param consumer consumer index
   * @return global postcode index
   */
  public int postcode(int consumer) {
    return postcode[consumer];
  }

  /**
   * @param consumer consumer index
   * @return orders per day
   */
  public double ordersPerDay(int consumer) {
    return ordersPerDay[consumer];
  }

  /**
   * @param zone zone index (or the zone count, for the end of the last block)
   * @return index of the zone's first consumer
   */
  public int firstConsumer(int zone) {
    return zoneFirstConsumer[zone];
  }

  /**
   * @param zone zone index
   * @return consumers living in the zone
   */
  public int consumerCount(int zone) {
    return zoneFirstConsumer[zone + 1] - zoneFirstConsumer[zone];
  }

  /**
   * @param destination destination index
   * @param category category index
   * @return probability that an order from the destination is in the category
   */
  public double preference(int destination, int category) {
    return preference[destination][category];
  }

  /**
   * @param destination destination index
   * @return alias table over categories
   */
  public AliasTable preferenceTable(int destination) {
    return preferenceTables[destination];
  }

  /**
   * Draws the category of an order from a destination.
   *
   * @param destination destination index
   * @param rng generator
   * @return category index
   */
  public int sampleCategory(int destination, UniformRandomProvider rng) {
    return sampleCategory(destination, rng.nextLong());
  }

  /**
   * {@link #sampleCategory(int, UniformRandomProvider)} from 64 random bits drawn beforehand.
   *
   * @param destination destination index
   * @param bits uniformly random bits (one {@code nextLong})
   * @return category index
   */
  public int sampleCategory(int destination, long bits) {
    return preferenceTables[destination].sample(bits);
  }

  /**
   * Expected orders per day of all consumers of a destination.
   *
   * @param destination destination index
   * @return sum of purchase rates
   */
  public double ordersPerDayOf(int destination) {
    double sum = 0;
    for (int i = 0; i < zone.length; i++) {
      if (zoneDestination[zone[i]] == destination) {
        sum += ordersPerDay[i];
      }
    }
    return sum;
  }

  /** Copy of the zone column. */
  public int[] zoneColumn() {
    return zone.clone();
  }

  /** Copy of the postcode column. */
  public int[] postcodeColumn() {
    return postcode.clone();
  }

  /** Copy of the purchase-rate column. */
  public double[] ordersPerDayColumn() {
    return ordersPerDay.clone();
  }
}
