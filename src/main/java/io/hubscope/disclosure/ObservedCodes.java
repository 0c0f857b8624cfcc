package io.hubscope.disclosure;

import io.hubscope.network.RouteTable;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.simulation.StreamSeeds;
import io.hubscope.world.World;
import java.util.List;

/**
 * What a holder of a field sees, as a 64-bit code: two shipments get equal codes for a field exactly when the holder
 * sees the same value (up to 64-bit hash collisions for pseudonyms). Inference metrics group, match and count on
 * these codes instead of strings; {@link ObservedValues} renders the same values as text for exports.
 *
 * <p>Truth codes: buyer identity attributes code the buyer (consumer index, or consumers + firm index; a consumer's
 * tax id is {@link #EMPTY}); merchant attributes the merchant; postcodes (destination, numeric postcode); HS codes
 * their number; values in cents; weights in grams; times in minutes since the start; the tracking id the row; master
 * waybill and flight (first lane, departure day); hub the hub node.
 *
 * <p>Forms: keep gives the truth code; generalise the code of the generalised value (postcode or HS prefix of n
 * digits, bin index, rounded time); noise the noisy value at the truth code's resolution ({@link LaplaceNoise}, the
 * same draw as the exports); keyed pseudonym a keyed hash of the truth code (consistent across shipments); per-shipment
 * pseudonym a keyed hash of (replication, row, field); omit, aggregateOnly and not held give {@link #NOT_HELD}.
 */
public final class ObservedCodes {

  /** The holder does not hold the field for this shipment. */
  public static final long NOT_HELD = Long.MIN_VALUE;
  /** The field is empty for this shipment (e.g. a consumer's tax id). */
  public static final long EMPTY = Long.MIN_VALUE + 1;

  private final World world;
  private final RouteTable routes;
  private final long seed;
  private final long key;
  private final List<FieldSpec> fields;
  private final long[] hs;
  private final int[] hsDigits;
  private final long[] postcodeValue;
  private final int[] postcodeLength;
  private final int[] postcodeDestination;

  /**
   * Prepares the codes of one replication's world.
   *
   * @param scenario scenario (fields, catalogue)
   * @param world world
   * @param routes routes
   * @param seed master seed (pseudonym key, noise)
   */
  public ObservedCodes(Scenario scenario, World world, RouteTable routes, long seed) {
    this.world = world;
    this.routes = routes;
    this.seed = seed;
    this.key = StreamSeeds.derive(seed, 0, StreamSeeds.Purpose.PSEUDONYM_KEYS, 0);
    this.fields = scenario.fields();
    int categories = scenario.catalogue().size();
    hs = new long[categories];
    hsDigits = new int[categories];
    for (int c = 0; c < categories; c++) {
      String code = scenario.catalogue().get(c).hs();
      hs[c] = Long.parseLong(code);
      hsDigits[c] = code.length();
    }
    int postcodes = world.zones().postcodeCount();
    postcodeValue = new long[postcodes];
    postcodeLength = new int[postcodes];
    postcodeDestination = new int[postcodes];
    for (int p = 0; p < postcodes; p++) {
      String text = world.zones().postcode(p);
      postcodeValue[p] = Long.parseLong(text.replaceAll("[^0-9]", "0"));
      postcodeLength[p] = text.length();
      postcodeDestination[p] = world.zones().destination(world.zones().zoneOfPostcode(p));
    }
  }

  /**
   * The code of a field for a shipment as held in a form.
   *
   * @param field field index
   * @param form form held
   * @param s shipments
   * @param i row
   * @param replication replication
   * @return code, or {@link #NOT_HELD}
   */
  public long code(int field, FieldForm form, ShipmentColumns s, int i, int replication) {
    if (!form.received() || form.op() == null) {
      return NOT_HELD;
    }
    Attribute a = fields.get(field).carries();
    return switch (form.op()) {
      case KEEP -> truth(a, s, i);
      case OMIT, AGGREGATE_ONLY -> NOT_HELD;
      case PSEUDONYMISE -> form.pseudonym() == TransformSpec.Pseudonym.PER_SHIPMENT
          ? StreamSeeds.mix(key ^ StreamSeeds.mix(((long) replication << 40) ^ ((long) i << 8) ^ field))
          : pseudonym(a, truth(a, s, i));
      case GENERALISE -> generalised(a, form, s, i);
      case NOISE -> noised(a, form, s, i, field, replication);
    };
  }

