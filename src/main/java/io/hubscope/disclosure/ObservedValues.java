package io.hubscope.disclosure;

import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.Category;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.simulation.StreamSeeds;
import io.hubscope.util.Numbers;
import io.hubscope.world.MerchantTable;
import io.hubscope.world.ScenarioIndex;
import io.hubscope.world.World;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The value of a field of a shipment, as ground truth and as a party holding it in some form sees it.
 *
 * <p>Truth: identities are synthetic and derived from indices (consumer {@code C0001234}, firm {@code B000012},
 * merchant {@code Seller 000042}); postcodes, HS codes, values, weights and times come from the simulation.
 *
 * <p>Forms: {@code generalise} keeps a prefix of n digits (postcode, HS code), the lower bound of a bin of the given
 * width (numbers), or the time rounded down to the step; {@code noise} adds Laplace(0, sensitivity/epsilon) noise
 * drawn from a counter-based stream keyed by (seed, replication, shipment, field), so it is reproducible without
 * state; {@code pseudonymise keyed} replaces the value by a 12-hex-digit keyed hash of the true value (the same
 * value always gets the same token, across shipments, parties and replications), {@code perShipment} by a hash of
 * the shipment and field (a fresh token every time); {@code aggregateOnly}, {@code omit} and not received give an
 * empty cell.
 */
public final class ObservedValues {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

  private final Scenario scenario;
  private final World world;
  private final LogisticsNetwork network;
  private final RouteTable routes;
  private final ScenarioIndex index;
  private final long seed;
  private final long key;
  private final LocalDateTime start;

  /**
   * Creates the renderer.
   *
   * @param scenario scenario
   * @param world the replication's world
   * @param network network
   * @param routes routes
   * @param seed master seed (the pseudonym key and the noise streams derive from it)
   */
  public ObservedValues(Scenario scenario, World world, LogisticsNetwork network, RouteTable routes, long seed) {
    this.scenario = scenario;
    this.world = world;
    this.network = network;
    this.routes = routes;
    this.index = world.index();
    this.seed = seed;
    this.key = StreamSeeds.derive(seed, 0, StreamSeeds.Purpose.PSEUDONYM_KEYS, 0);
    String date = scenario.meta().startDate();
    this.start = (date == null ? java.time.LocalDate.of(2025, 1, 6) : java.time.LocalDate.parse(date)).atStartOfDay();
  }

  /**
   * The true value of an attribute for a shipment.
   *
   * @param a attribute
   * @param s shipments
   * @param i row
   * @param replication replication (tracking ids)
   * @return text
   */
  public String truth(Attribute a, ShipmentColumns s, int i, int replication) {
    int consumers = world.consumerCount();
    int r = s.recipient[i];
    boolean consumer = r < consumers;
    int business = r - consumers;
    int postcode = consumer ? world.consumers().postcode(r) : world.businesses().postcode(business);
    int destination = consumer ? world.consumers().destination(r) : world.businesses().destination(business);
    String country = index.destinationAt(destination).id();
    Category category = scenario.catalogue().get(s.category[i]);
    int m = s.merchant[i];
    return switch (a) {
      case RECIPIENT_NAME -> consumer ? String.format(Locale.ROOT, "Consumer C%07d", r)
          : String.format(Locale.ROOT, "Firm B%06d", business);
      case RECIPIENT_STREET -> {
        long h = StreamSeeds.mix(r * 31L + 7) & Long.MAX_VALUE;
        yield (h % 200 + 1) + " Street " + (h / 200 % 900 + 100);
      }
      case RECIPIENT_PHONE -> String.format(Locale.ROOT, "00%s 4%08d", dialCode(country),
          (StreamSeeds.mix(r * 31L + 11) & Long.MAX_VALUE) % 100_000_000L);
      case RECIPIENT_EMAIL -> consumer ? String.format(Locale.ROOT, "c%07d@mail.example", r)
          : String.format(Locale.ROOT, "b%06d@firm.example", business);
      case RECIPIENT_TAX_ID -> consumer ? ""
          : String.format(Locale.ROOT, "%s%010d", country, (StreamSeeds.mix(business * 31L + 13) & Long.MAX_VALUE)
              % 10_000_000_000L);
      case RECIPIENT_POSTCODE -> world.zones().postcode(postcode);
      case RECIPIENT_COUNTRY -> country;
      case RECIPIENT_TYPE -> consumer ? "consumer" : "business";
      case SENDER_NAME -> MerchantTable.name(m);
      case SENDER_ADDRESS -> "Unit " + (m % 97 + 1) + ", " + index.originAt(world.merchants().origin(m)).name();
      case SENDER_TAX_ID -> MerchantTable.taxId(m);
      case SENDER_ORIGIN -> index.originAt(world.merchants().origin(m)).id();
      case MARKETPLACE_IOSS -> "IM1560000001";
      case ITEM_HS -> category.hs();
      case ITEM_CATEGORY -> category.id();
      case ITEM_DESCRIPTION -> category.name() == null ? category.id() : category.name();
      case ITEM_VALUE -> Numbers.format(Math.round(s.value[i] * 100.0) / 100.0);
      case PARCEL_WEIGHT -> Numbers.format(Math.round(s.weight[i] * 1000.0) / 1000.0);
      case PARCEL_TRACKING_ID -> String.format(Locale.ROOT, "LP%02d%09dCN", replication % 100, i);
      case TRANSPORT_MASTER_WAYBILL -> {
        int lane = routes.lane(s.route[i], 0);
        int day = (int) Math.floor(s.tDeparture[i] / 24f);
        yield String.format(Locale.ROOT, "784-%08d", (lane * 1000L + day) % 100_000_000L);
      }
      case TRANSPORT_FLIGHT -> {
        int lane = routes.lane(s.route[i], 0);
        yield String.format(Locale.ROOT, "HS%03d/%s", lane + 100,
            start.plusMinutes((long) (s.tDeparture[i] * 60)).toLocalDate());
      }
      case TRANSPORT_HUB -> routes.hub(s.route[i]) < 0 ? "" : network.nodeId(routes.hub(s.route[i]));
      case TIME_ORDER -> time(s.tOrder[i]);
      case TIME_DISPATCH -> time(s.tDispatch[i]);
      case TIME_HUB_SCAN -> time(s.tHubScan[i]);
      case TIME_RELEASE -> time(s.tRelease[i]);
      case TIME_DELIVERY -> time(s.tDelivery[i]);
    };
  }

