package io.hubscope.world;

import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.DistributionSpec;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Draws the firms of every sector and their suppliers.
 *
 * <ul>
 *   <li>Placement: a sector's {@code count} is apportioned over destinations by {@code destinationMix} (else by
 *       destination population) with the largest-remainder method; each firm's zone is drawn by population within
 *       its destination (uniform when the populations are all 0) and its postcode uniformly within the zone.</li>
 *   <li>Per firm and critical input: days of cover from {@code inventoryDays} (truncated at 0; NaN when absent);
 *       a supplier count {@code k = round(X)}, {@code X ~ suppliersPerInput} (1 when absent), clamped to
 *       {@code [1, sellers]} (0 when no merchant sells the category); k distinct suppliers among the category's
 *       sellers, weighted by size, without replacement.</li>
 *   <li>Per supply link: {@code ordersPerDay = Y / 30}, {@code Y ~ ordersPerMonth} truncated at 0.</li>
 * </ul>
 * Each sector draws from its own streams ({@code businesses.<id>.zone|inventory|suppliers|orders}).
 */
final class BusinessGenerator {

  private static final double DAYS_PER_MONTH = 30;

  private BusinessGenerator() {}

  record Result(BusinessTable businesses, SupplyLinkTable links) {}

  static Result generate(ScenarioIndex index, ZoneTable zones, MerchantTable merchants, long seed) {
    CustomerSpec customers = index.scenario().customers();
    List<CustomerSpec.Sector> sectors = customers == null || customers.businesses() == null
        ? List.of() : customers.businesses();
    IntColumn bSector = new IntColumn();
    IntColumn bDestination = new IntColumn();
    IntColumn bZone = new IntColumn();
    IntColumn bPostcode = new IntColumn();
    IntColumn firstInput = new IntColumn();
    IntColumn inputCategory = new IntColumn();
    DoubleColumn inventory = new DoubleColumn();
    IntColumn firstLink = new IntColumn();
    IntColumn lBusiness = new IntColumn();
    IntColumn lMerchant = new IntColumn();
    IntColumn lCategory = new IntColumn();
    IntColumn lInput = new IntColumn();
    DoubleColumn lOrders = new DoubleColumn();
    int[] sectorFirst = new int[sectors.size() + 1];
    double[] destinationPopulation = destinationPopulations(index, zones);
    for (int s = 0; s < sectors.size(); s++) {
      CustomerSpec.Sector sector = sectors.get(s);
      sectorFirst[s] = bSector.size();
      int count = sector.count() == null ? 0 : sector.count();
      if (count == 0) {
        continue;
      }
      double[] destShares = sector.destinationMix() == null || sector.destinationMix().isEmpty()
          ? destinationPopulation
          : ScenarioIndex.dense(sector.destinationMix(), index.destinationCount(), index::destination);
      int[] perDestination = Apportionment.largestRemainder(count, destShares);
      RandomGenerator zoneRng = WorldStreams.open(seed, WorldStreams.sector(sector.id(), "zone"));
      DoubleSupplier inventoryDays = sector.inventoryDays() == null ? () -> Double.NaN
          : DistributionFactory.nonNegativeSampler(sector.inventoryDays(),
              WorldStreams.open(seed, WorldStreams.sector(sector.id(), "inventory")));
      DistributionSpec supplierSpec = sector.suppliersPerInput() == null
          ? DistributionSpec.constant(1) : sector.suppliersPerInput();
      RandomGenerator supplierRng = WorldStreams.open(seed, WorldStreams.sector(sector.id(), "suppliers"));
      DoubleSupplier supplierCount = DistributionFactory.nonNegativeSampler(supplierSpec, supplierRng);
      if (sector.ordersPerMonth() == null) {
        throw new IllegalArgumentException("sector " + sector.id() + ": ordersPerMonth is missing");
      }
      DoubleSupplier ordersPerMonth = DistributionFactory.nonNegativeSampler(sector.ordersPerMonth(),
          WorldStreams.open(seed, WorldStreams.sector(sector.id(), "orders")));
      List<String> inputs = sector.criticalInputs() == null ? List.of() : sector.criticalInputs();
      int[] inputCategories = inputs.stream().mapToInt(index::category).toArray();
      for (int d = 0; d < perDestination.length; d++) {
        AliasTable zoneTable = perDestination[d] == 0 ? null : zoneTable(zones, d);
        for (int f = 0; f < perDestination[d]; f++) {
          int business = bSector.size();
          int z = zones.firstZone(d) + zoneTable.sample(zoneRng);
          bSector.add(s);
          bDestination.add(d);
          bZone.add(z);
          bPostcode.add(zones.firstPostcode(z) + zoneRng.nextInt(zones.postcodeCount(z)));
          firstInput.add(inputCategory.size());
          for (int c : inputCategories) {
            int input = inputCategory.size();
            inputCategory.add(c);
            inventory.add(inventoryDays.getAsDouble());
            firstLink.add(lBusiness.size());
            int sellers = merchants.sellerCount(c);
            int k = (int) Math.min(sellers, Math.max(1, Math.round(supplierCount.getAsDouble())));
            if (sellers == 0) {
              continue;
            }
            int[] picked = WeightedSampling.withoutReplacement(merchants.sellerWeights(c),
                merchants.sellerTable(c), k, supplierRng);
            for (int position : picked) {
              lBusiness.add(business);
              lMerchant.add(merchants.seller(c, position));
              lCategory.add(c);
              lInput.add(input);
              lOrders.add(ordersPerMonth.getAsDouble() / DAYS_PER_MONTH);
            }
          }
        }
      }
    }
    sectorFirst[sectors.size()] = bSector.size();
    firstInput.add(inputCategory.size());
    firstLink.add(lBusiness.size());
    BusinessTable businesses = new BusinessTable(bSector.toArray(), bDestination.toArray(), bZone.toArray(),
        bPostcode.toArray(), sectorFirst, firstInput.toArray(), inputCategory.toArray(), inventory.toArray(),
        firstLink.toArray());
    SupplyLinkTable links = new SupplyLinkTable(lBusiness.toArray(), lMerchant.toArray(), lCategory.toArray(),
        lInput.toArray(), lOrders.toArray());
    return new Result(businesses, links);
  }

  private static double[] destinationPopulations(ScenarioIndex index, ZoneTable zones) {
    double[] p = new double[index.destinationCount()];
    for (int z = 0; z < zones.zoneCount(); z++) {
      p[zones.destination(z)] += zones.population(z);
    }
    return p;
  }

  private static AliasTable zoneTable(ZoneTable zones, int destination) {
    int n = zones.zoneCount(destination);
    if (n == 0) {
      throw new IllegalArgumentException("destination " + destination + " has no zones to place firms in");
    }
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = zones.population(zones.firstZone(destination) + i);
      sum += w[i];
    }
    if (sum == 0) {
      java.util.Arrays.fill(w, 1.0);
    }
    return AliasTable.of(w);
  }

  /** A growable int column. */
  static final class IntColumn {
    private int[] data = new int[16];
    private int size;

    void add(int v) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    int size() {
      return size;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }

  /** A growable double column. */
  static final class DoubleColumn {
    private double[] data = new double[16];
    private int size;

    void add(double v) {
      if (size == data.length) {
        data = java.util.Arrays.copyOf(data, size * 2);
      }
      data[size++] = v;
    }

    double[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }
  }
}