  /**
   * The codes of a field in a form for a range of rows, as {@link #code} gives them row by row; a field held in clear
   * is coded in one loop per attribute instead of one dispatch per row.
   *
   * @param field field index
   * @param form form held
   * @param s shipments
   * @param from first row
   * @param to end row (exclusive)
   * @param replication replication
   * @param out receives the codes, index {@code row - from}
   */
  public void codes(int field, FieldForm form, ShipmentColumns s, int from, int to, int replication, long[] out) {
    if (form.received() && form.op() == TransformSpec.Op.KEEP) {
      truths(fields.get(field).carries(), s, from, to, out);
      return;
    }
    for (int i = from; i < to; i++) {
      out[i - from] = code(field, form, s, i, replication);
    }
  }

  /** {@link #truth} for a range of rows, the common attributes in their own loops. */
  private void truths(Attribute a, ShipmentColumns s, int from, int to, long[] out) {
    switch (a) {
      case RECIPIENT_NAME, RECIPIENT_STREET, RECIPIENT_PHONE, RECIPIENT_EMAIL -> {
        for (int i = from; i < to; i++) {
          out[i - from] = s.recipient[i];
        }
      }
      case RECIPIENT_POSTCODE -> {
        for (int i = from; i < to; i++) {
          out[i - from] = postcodeCode(postcode(s, i));
        }
      }
      case RECIPIENT_COUNTRY -> {
        for (int i = from; i < to; i++) {
          out[i - from] = postcodeDestination[postcode(s, i)];
        }
      }
      case SENDER_NAME, SENDER_ADDRESS, SENDER_TAX_ID -> {
        for (int i = from; i < to; i++) {
          out[i - from] = s.merchant[i];
        }
      }
      case ITEM_CATEGORY, ITEM_DESCRIPTION -> {
        for (int i = from; i < to; i++) {
          out[i - from] = s.category[i];
        }
      }
      case ITEM_HS -> {
        for (int i = from; i < to; i++) {
          out[i - from] = hs[s.category[i]];
        }
      }
      case TIME_ORDER, TIME_DISPATCH, TIME_HUB_SCAN, TIME_RELEASE, TIME_DELIVERY -> {
        for (int i = from; i < to; i++) {
          out[i - from] = minutes(hours(a, s, i));
        }
      }
      default -> {
        for (int i = from; i < to; i++) {
          out[i - from] = truth(a, s, i);
        }
      }
    }
  }

  /**
   * The keyed pseudonym of a truth code: the same for every holder and shipment.
   *
   * @param a attribute
   * @param truth truth code
   * @return pseudonym code
   */
  public long pseudonym(Attribute a, long truth) {
    return truth == EMPTY ? EMPTY : StreamSeeds.mix(key ^ StreamSeeds.mix(truth * 64 + a.ordinal()));
  }