  /**
   * The value as held in a form.
   *
   * @param field field
   * @param fieldIndex field index (for noise streams and per-shipment tokens)
   * @param form form held
   * @param s shipments
   * @param i row
   * @param replication replication
   * @return text; empty when nothing per shipment is held
   */
  public String observed(FieldSpec field, int fieldIndex, FieldForm form, ShipmentColumns s, int i,
      int replication) {
    if (!form.received() || form.op() == null) {
      return "";
    }
    Attribute a = field.carries();
    return switch (form.op()) {
      case KEEP -> truth(a, s, i, replication);
      case OMIT, AGGREGATE_ONLY -> "";
      case PSEUDONYMISE -> form.pseudonym() == io.hubscope.scenario.TransformSpec.Pseudonym.PER_SHIPMENT
          ? token("S", StreamSeeds.mix(key ^ StreamSeeds.mix(((long) replication << 40) ^ ((long) i << 8)
              ^ fieldIndex)))
          : token("K", StreamSeeds.mix(key ^ io.hubscope.world.SeedDeriver.fnv1a64(truth(a, s, i, replication))));
      case GENERALISE -> generalised(a, form, s, i, replication);
      case NOISE -> noised(a, form, s, i, fieldIndex, replication);
    };
  }

  private String generalised(Attribute a, FieldForm form, ShipmentColumns s, int i, int replication) {
    return switch (a.kind()) {
      case POSTCODE, HS_CODE -> {
        String v = truth(a, s, i, replication);
        yield v.substring(0, Math.min(v.length(), form.digits()));
      }
      case NUMBER -> {
        double v = a == Attribute.ITEM_VALUE ? s.value[i] : s.weight[i];
        yield Numbers.format(Math.floor(v / form.binWidth()) * form.binWidth());
      }
      case TIME -> {
        double t = ObservedCodes.hours(a, s, i);
        yield Double.isNaN(t) ? "" : time((float) (Math.floor(t / form.roundHours()) * form.roundHours()));
      }
      default -> truth(a, s, i, replication);
    };
  }

  private String noised(Attribute a, FieldForm form, ShipmentColumns s, int i, int fieldIndex, int replication) {
    double noise = LaplaceNoise.draw(seed, replication, fieldIndex, i, form.sensitivity() / form.epsilon());
    if (a.kind() == Attribute.Kind.TIME) {
      double t = ObservedCodes.hours(a, s, i);
      return Double.isNaN(t) ? "" : time((float) (t + noise));
    }
    double v = a == Attribute.ITEM_VALUE ? s.value[i] : s.weight[i];
    return Numbers.format(Math.round((v + noise) * 100.0) / 100.0);
  }

  private String time(float hours) {
    if (Float.isNaN(hours)) {
      return "";
    }
    return TIME.format(start.plusMinutes(Math.round(hours * 60.0)));
  }

  private static String dialCode(String country) {
    return switch (country) {
      case "BE" -> "32";
      case "NL" -> "31";
      case "FR" -> "33";
      case "DE" -> "49";
      case "ES" -> "34";
      case "IT" -> "39";
      case "PL" -> "48";
      case "AT" -> "43";
      case "LU" -> "352";
      case "IE" -> "353";
      case "PT" -> "351";
      default -> "99";
    };
  }

  private static String token(String prefix, long h) {
    return prefix + String.format(Locale.ROOT, "%012x", h & 0xFFFFFFFFFFFFL);
  }

  /** The fields of the scenario, in order. */
  public List<FieldSpec> fields() {
    return scenario.fields();
  }
}
