package io.hubscope.world;

import io.hubscope.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A world written out by hand, for tests that need to know every merchant, buyer, firm and supply link exactly.
 * Merchants sell every category; consumers must be added zone by zone and firms sector by sector (the tables'
 * layouts); each firm's inputs follow the firm. Purchase rates and orders per supply link are 1 a day.
 */
public final class HandWorld {

  private final Scenario scenario;
  private final ScenarioIndex index;
  private final ZoneTable zones;
  private final List<Integer> merchantOrigin = new ArrayList<>();
  private final List<Integer> consumerPostcode = new ArrayList<>();
  private final List<int[]> firms = new ArrayList<>();
  private final List<List<double[]>> inputs = new ArrayList<>();

  private HandWorld(Scenario scenario) {
    this.scenario = scenario;
    this.index = new ScenarioIndex(scenario);
    this.zones = new ZoneTable(scenario.regions().destinations());
  }

  /**
   * Starts a world of a scenario (its regions, catalogue and sectors).
   *
   * @param scenario the scenario
   * @return a builder
   */
  public static HandWorld of(Scenario scenario) {
    return new HandWorld(scenario);
  }

  /**
   * Adds a merchant.
   *
   * @param origin origin index
   * @return this
   */
  public HandWorld merchant(int origin) {
    merchantOrigin.add(origin);
    return this;
  }

  /**
   * Adds a consumer.
   *
   * @param postcode global postcode index
   * @return this
   */
  public HandWorld consumer(int postcode) {
    consumerPostcode.add(postcode);
    return this;
  }

  /**
   * Adds a firm.
   *
   * @param sector sector index
   * @param postcode global postcode index
   * @return this
   */
  public HandWorld business(int sector, int postcode) {
    firms.add(new int[] {sector, postcode});
    inputs.add(new ArrayList<>());
    return this;
  }

  /**
   * Adds a critical input to the last firm.
   *
   * @param category category index
   * @param inventoryDays days of cover
   * @param suppliers merchant indices
   * @return this
   */
  public HandWorld input(int category, double inventoryDays, int... suppliers) {
    double[] row = new double[2 + suppliers.length];
    row[0] = category;
    row[1] = inventoryDays;
    for (int k = 0; k < suppliers.length; k++) {
      row[2 + k] = suppliers[k];
    }
    inputs.get(inputs.size() - 1).add(row);
    return this;
  }

  /** Builds the world (seed 0). */
  public World build() {
    int categories = index.categoryCount();
    int m = merchantOrigin.size();
    int[] origin = merchantOrigin.stream().mapToInt(Integer::intValue).toArray();
    double[] size = new double[m];
    Arrays.fill(size, 1);
    int[] category = new int[m * categories];
    for (int i = 0; i < m; i++) {
      for (int c = 0; c < categories; c++) {
        category[i * categories + c] = c;
      }
    }
    MerchantTable merchants = new MerchantTable(origin, size, categories, category, categories);

    int n = consumerPostcode.size();
    int[] zone = new int[n];
    int[] postcode = new int[n];
    double[] rate = new double[n];
    int[] firstConsumer = new int[zones.zoneCount() + 1];
    for (int i = 0; i < n; i++) {
      postcode[i] = consumerPostcode.get(i);
      zone[i] = zones.zoneOfPostcode(postcode[i]);
      rate[i] = 1;
      if (i > 0 && zone[i] < zone[i - 1]) {
        throw new IllegalArgumentException("add consumers zone by zone");
      }
    }
    for (int z = 0, i = 0; z <= zones.zoneCount(); z++) {
      while (i < n && zone[i] < z) {
        i++;
      }
      firstConsumer[z] = i;
    }
    double[][] preference = new double[index.destinationCount()][categories];
    for (double[] p : preference) {
      Arrays.fill(p, 1.0 / categories);
    }
    ConsumerTable consumers = new ConsumerTable(zone, postcode, rate, firstConsumer, zones.destinationColumn(),
        preference);

    int b = firms.size();
    int sectors = scenario.customers() == null || scenario.customers().businesses() == null ? 0
        : scenario.customers().businesses().size();
    int[] sector = new int[b];
    int[] destination = new int[b];
    int[] firmZone = new int[b];
    int[] firmPostcode = new int[b];
    int[] sectorFirst = new int[sectors + 1];
    int[] firstInput = new int[b + 1];
    List<Integer> inputCategory = new ArrayList<>();
    List<Double> inventory = new ArrayList<>();
    List<Integer> firstLink = new ArrayList<>();
    List<int[]> links = new ArrayList<>();
    for (int f = 0; f < b; f++) {
      sector[f] = firms.get(f)[0];
      if (f > 0 && sector[f] < sector[f - 1]) {
        throw new IllegalArgumentException("add firms sector by sector");
      }
      firmPostcode[f] = firms.get(f)[1];
      firmZone[f] = zones.zoneOfPostcode(firmPostcode[f]);
      destination[f] = zones.destination(firmZone[f]);
      firstInput[f] = inputCategory.size();
      for (double[] row : inputs.get(f)) {
        int in = inputCategory.size();
        inputCategory.add((int) row[0]);
        inventory.add(row[1]);
        firstLink.add(links.size());
        for (int k = 2; k < row.length; k++) {
          links.add(new int[] {f, (int) row[k], (int) row[0], in});
        }
      }
    }
    firstInput[b] = inputCategory.size();
    firstLink.add(links.size());
    for (int s = 0, f = 0; s <= sectors; s++) {
      while (f < b && sector[f] < s) {
        f++;
      }
      sectorFirst[s] = f;
    }
    BusinessTable businesses = new BusinessTable(sector, destination, firmZone, firmPostcode, sectorFirst,
        firstInput, inputCategory.stream().mapToInt(Integer::intValue).toArray(),
        inventory.stream().mapToDouble(Double::doubleValue).toArray(),
        firstLink.stream().mapToInt(Integer::intValue).toArray());
    double[] orders = new double[links.size()];
    Arrays.fill(orders, 1);
    SupplyLinkTable supply = new SupplyLinkTable(links.stream().mapToInt(l -> l[0]).toArray(),
        links.stream().mapToInt(l -> l[1]).toArray(), links.stream().mapToInt(l -> l[2]).toArray(),
        links.stream().mapToInt(l -> l[3]).toArray(), orders);
    return new World(scenario, 0, index, zones, merchants, consumers, businesses, supply);
  }
}