  /**
   * The true value's code.
   *
   * @param a attribute
   * @param s shipments
   * @param i row
   * @return code
   */
  public long truth(Attribute a, ShipmentColumns s, int i) {
    int r = s.recipient[i];
    int consumers = world.consumerCount();
    return switch (a) {
      case RECIPIENT_NAME, RECIPIENT_STREET, RECIPIENT_PHONE, RECIPIENT_EMAIL -> r;
      case RECIPIENT_TAX_ID -> r < consumers ? EMPTY : r;
      case RECIPIENT_POSTCODE -> postcodeCode(postcode(s, i));
      case RECIPIENT_COUNTRY -> postcodeDestination[postcode(s, i)];
      case RECIPIENT_TYPE -> r < consumers ? 0 : 1;
      case SENDER_NAME, SENDER_ADDRESS, SENDER_TAX_ID -> s.merchant[i];
      case SENDER_ORIGIN -> world.merchants().origin(s.merchant[i]);
      case MARKETPLACE_IOSS -> 0;
      case ITEM_HS -> hs[s.category[i]];
      case ITEM_CATEGORY, ITEM_DESCRIPTION -> s.category[i];
      case ITEM_VALUE -> Math.round(s.value[i] * 100.0);
      case PARCEL_WEIGHT -> Math.round(s.weight[i] * 1000.0);
      case PARCEL_TRACKING_ID -> i;
      case TRANSPORT_MASTER_WAYBILL, TRANSPORT_FLIGHT ->
          routes.lane(s.route[i], 0) * 100_000L + (long) Math.floor(s.tDeparture[i] / 24f);
      case TRANSPORT_HUB -> routes.hub(s.route[i]);
      case TIME_ORDER, TIME_DISPATCH, TIME_HUB_SCAN, TIME_RELEASE, TIME_DELIVERY -> minutes(hours(a, s, i));
    };
  }

  /** A postcode's code: its destination above its value. */
  private long postcodeCode(int p) {
    return ((long) postcodeDestination[p] << 40) | postcodeValue[p];
  }

  /** A time's code: whole minutes, or {@link #EMPTY} for no time. */
  private static long minutes(double hours) {
    return Double.isNaN(hours) ? EMPTY : Math.round(hours * 60);
  }

  private int postcode(ShipmentColumns s, int i) {
    int r = s.recipient[i];
    int consumers = world.consumerCount();
    return r < consumers ? world.consumers().postcode(r) : world.businesses().postcode(r - consumers);
  }

  private long generalised(Attribute a, FieldForm form, ShipmentColumns s, int i) {
    return switch (a.kind()) {
      case POSTCODE -> {
        int p = postcode(s, i);
        int drop = Math.max(0, postcodeLength[p] - form.digits());
        yield ((long) postcodeDestination[p] << 40) | ((long) form.digits() << 32) | (postcodeValue[p] / pow10(drop));
      }
      case HS_CODE -> {
        int c = s.category[i];
        int drop = Math.max(0, hsDigits[c] - form.digits());
        yield ((long) form.digits() << 32) | (hs[c] / pow10(drop));
      }
      case NUMBER -> (long) Math.floor((a == Attribute.ITEM_VALUE ? s.value[i] : s.weight[i]) / form.binWidth());
      case TIME -> {
        double t = hours(a, s, i);
        yield Double.isNaN(t) ? EMPTY : (long) Math.floor(t / form.roundHours());
      }
      default -> truth(a, s, i);
    };
  }

  private long noised(Attribute a, FieldForm form, ShipmentColumns s, int i, int field, int replication) {
    double noise = LaplaceNoise.draw(seed, replication, field, i, form.sensitivity() / form.epsilon());
    if (a.kind() == Attribute.Kind.TIME) {
      return minutes(hours(a, s, i) + noise);
    }
    double v = a == Attribute.ITEM_VALUE ? s.value[i] : s.weight[i];
    return Math.round((v + noise) * (a == Attribute.ITEM_VALUE ? 100.0 : 1000.0));
  }

  /**
   * The time of a time attribute, in hours since the start (NaN when the event does not happen).
   *
   * @param a attribute
   * @param s shipments
   * @param i row
   * @return hours
   */
  public static double hours(Attribute a, ShipmentColumns s, int i) {
    return switch (a) {
      case TIME_ORDER -> s.tOrder[i];
      case TIME_DISPATCH -> s.tDispatch[i];
      case TIME_HUB_SCAN -> s.tHubScan[i];
      case TIME_RELEASE -> s.tRelease[i];
      case TIME_DELIVERY -> s.tDelivery[i];
      default -> Double.NaN;
    };
  }

  private static long pow10(int n) {
    long p = 1;
    for (int k = 0; k < n; k++) {
      p *= 10;
    }
    return p;
  }
}
