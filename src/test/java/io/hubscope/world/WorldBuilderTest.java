package io.hubscope.world;

import static io.hubscope.testing.ScenarioFixtures.category;
import static io.hubscope.testing.ScenarioFixtures.destination;
import static io.hubscope.testing.ScenarioFixtures.dist;
import static io.hubscope.testing.ScenarioFixtures.mix;
import static io.hubscope.testing.ScenarioFixtures.origin;
import static io.hubscope.testing.ScenarioFixtures.scenario;
import static io.hubscope.testing.ScenarioFixtures.zone;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hubscope.scenario.CustomerSpec;
import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.MerchantSpec;
import io.hubscope.scenario.Regions;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldBuilderTest {

  static Scenario quickstart() throws Exception {
    return ScenarioLoader.load(Path.of("scenarios/quickstart.yaml"), null).scenario();
  }

  /** One destination with zones of population 1, 2, 7; categories a..d. */
  static Scenario tiny(int consumers, MerchantSpec merchants, List<CustomerSpec.Sector> sectors) {
    Regions regions = new Regions(List.of(origin("O1", "N1"), origin("O2", "N1")),
        List.of(destination("D", "N2", zone("1", 1, 10), zone("2", 2, 10), zone("3", 7, 5))));
    CustomerSpec customers = new CustomerSpec(new CustomerSpec.Consumers(consumers,
        DistributionSpec.constant(365), mix("a", 1, "b", 3), List.of()), sectors);
    return scenario(regions, List.of(), null,
        List.of(category("a", "01"), category("b", "02"), category("c", "03"), category("d", "04")),
        merchants, customers, List.of(), List.of(), List.of());
  }

  @Test
  void sameSeedGivesIdenticalArrays() throws Exception {
    World a = WorldBuilder.build(quickstart(), 42);
    World b = WorldBuilder.build(quickstart(), 42);
    assertThat(a.merchants().originColumn()).isEqualTo(b.merchants().originColumn());
    assertThat(Arrays.equals(a.merchants().sizeColumn(), b.merchants().sizeColumn())).isTrue();
    assertThat(a.merchants().categoryColumn()).isEqualTo(b.merchants().categoryColumn());
    assertThat(a.consumers().postcodeColumn()).isEqualTo(b.consumers().postcodeColumn());
    assertThat(Arrays.equals(a.consumers().ordersPerDayColumn(), b.consumers().ordersPerDayColumn())).isTrue();
    assertThat(a.businesses().postcodeColumn()).isEqualTo(b.businesses().postcodeColumn());
    assertThat(a.supplyLinks().merchantColumn()).isEqualTo(b.supplyLinks().merchantColumn());
    assertThat(Arrays.equals(a.supplyLinks().ordersPerDayColumn(), b.supplyLinks().ordersPerDayColumn())).isTrue();
    assertThat(Arrays.equals(a.businesses().inventoryDaysColumn(), b.businesses().inventoryDaysColumn())).isTrue();
  }

  @Test
  void differentSeedGivesDifferentArrays() throws Exception {
    World a = WorldBuilder.build(quickstart(), 42);
    World b = WorldBuilder.build(quickstart(), 43);
    assertThat(Arrays.equals(a.merchants().sizeColumn(), b.merchants().sizeColumn())).isFalse();
    assertThat(Arrays.equals(a.merchants().originColumn(), b.merchants().originColumn())).isFalse();
    assertThat(Arrays.equals(a.consumers().postcodeColumn(), b.consumers().postcodeColumn())).isFalse();
    assertThat(Arrays.equals(a.consumers().ordersPerDayColumn(), b.consumers().ordersPerDayColumn())).isFalse();
    // the apportionment is deterministic, so the zones do not depend on the seed
    assertThat(a.consumers().zoneColumn()).isEqualTo(b.consumers().zoneColumn());
  }

  @Test
  void quickstartWorldHasTheScenarioSizes() throws Exception {
    World w = WorldBuilder.build(quickstart());
    assertThat(w.seed()).isEqualTo(20231005L);
    assertThat(w.merchantCount()).isEqualTo(200);
    assertThat(w.consumerCount()).isEqualTo(5000);
    assertThat(w.businessCount()).isEqualTo(20);
    assertThat(w.merchants().categoriesPerMerchant()).isEqualTo(2);
    assertThat(w.zones().zoneCount()).isEqualTo(5);
    assertThat(w.zones().postcodeCount()).isEqualTo(20 + 30 + 25 + 30 + 30);
    // 5000 consumers over populations 1.25M, 1.9M, 1.1M, 1.5M, 1.4M (total 7.15M): quotas 874.13, 1328.67, 769.23,
    // 1048.95, 979.02 -> floors 874, 1328, 769, 1048, 979 = 4998; the two largest remainders (.951 NL-10, .671
    // BE-20) get one more
    int[] perZone = new int[5];
    for (int z = 0; z < 5; z++) {
      perZone[z] = w.consumers().consumerCount(z);
    }
    assertThat(perZone).containsExactly(874, 1329, 769, 1049, 979);
  }

  @Test
  void consumersAreApportionedByPopulation() {
    World w = WorldBuilder.build(tiny(10, null, List.of()), 1);
    assertThat(w.consumers().zoneColumn()).containsExactly(0, 1, 1, 2, 2, 2, 2, 2, 2, 2);
    assertThat(w.consumers().firstConsumer(1)).isEqualTo(1);
    assertThat(w.consumers().firstConsumer(2)).isEqualTo(3);
    for (int i = 0; i < 10; i++) {
      int z = w.consumers().zone(i);
      assertThat(w.zones().zoneOfPostcode(w.consumers().postcode(i))).isEqualTo(z);
      // constant 365 orders per year = 1 per day
      assertThat(w.consumers().ordersPerDay(i)).isEqualTo(1.0);
    }
    // preferences a:1, b:3 -> 0.25, 0.75, 0, 0
    assertThat(w.consumers().preference(0, 0)).isEqualTo(0.25);
    assertThat(w.consumers().preference(0, 1)).isEqualTo(0.75);
    assertThat(w.consumers().preference(0, 3)).isEqualTo(0.0);
  }

  @Test
  void rateFactorAndPreferenceOverrideApplyPerDestination() throws Exception {
    World w = WorldBuilder.build(quickstart());
    int nl = w.index().destination("NL");
    int be = w.index().destination("BE");
    assertThat(w.consumers().preference(nl, w.index().category("pharma"))).isCloseTo(0.1, within(1e-15));
    assertThat(w.consumers().preference(be, w.index().category("ic-chips"))).isEqualTo(0.0);
    double nlMean = 0;
    double beMean = 0;
    int nlCount = 0;
    int beCount = 0;
    for (int i = 0; i < w.consumerCount(); i++) {
      if (w.consumers().destination(i) == nl) {
        nlMean += w.consumers().ordersPerDay(i);
        nlCount++;
      } else {
        beMean += w.consumers().ordersPerDay(i);
        beCount++;
      }
    }
    // gamma(0.8, 25): mean 20 orders/year; NL x 0.8 -> 16/365 per day. sd of a mean of ~2000 draws: 22.4/sqrt(2000)
    // = 0.5/year; 5 sd = 2.5/year
    assertThat(beMean / beCount * 365).isCloseTo(20, within(2.5));
    assertThat(nlMean / nlCount * 365).isCloseTo(16, within(2.5));
  }

  @Test
  void categorySharesFollowTheMixOnALargeDraw() {
    int n = 100_000;
    MerchantSpec spec = new MerchantSpec(n, mix("O1", 0.7, "O2", 0.3), dist("pareto", "scale", 1, "shape", 1.2),
        mix("a", 0.4, "b", 0.4, "c", 0.1, "d", 0.1), 2, null);
    World w = WorldBuilder.build(tiny(0, spec, List.of()), 7);
    double[] mixShares = {0.4, 0.4, 0.1, 0.1};
    int[] main = new int[4];
    int[] origin = new int[2];
    for (int m = 0; m < n; m++) {
      main[w.merchants().mainCategory(m)]++;
      origin[w.merchants().origin(m)]++;
      assertThat(w.merchants().category(m, 1)).isNotEqualTo(w.merchants().category(m, 0));
    }
    for (int c = 0; c < 4; c++) {
      double p = mixShares[c];
      double sd = Math.sqrt(p * (1 - p) / n);
      assertThat((double) main[c] / n).as("category %d", c).isCloseTo(p, within(4 * sd));
    }
    double sdOrigin = Math.sqrt(0.7 * 0.3 / n);
    assertThat((double) origin[0] / n).isCloseTo(0.7, within(4 * sdOrigin));
    // every merchant sells 2 categories: sellers over all categories add up to 2n
    int sellers = 0;
    for (int c = 0; c < 4; c++) {
      sellers += w.merchants().sellerCount(c);
    }
    assertThat(sellers).isEqualTo(2 * n);
  }

  @Test
  void sellerAliasTablesSumToOneAndMatchSizes() throws Exception {
    World w = WorldBuilder.build(quickstart());
    for (int c = 0; c < w.index().categoryCount(); c++) {
      AliasTable t = w.merchants().sellerTable(c);
      double[] implied = t.impliedProbabilities();
      assertThat(Arrays.stream(implied).sum()).isCloseTo(1.0, within(1e-12));
      double[] sizes = w.merchants().sellerWeights(c);
      double total = Arrays.stream(sizes).sum();
      for (int i = 0; i < sizes.length; i++) {
        assertThat(implied[i]).isCloseTo(sizes[i] / total, within(1e-12));
        int m = w.merchants().seller(c, i);
        assertThat(sizes[i]).isEqualTo(w.merchants().size(m));
      }
    }
  }

  @Test
  void supplierCountsStayWithinBounds() throws Exception {
    World w = WorldBuilder.build(quickstart());
    int chips = w.index().category("ic-chips");
    BusinessTable b = w.businesses();
    assertThat(b.inputCount()).isEqualTo(20);
    int links = 0;
    for (int i = 0; i < b.inputCount(); i++) {
      assertThat(b.inputCategory(i)).isEqualTo(chips);
      // zipf(max 3): 1..3 suppliers, capped by the sellers of the category
      assertThat(b.supplierCount(i)).isBetween(1, Math.min(3, w.merchants().sellerCount(chips)));
      assertThat(b.inventoryDays(i)).isBetween(3.0, 30.0);
      Set<Integer> suppliers = new HashSet<>();
      for (int l = b.firstLink(i); l < b.firstLink(i + 1); l++) {
        assertThat(w.supplyLinks().input(l)).isEqualTo(i);
        assertThat(w.supplyLinks().category(l)).isEqualTo(chips);
        int m = w.supplyLinks().merchant(l);
        assertThat(w.merchants().category(m, 0) == chips || w.merchants().category(m, 1) == chips).isTrue();
        suppliers.add(m);
        links++;
      }
      assertThat(suppliers).hasSize(b.supplierCount(i));
    }
    assertThat(w.supplyLinkCount()).isEqualTo(links);
  }

  @Test
  void supplierCountIsCappedBySellersAndAtLeastOne() {
    MerchantSpec spec = new MerchantSpec(3, mix("O1", 1), DistributionSpec.constant(1), mix("a", 1), 1, null);
    CustomerSpec.Sector many = new CustomerSpec.Sector("s", "S", 4, List.of("a", "b"),
        DistributionSpec.constant(10), DistributionSpec.constant(30), DistributionSpec.constant(5), null);
    World w = WorldBuilder.build(tiny(0, spec, List.of(many)), 3);
    BusinessTable b = w.businesses();
    assertThat(b.count()).isEqualTo(4);
    // 4 firms over populations 1, 2, 7 -> all in the single destination
    for (int f = 0; f < 4; f++) {
      assertThat(b.firstInput(f + 1) - b.firstInput(f)).isEqualTo(2);
      int a = b.firstInput(f);
      assertThat(b.supplierCount(a)).isEqualTo(3); // 10 wanted, only 3 merchants sell a
      assertThat(b.supplierCount(a + 1)).isEqualTo(0); // nobody sells b
      assertThat(b.inventoryDays(a)).isEqualTo(5.0);
    }
    assertThat(w.supplyLinks().ordersPerDay(0)).isEqualTo(1.0); // 30 per month / 30
  }

  @Test
  void addingASectorLeavesTheOthersUnchanged() {
    MerchantSpec spec = new MerchantSpec(50, mix("O1", 1), dist("pareto", "scale", 1, "shape", 1.2),
        mix("a", 0.5, "b", 0.5), 1, null);
    CustomerSpec.Sector first = new CustomerSpec.Sector("first", "F", 5, List.of("a"),
        dist("zipf", "max", 3, "exponent", 1), dist("gamma", "shape", 2, "scale", 2), DistributionSpec.constant(5),
        null);
    CustomerSpec.Sector second = new CustomerSpec.Sector("second", "S", 5, List.of("b"),
        DistributionSpec.constant(2), DistributionSpec.constant(3), DistributionSpec.constant(5), null);
    World one = WorldBuilder.build(tiny(0, spec, List.of(first)), 9);
    World two = WorldBuilder.build(tiny(0, spec, List.of(first, second)), 9);
    int links = one.supplyLinkCount();
    assertThat(Arrays.copyOf(two.supplyLinks().merchantColumn(), links))
        .isEqualTo(one.supplyLinks().merchantColumn());
    assertThat(Arrays.copyOf(two.businesses().postcodeColumn(), 5)).isEqualTo(one.businesses().postcodeColumn());
  }

  @Test
  void businessesFollowTheDestinationMix() throws Exception {
    World w = WorldBuilder.build(quickstart());
    // no destinationMix: 20 firms by population BE 4.25M, NL 2.9M -> quotas 11.89, 8.11 -> 12, 8
    int be = 0;
    for (int f = 0; f < w.businessCount(); f++) {
      if (w.businesses().destination(f) == w.index().destination("BE")) {
        be++;
      }
    }
    assertThat(be).isEqualTo(12);
  }

  @Test
  void aPreferredCategoryNoMerchantSellsGetsNoOrders() {
    // consumers prefer a:b = 1:3, but every merchant sells only 'a': all orders must go to 'a'
    MerchantSpec spec = new MerchantSpec(3, mix("O1", 1), DistributionSpec.constant(1), mix("a", 1), 1, null);
    World w = WorldBuilder.build(tiny(10, spec, List.of()), 3);
    assertThat(w.merchants().sellerCount(1)).isZero();
    assertThat(w.consumers().preference(0, 0)).isEqualTo(1.0);
    assertThat(w.consumers().preference(0, 1)).isEqualTo(0.0);
  }
}
