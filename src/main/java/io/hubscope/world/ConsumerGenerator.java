package io.hubscope.world;

import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.DistributionSpec;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Draws the consumer population. The count is spread over all zones in proportion to population by the
 * largest-remainder method (deterministic, no randomness); each consumer gets a postcode uniform within the zone and
 * a purchase rate {@code ordersPerDay = X / 365 * rateFactor(destination)}, {@code X ~ ordersPerYear} truncated at 0.
 * Category preferences per destination are the {@code byDestination} override if given, else the default
 * preferences, else uniform; normalised to sum 1 over the catalogue.
 */
final class ConsumerGenerator {

  private static final double DAYS_PER_YEAR = 365;

  private ConsumerGenerator() {}

  static ConsumerTable generate(ScenarioIndex index, ZoneTable zones, MerchantTable merchants, long seed) {
    CustomerSpec customers = index.scenario().customers();
    CustomerSpec.Consumers spec = customers == null ? null : customers.consumers();
    int count = spec == null || spec.count() == null ? 0 : spec.count();
    int destinations = index.destinationCount();
    double[] rateFactor = new double[destinations];
    java.util.Arrays.fill(rateFactor, 1.0);
    double[][] preference = new double[destinations][];
    double[] base = MerchantGenerator.mixOrUniform(spec == null ? null : spec.categoryPreferences(),
        index.categoryCount(), index::category);
    for (int d = 0; d < destinations; d++) {
      preference[d] = base.clone();
    }
    if (spec != null && spec.byDestination() != null) {
      for (CustomerSpec.DestinationPreference p : spec.byDestination()) {
        int d = index.destination(p.destination());
        if (p.rateFactor() != null) {
          rateFactor[d] = p.rateFactor();
        }
        if (p.categoryPreferences() != null) {
          preference[d] = ScenarioIndex.dense(p.categoryPreferences(), index.categoryCount(), index::category);
        }
      }
    }
    boolean anySeller = false;
    for (int c = 0; c < index.categoryCount(); c++) {
      anySeller |= merchants.sellerCount(c) > 0;
    }
    for (int d = 0; d < destinations; d++) {
      // a category no merchant happens to sell cannot be bought: its orders go to the other categories
      for (int c = 0; anySeller && c < preference[d].length; c++) {
        if (merchants.sellerCount(c) == 0) {
          preference[d][c] = 0;
        }
      }
      normalise(preference[d], index.destinationAt(d).id());
    }
    int zoneCount = zones.zoneCount();
    long[] population = new long[zoneCount];
    for (int z = 0; z < zoneCount; z++) {
      population[z] = zones.population(z);
    }
    int[] perZone = count == 0 ? new int[zoneCount] : Apportionment.largestRemainder(count, population);
    int[] zone = new int[count];
    int[] postcode = new int[count];
    double[] ordersPerDay = new double[count];
    int[] firstConsumer = new int[zoneCount + 1];
    if (count > 0) {
      DistributionSpec rateSpec = spec.ordersPerYear();
      if (rateSpec == null) {
        throw new IllegalArgumentException("customers.consumers.ordersPerYear is missing");
      }
      RandomGenerator postcodeRng = WorldStreams.open(seed, WorldStreams.CONSUMER_POSTCODE);
      DoubleSupplier rates = DistributionFactory.nonNegativeSampler(rateSpec,
          WorldStreams.open(seed, WorldStreams.CONSUMER_RATE));
      int i = 0;
      for (int z = 0; z < zoneCount; z++) {
        firstConsumer[z] = i;
        int d = zones.destination(z);
        for (int k = 0; k < perZone[z]; k++, i++) {
          zone[i] = z;
          postcode[i] = zones.firstPostcode(z) + postcodeRng.nextInt(zones.postcodeCount(z));
          ordersPerDay[i] = rates.getAsDouble() / DAYS_PER_YEAR * rateFactor[d];
        }
      }
    }
    firstConsumer[zoneCount] = count;
    int[] zoneDestination = zones.destinationColumn();
    return new ConsumerTable(zone, postcode, ordersPerDay, firstConsumer, zoneDestination, preference);
  }

  private static void normalise(double[] w, String destination) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("consumer category preferences of destination " + destination
          + " are all zero, or no merchant sells any preferred category (raise merchants.count or "
          + "merchants.categoriesPerMerchant)");
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
  }
}
