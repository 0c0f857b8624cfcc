package io.hubscope.metrics;

import io.hubscope.disclosure.FieldForm;
import io.hubscope.disclosure.ObservedCodes;
import io.hubscope.disclosure.ObserverView;
import io.hubscope.scenario.AnalysisSpec;
import io.hubscope.scenario.Attribute;
import io.hubscope.scenario.Category;
import io.hubscope.scenario.CategoryTag;
import io.hubscope.scenario.FieldSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.scenario.TransformSpec;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.simulation.StreamSeeds;
import io.hubscope.world.World;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one observer holds, prepared once per (replication, observer) for the people-inference metrics: per route,
 * which fields it holds in a form that carries information about the shipment, which of them are quasi-identifiers,
 * whether it reads a direct identifier of the buyer in clear, which consistent tokens it holds, which components of
 * a trace point (place, time) it holds, and which category tags it can tell. Record-level values are computed from
 * {@link ObservedCodes}: two shipments get equal codes for a field exactly when the observer sees equal values.
 *
 * <p>Rules shared by the metrics:
 * <ul>
 *   <li><b>Informative form.</b> A field counts as held when the observer holds it in clear, generalised, noised or
 *       as a keyed pseudonym. Omitted, aggregate-only and never-received fields are not held; neither is a
 *       per-shipment pseudonym, which is a fresh random token for every shipment and says nothing about the value
 *       (counting it would make every record "unique" by a meaningless label).</li>
 *   <li><b>Direct identification</b> of the buyer on a shipment: the observer holds in clear a field with role
 *       {@code directIdentifier} that carries a buyer identity attribute (name, street, phone, e-mail, tax id; the
 *       tax id is empty for consumers, so it identifies firms only), or holds in clear both the street and the
 *       postcode (the postal address), whatever their roles. Fields with role {@code directIdentifier} that carry
 *       the seller's identity identify the seller, not the buyer, and do not count.</li>
 *   <li><b>Quasi-identifier tuple</b> of a shipment: the codes of the fields with role {@code quasiIdentifier} held
 *       in an informative form, combined into a 64-bit hash (records with equal tuples get equal hashes; distinct
 *       tuples collide with probability about n&sup2;/2<sup>65</sup>, below 10<sup>-6</sup> for 2 million
 *       records).</li>
 *   <li><b>Populations</b>: recipient indices below {@code world.consumerCount()} are consumers, the rest firms.</li>
 * </ul>
 */
final class ViewProfile {

  /** Population labels, indexed by {@link #population(int)}. */
  static final String[] POPULATIONS = {"consumers", "businesses"};

  /** Population index of consumers. */
  static final int CONSUMERS = 0;

  /** Population index of firms. */
  static final int BUSINESSES = 1;

  private static final long QI_SEED = 0x51_4944_5455_504CL;
  private static final long HELD_SEED = 0x48_454C_4454_5550L;
  private static final long ID_SEED = 0x49_4445_4E54_4954L;
  private static final long TOKEN_SEED = 0x54_4F4B_454E_5331L;
  private static final long POINT_SEED = 0x50_4F49_4E54_5331L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final long PRIME1 = 0x9E3779B185EBCA87L;
  private static final long PRIME2 = 0xC2B2AE3D27D4EB4FL;

  final MetricContext context;
  final World world;
  final ObserverView view;
  final ObservedCodes codes;
  private final People people;
  final int replication;
  final int consumers;
  final int persons;
  final int routeCount;
  final int categoryCount;
  final List<FieldSpec> fields;

  private final boolean[] touches;
  private final boolean[][] direct;
  /** Per route, the held fields that are not numbers or times (with their forms), for {@link #discreteHeldHashes}. */
  private final int[][] discreteHeldFields;
  private final FieldForm[][] discreteHeldForms;
  private final int[] definitionOfRoute;
  private final int[][] definitionFields;
  private final FieldForm[][] definitionForms;
  private final Definition[] definitionKeys;
  private final int[][] tokenFields;
  private final FieldForm[][] tokenForms;
  private final int postcodeField;
  private final int timeField;
  private final FieldForm[] pointPostcode;
  private final FieldForm[] pointTime;
  private final double timeHours;
  /** The forms of a trace point when every route the observer touches shows it alike, else null. */
  private final PointForms uniformPoints;
  private final int[] tagMask;
  private final boolean[][] revealsBuyer;
  private final boolean[] revealsPlace;
  private final boolean[] revealsCategory;
  private final int[] postcodeDigitsSeen;
  private final int[] prefixLength;

  private ViewProfile(MetricContext context, ObservedCodes codes, People people) {
    this.context = context;
    this.world = context.world();
    this.view = context.view();
    this.codes = codes;
    this.people = people;
    this.replication = context.replication();
    this.consumers = world.consumerCount();
    this.persons = world.consumerCount() + world.businessCount();
    this.routeCount = context.routes().routeCount();
    Scenario scenario = context.scenario();
    this.fields = scenario.fields();
    this.categoryCount = scenario.catalogue().size();
    int nf = fields.size();
    touches = new boolean[routeCount];
    direct = new boolean[2][routeCount];
    // each route's quasi-identifier fields and their forms (only to group routes into definitions below)
    int[][] qiFields = new int[routeCount][];
    FieldForm[][] qiForms = new FieldForm[routeCount][];
    discreteHeldFields = new int[routeCount][];
    discreteHeldForms = new FieldForm[routeCount][];
    definitionOfRoute = new int[routeCount];
    tokenFields = new int[routeCount][];
    tokenForms = new FieldForm[routeCount][];
    pointPostcode = new FieldForm[routeCount];
    pointTime = new FieldForm[routeCount];
    tagMask = new int[routeCount * categoryCount];
    revealsBuyer = new boolean[2][routeCount];
    revealsPlace = new boolean[routeCount];
    revealsCategory = new boolean[routeCount * categoryCount];
    postcodeDigitsSeen = new int[routeCount];
    prefixLength = new int[world.zones().zoneCount()];
    for (int z = 0; z < prefixLength.length; z++) {
      prefixLength[z] = world.zones().prefix(z).length();
    }
    postcodeField = firstCarrying(Attribute.RECIPIENT_POSTCODE);
    int delivery = firstCarrying(Attribute.TIME_DELIVERY);
    timeField = delivery >= 0 ? delivery : firstCarrying(Attribute.TIME_HUB_SCAN);
    AnalysisSpec.Unicity u = scenario.analysis() == null ? null : scenario.analysis().unicity();
    Integer postcodeDigits = u == null ? null : u.postcodeDigits();
    timeHours = u == null || u.timeHours() == null ? 24.0 : u.timeHours();
    int[] categoryTags = categoryTags(scenario.catalogue());
    ShipmentColumns probe = new ShipmentColumns(1);
    for (int r = 0; r < routeCount; r++) {
      touches[r] = view.touches(r);
      int[] qi = new int[nf];
      int[] token = new int[nf];
      int[] discrete = new int[nf];
      int nq = 0;
      int nt = 0;
      int nd = 0;
      boolean streetClear = false;
      boolean postcodeClear = false;
      for (int f = 0; f < nf; f++) {
        FieldSpec spec = fields.get(f);
        FieldForm form = view.form(r, f);
        Attribute a = spec.carries();
        boolean clear = form.op() == TransformSpec.Op.KEEP;
        if (a == Attribute.RECIPIENT_STREET && clear) {
          streetClear = true;
        }
        if (a == Attribute.RECIPIENT_POSTCODE) {
          postcodeClear |= clear;
          int seen = clear ? Integer.MAX_VALUE : form.op() == TransformSpec.Op.GENERALISE ? form.digits() : 0;
          postcodeDigitsSeen[r] = Math.max(postcodeDigitsSeen[r], seen);
        }
        boolean buyerIdentifier = spec.role() == FieldSpec.FieldRole.DIRECT_IDENTIFIER
            && a.kind() == Attribute.Kind.RECIPIENT_IDENTITY;
        if (buyerIdentifier && clear) {
          direct[BUSINESSES][r] = true;
          if (a != Attribute.RECIPIENT_TAX_ID) {
            direct[CONSUMERS][r] = true;
          }
        }
        if (!informative(form)) {
          continue;
        }
        boolean exact = form.op() == TransformSpec.Op.KEEP || form.op() == TransformSpec.Op.PSEUDONYMISE;
        if (a.kind() == Attribute.Kind.RECIPIENT_IDENTITY && exact) {
          revealsBuyer[BUSINESSES][r] = true;
          if (a != Attribute.RECIPIENT_TAX_ID) {
            revealsBuyer[CONSUMERS][r] = true;
          }
        }
        if (a == Attribute.RECIPIENT_POSTCODE || (a == Attribute.RECIPIENT_COUNTRY && exact)) {
          revealsPlace[r] = true;
        }
        if (buyerIdentifier && form.op() == TransformSpec.Op.PSEUDONYMISE) {
          token[nt++] = f;
        }
        if (spec.role() == FieldSpec.FieldRole.QUASI_IDENTIFIER) {
          qi[nq++] = f;
        }
        if (a.kind() != Attribute.Kind.SHIPMENT_KEY && a.kind() != Attribute.Kind.NUMBER
            && a.kind() != Attribute.Kind.TIME) {
          discrete[nd++] = f;
        }
        if (a == Attribute.ITEM_HS || a == Attribute.ITEM_CATEGORY || a == Attribute.ITEM_DESCRIPTION) {
          long[] code = categoryCodes(f, form, probe);
          if (form.op() == TransformSpec.Op.KEEP || form.op() == TransformSpec.Op.GENERALISE) {
            addTagsTold(r, code, categoryTags);
          }
          for (int c = 0; c < categoryCount; c++) {
            boolean alone = true;
            for (int o = 0; o < categoryCount && alone; o++) {
              alone = o == c || code[o] != code[c];
            }
            revealsCategory[r * categoryCount + c] |= alone;
          }
        }
      }
      if (streetClear && postcodeClear) {
        direct[CONSUMERS][r] = true;
        direct[BUSINESSES][r] = true;
      }
      qiFields[r] = Arrays.copyOf(qi, nq);
      tokenFields[r] = Arrays.copyOf(token, nt);
      qiForms[r] = forms(r, qiFields[r]);
      discreteHeldFields[r] = Arrays.copyOf(discrete, nd);
      discreteHeldForms[r] = forms(r, discreteHeldFields[r]);
      tokenForms[r] = forms(r, tokenFields[r]);
      pointPostcode[r] = postcodeField < 0 ? null : pointPostcodeForm(view.form(r, postcodeField), postcodeDigits);
      pointTime[r] = timeField < 0 ? null : pointTimeForm(view.form(r, timeField));
    }
    List<int[]> defFields = new ArrayList<>();
    List<FieldForm[]> defForms = new ArrayList<>();
    for (int r = 0; r < routeCount; r++) {
      definitionOfRoute[r] = -1;
      if (!touches[r]) {
        continue;
      }
      for (int d = 0; d < defFields.size() && definitionOfRoute[r] < 0; d++) {
        if (Arrays.equals(defFields.get(d), qiFields[r]) && Arrays.equals(defForms.get(d), qiForms[r])) {
          definitionOfRoute[r] = d;
        }
      }
      if (definitionOfRoute[r] < 0) {
        definitionOfRoute[r] = defFields.size();
        defFields.add(qiFields[r]);
        defForms.add(qiForms[r]);
      }
    }
    definitionFields = defFields.toArray(new int[0][]);
    definitionForms = defForms.toArray(new FieldForm[0][]);
    definitionKeys = new Definition[definitionFields.length];
    for (int d = 0; d < definitionKeys.length; d++) {
      definitionKeys[d] = new Definition(Arrays.stream(definitionFields[d]).boxed().toList(),
          List.of(definitionForms[d]));
    }
    PointForms uniform = null;
    boolean alike = true;
    for (int r = 0; r < routeCount && alike; r++) {
      if (touches[r]) {
        PointForms here = new PointForms(postcodeField, pointPostcode[r], timeField, pointTime[r], timeHours);
        alike = uniform == null || uniform.equals(here);
        uniform = here;
      }
    }
    uniformPoints = alike ? uniform : null;
  }

  /**
   * How a trace point is made from a shipment's codes: the postcode and time fields and the forms they enter the
   * point in (null when left out), at a time resolution. Equal forms give equal points, whoever holds them.
   */
  private record PointForms(int postcodeField, FieldForm place, int timeField, FieldForm time, double timeHours) {}

  // ---------------------------------------------------------------------------------------------------- cache

  /**
   * Zone and destination of every buyer (consumers, then firms), and values that depend only on the market, shared
   * by the observers of a replication.
   */
  private static final class People {
    final int[] zone;
    final int[] destination;
    final List<Object[]> market = new ArrayList<>();

    People(World world) {
      int consumers = world.consumerCount();
      int all = consumers + world.businessCount();
      zone = new int[all];
      destination = new int[all];
      for (int r = 0; r < all; r++) {
        zone[r] = r < consumers ? world.consumers().zone(r) : world.businesses().zone(r - consumers);
        destination[r] = world.zones().destination(zone[r]);
      }
    }

    private long orderKey;
    private int[] order;

    /** Every person sorted by the keyed hash mix(key ^ mix(2p + 1)) (distinct for distinct people). */
    synchronized int[] byPriority(long key) {
      if (order == null || orderKey != key) {
        int n = zone.length;
        long[] prio = new long[n];
        int[] who = new int[n];
        for (int p = 0; p < n; p++) {
          prio[p] = StreamSeeds.mix(key ^ StreamSeeds.mix(p * 2L + 1));
          who[p] = p;
        }
        RadixSort.sort(prio, who, n);
        order = who;
        orderKey = key;
      }
      return order;
    }
  }

  private static final Object LOCK = new Object();
  private static WeakReference<World> cachedWorld = new WeakReference<>(null);
  private static long cachedSeed;
  private static WeakReference<ObservedCodes> cachedCodes = new WeakReference<>(null);
  private static WeakReference<People> cachedPeople = new WeakReference<>(null);
  private static final Map<ObserverView, WeakReference<ViewProfile>> CACHED = new IdentityHashMap<>();

  /**
   * The profile of a context, computed once per (world, view, replication) and shared by every accumulator of the
   * replication (the engine creates one accumulator per shard). Observers whose views hold every field on every route
   * in the same form (a state pooling a group's parties and the group itself, often) share one profile, so the
   * per-shard values are computed once and the second observer's results are replayed ({@link #emitOnce}). The
   * cache holds its entries weakly: they live as long as some accumulator uses them.
   *
   * @param context metric context
   * @return profile
   */
  static ViewProfile of(MetricContext context) {
    synchronized (LOCK) {
      ObservedCodes codes = cachedCodes.get();
      People people = cachedPeople.get();
      if (codes == null || people == null || cachedWorld.get() != context.world()
          || cachedSeed != context.seed()) {
        codes = new ObservedCodes(context.scenario(), context.world(), context.routes(), context.seed());
        people = new People(context.world());
        cachedWorld = new WeakReference<>(context.world());
        cachedSeed = context.seed();
        cachedCodes = new WeakReference<>(codes);
        cachedPeople = new WeakReference<>(people);
        CACHED.clear();
      }
      WeakReference<ViewProfile> ref = CACHED.get(context.view());
      ViewProfile p = ref == null ? null : ref.get();
      if (p == null || !p.fits(context)) {
        p = null;
        for (WeakReference<ViewProfile> other : CACHED.values()) {
          ViewProfile o = other.get();
          if (o != null && o.fits(context) && o.holdsLike(context.view())) {
            p = o;
            break;
          }
        }
        if (p == null) {
          p = new ViewProfile(context, codes, people);
        }
        CACHED.put(context.view(), new WeakReference<>(p));
      }
      return p;
    }
  }

  private boolean fits(MetricContext c) {
    return replication == c.replication() && context.routes() == c.routes() && context.world() == c.world()
        && context.seed() == c.seed();
  }

  /** True when another view holds every field on every route in the same form as this profile's view. */
  private boolean holdsLike(ObserverView other) {
    if (other.fieldCount() != view.fieldCount()) {
      return false;
    }
    for (int r = 0; r < routeCount; r++) {
      for (int f = 0; f < view.fieldCount(); f++) {
        if (!view.form(r, f).equals(other.form(r, f))) {
          return false;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------------- emit memo

  /** What an accumulator has read: which rows of which shipments. */
  static final class RowsRead {
    private WeakReference<ShipmentColumns> shipments = new WeakReference<>(null);
    private long ranges;
    private long rows;
    /** The ranges, as (from &lt;&lt; 32 | to), in the order read and merged. */
    private final LongColumn spans = new LongColumn();
    private boolean mixed;

    /**
     * Records that rows {@code from..to-1} were read.
     *
     * @param s shipments
     * @param from first row
     * @param to end row
     */
    void add(ShipmentColumns s, int from, int to) {
      note(s);
      shipments = new WeakReference<>(s);
      ranges += StreamSeeds.mix(((long) from << 32) ^ to);
      rows += to - from;
      spans.add(((long) from << 32) | to);
    }

    /**
     * Adds what another accumulator read.
     *
     * @param o the other record
     */
    void merge(RowsRead o) {
      mixed |= o.mixed;
      if (o.shipments.get() != null) {
        note(o.shipments.get());
        shipments = o.shipments;
      }
      ranges += o.ranges;
      rows += o.rows;
      spans.absorb(o.spans);
    }

    private void note(ShipmentColumns s) {
      ShipmentColumns current = shipments.get();
      mixed |= current != null && current != s;
    }

    /** The shipments read from (held weakly), or null when nothing was read or they are gone. */
    ShipmentColumns shipments() {
      return shipments.get();
    }

    /** The number of rows read. */
    long rows() {
      return rows;
    }

    boolean same(RowsRead o) {
      return shipments.get() == o.shipments.get() && ranges == o.ranges && rows == o.rows;
    }

    /** Receives one range of rows read. */
    @FunctionalInterface
    interface Range {
      /**
       * Rows {@code from..to-1} of the shipments.
       *
       * @param s shipments
       * @param from first row
       * @param to end row
       */
      void accept(ShipmentColumns s, int from, int to);
    }

    /**
     * Visits the rows read (while the shipments are alive, as they are until the metrics emit), range by range in
     * the order read and merged.
     *
     * @param range receives each range
     */
    void forEach(Range range) {
      long[] all = spans.toArray();
      ShipmentColumns s = shipments.get();
      if (mixed || (s == null && all.length > 0)) {
        throw new IllegalStateException("the rows read are not all of one set of shipments still in memory");
      }
      for (long span : all) {
        range.accept(s, (int) (span >>> 32), (int) span);
      }
    }
  }

  /**
   * A value that depends only on the market rows an accumulator read, not on what the observer holds (e.g. the prior
   * distribution of a secret): computed by the first observer that asks, then shared.
   *
   * @param kind what the value is
   * @param read the rows read
   * @param compute computes the value
   * @param <T> value type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  <T> T marketValue(String kind, RowsRead read, java.util.function.Supplier<T> compute) {
    synchronized (people.market) {
      for (Object[] e : people.market) {
        if (e[0].equals(kind) && ((RowsRead) e[1]).same(read)) {
          return (T) e[2];
        }
      }
    }
    T value = compute.get();
    synchronized (people.market) {
      people.market.removeIf(e -> e[0].equals(kind));
      people.market.add(new Object[] {kind, read, value});
    }
    return value;
  }

  private record EmittedRow(String measure, String group, double value, String unit) {}

  private record Emitted(Class<?> metric, RowsRead read, List<EmittedRow> rows) {}

  private final List<Emitted> emitted = new ArrayList<>();

  /**
   * Emits a metric's values once per profile and set of rows: observers whose views hold everything alike share
   * this profile, and their results are equal by construction, so the second one replays the first one's rows
   * instead of recomputing them.
   *
   * @param metric the metric's class
   * @param read the rows the accumulator read
   * @param sink receives the values
   * @param compute computes the values into a sink
   */
  void emitOnce(Class<?> metric, RowsRead read, MetricSink sink, java.util.function.Consumer<MetricSink> compute) {
    if (replay(metric, read, sink)) {
      return;
    }
    List<EmittedRow> fresh = new ArrayList<>();
    compute.accept((measure, group, value, unit) -> fresh.add(new EmittedRow(measure, group, value, unit)));
    synchronized (emitted) {
      emitted.removeIf(e -> e.metric() == metric);
      emitted.add(new Emitted(metric, read, fresh));
    }
    for (EmittedRow r : fresh) {
      sink.accept(r.measure(), r.group(), r.value(), r.unit());
    }
  }

  /**
   * Replays the values a metric emitted on this profile for the same rows, if it did.
   *
   * @param metric the metric's accumulator class
   * @param read the rows read
   * @param sink receives the values
   * @return true when they were replayed; false when none were emitted for these rows (nothing is written)
   */
  boolean replay(Class<?> metric, RowsRead read, MetricSink sink) {
    List<EmittedRow> rows = null;
    synchronized (emitted) {
      for (Emitted e : emitted) {
        if (e.metric() == metric && e.read().same(read)) {
          rows = e.rows();
        }
      }
    }
    if (rows == null) {
      return false;
    }
    for (EmittedRow r : rows) {
      sink.accept(r.measure(), r.group(), r.value(), r.unit());
    }
    return true;
  }

  /**
   * True when the context's observer is the one this profile was made for; false for an observer that shares it
   * because its view holds everything alike ({@link ReplayAccumulator} then stands in for its accumulators).
   *
   * @param context a context whose profile this is
   * @return whether the context leads the profile
   */
  boolean leads(MetricContext context) {
    return context.view() == view;
  }

  // ---------------------------------------------------------------------------------------------------- rules

  /**
   * True when a form tells something about the value: clear, generalised, noised or a keyed pseudonym.
   *
   * @param form form held
   * @return whether the field counts as held
   */
  static boolean informative(FieldForm form) {
    if (!form.received() || form.op() == null) {
      return false;
    }
    return switch (form.op()) {
      case KEEP, GENERALISE, NOISE -> true;
      case PSEUDONYMISE -> form.pseudonym() == TransformSpec.Pseudonym.KEYED;
      case OMIT, AGGREGATE_ONLY -> false;
    };
  }

  /**
   * @param recipient recipient index
   * @return {@link #CONSUMERS} or {@link #BUSINESSES}
   */
  int population(int recipient) {
    return recipient < consumers ? CONSUMERS : BUSINESSES;
  }

  /**
   * @param population {@link #CONSUMERS} or {@link #BUSINESSES}
   * @return the first person of the population (consumers come first, then firms)
   */
  int firstPerson(int population) {
    return population == CONSUMERS ? 0 : consumers;
  }

  /**
   * @param population {@link #CONSUMERS} or {@link #BUSINESSES}
   * @return the end (exclusive) of the population's people
   */
  int endPerson(int population) {
    return population == CONSUMERS ? consumers : persons;
  }

  /**
   * @param route route
   * @return whether the observer holds any field of shipments on the route
   */
  boolean touches(int route) {
    return touches[route];
  }

  /**
   * @param route route
   * @param recipient recipient index
   * @return whether the observer identifies the buyer of a shipment on the route directly
   */
  boolean direct(int route, int recipient) {
    return direct[population(recipient)][route];
  }

  /**
   * The shard's coded columns for this profile's replication.
   *
   * @param s shipments
   * @param from first row
   * @param to end row
   * @return columns
   */
  ShardCodes shard(ShipmentColumns s, int from, int to) {
    return ShardCodes.of(codes, s, from, to, replication);
  }

  /**
   * Quasi-identifier tuple hashes of rows {@code from..to-1} as the observer holds them on each row's route (rows
   * it does not touch get an unused value). Computed once per shard and observer, shared by the metrics.
   *
   * @param sc the shard's columns
   * @param s shipments
   * @param to end row
   * @return hashes, index {@code row - from}; must not be modified
   */
  long[] qiHashes(ShardCodes sc, ShipmentColumns s, int to) {
    return sc.derived(this, QI_HASHES, () -> {
      int from = sc.from();
      long[][] byDefinition = new long[definitionCount()][];
      for (int d = 0; d < byDefinition.length; d++) {
        byDefinition[d] = definitionHashes(sc, s, to, d);
      }
      long[] out = new long[to - from];
      for (int i = from; i < to; i++) {
        int d = definitionOfRoute[s.route[i]];
        if (d >= 0) {
          out[i - from] = byDefinition[d][i - from];
        }
      }
      return out;
    });
  }

  /**
   * Hashes of the discrete fields the observer holds of each row: every informative field except per-shipment keys
   * (the tracking number), numbers (value, weight) and times, whatever their form; {@link #NOTHING} for rows it does
   * not touch. The observation of {@link LeakageMetric}: numbers and times held exactly or noised are unique to
   * their parcel, so the empirical posterior would credit each with its own secret, and held binned or rounded they
   * would say more than held exactly; left out in every form, they can neither.
   *
   * @param sc the shard's columns
   * @param s shipments
   * @param to end row
   * @param need rows wanted (index {@code row - from}), or null for all; the others are left 0
   * @return hashes, index {@code row - from}
   */
  long[] discreteHeldHashes(ShardCodes sc, ShipmentColumns s, int to, boolean[] need) {
    int from = sc.from();
    long[] out = new long[to - from];
    long[][][] cols = new long[routeCount][][];
    for (int i = from; i < to; i++) {
      int r = s.route[i];
      if (!touches[r]) {
        out[i - from] = NOTHING;
        continue;
      }
      if (need != null && !need[i - from]) {
        continue;
      }
      long[][] c = columns(sc, cols, r, discreteHeldFields[r], discreteHeldForms[r]);
      int[] fs = discreteHeldFields[r];
      long h = HELD_SEED;
      for (int k = 0; k < fs.length; k++) {
        h = combine(h, fs[k], c[k][i - from]);
      }
      out[i - from] = finish(h);
    }
    return out;
  }

  /**
   * Number of distinct quasi-identifier definitions (fields held and their forms) over the routes the observer
   * touches; usually 1, more when it holds different quasi-identifiers on different routes.
   */
  int definitionCount() {
    return definitionFields.length;
  }

  /**
   * @param route route
   * @return the index of the quasi-identifier definition the observer holds on the route, or -1 when it does not
   *     touch it
   */
  int definitionOf(int route) {
    return definitionOfRoute[route];
  }

  /**
   * Quasi-identifier tuple hashes of every row (touched or not) under one definition: what the observer would hold
   * of that shipment had it handled it as it handles the routes of that definition. Equal to {@link #qiHashes} on
   * the rows of those routes (which are read from it). Computed once per shard and definition, column by column (one
   * pass per field over the shard's codes), and shared by the observers that hold the same fields in the same forms.
   *
   * @param sc the shard's columns
   * @param s shipments
   * @param to end row
   * @param definition definition index
   * @return hashes, index {@code row - from}; must not be modified
   */
  long[] definitionHashes(ShardCodes sc, ShipmentColumns s, int to, int definition) {
    // keyed by the fields and forms, so observers holding the same quasi-identifiers alike share the column
    return sc.derived(definitionKeys[definition], DEFINITION_HASHES, () -> {
      int n = to - sc.from();
      int[] fs = definitionFields[definition];
      long[] out = new long[n];
      Arrays.fill(out, QI_SEED);
      for (int k = 0; k < fs.length; k++) {
        long[] col = sc.column(fs[k], definitionForms[definition][k]);
        int field = fs[k];
        for (int i = 0; i < n; i++) {
          out[i] = combine(out[i], field, col[i]);
        }
      }
      for (int i = 0; i < n; i++) {
        out[i] = finish(out[i]);
      }
      return out;
    });
  }

  /** A quasi-identifier definition as a value: the fields held and their forms. */
  private record Definition(List<Integer> fields, List<FieldForm> forms) {}

  /** Kinds of the per-shard arrays this profile derives ({@link ShardCodes#derived}). */
  private static final int QI_HASHES = 0;
  private static final int DEFINITION_HASHES = 1;
  private static final int UNIFORM_POINTS = 2;

  /** The observed tuple of a shipment the observer does not touch. */
  static final long NOTHING = 0x4E_4F54_4849_4E47L;

  /**
   * The linking key of each row: the buyer's identity when the observer identifies it directly (a clear name,
   * phone, e-mail or address all resolve to the same person), else the keyed pseudonym of the first
   * direct-identifier field it holds pseudonymised (non-empty), else the quasi-identifier tuple. Key spaces
   * (identity, pseudonym, tuple) are separated by distinct seeds. Rows the observer does not touch get an unused
   * value.
   *
   * @param sc the shard's columns
   * @param s shipments
   * @param to end row
   * @return keys, index {@code row - from}
   */
  long[] linkKeys(ShardCodes sc, ShipmentColumns s, int to) {
    long[] qi = qiHashes(sc, s, to);
    int from = sc.from();
    long[] out = new long[to - from];
    long[][][] tokenCols = new long[routeCount][][];
    for (int i = from; i < to; i++) {
      int r = s.route[i];
      if (!touches[r]) {
        continue;
      }
      int recipient = s.recipient[i];
      if (direct(r, recipient)) {
        out[i - from] = StreamSeeds.mix(ID_SEED ^ StreamSeeds.mix(recipient));
        continue;
      }
      long key = qi[i - from];
      int[] tf = tokenFields[r];
      if (tf.length > 0) {
        long[][] cols = columns(sc, tokenCols, r, tf, tokenForms[r]);
        for (int k = 0; k < tf.length; k++) {
          long c = cols[k][i - from];
          if (c != ObservedCodes.EMPTY && c != ObservedCodes.NOT_HELD) {
            key = finish(combine(TOKEN_SEED, tf[k], c));
            break;
          }
        }
      }
      out[i - from] = key;
    }
    return out;
  }

  /**
   * The trace point of each row the observer touches: (place, time) as it holds them at the analysis resolution.
   * A component the observer does not hold is a constant, so the point degenerates to the other component, or to
   * a single point shared by everyone.
   *
   * @param sc the shard's columns
   * @param s shipments
   * @param to end row
   * @return point codes, index {@code row - from}; unspecified for rows the observer does not touch, and possibly
   *     shared with other observers (not to be changed)
   */
  long[] points(ShardCodes sc, ShipmentColumns s, int to) {
    int from = sc.from();
    if (uniformPoints != null) {
      // every touched route shows the point alike: one column per shard, shared by the observers holding it so
      return sc.derived(uniformPoints, UNIFORM_POINTS, () -> pointColumn(sc, to - from, uniformPoints));
    }
    long[] out = new long[to - from];
    long[][] placeCols = new long[routeCount][];
    long[][] timeCols = new long[routeCount][];
    for (int i = from; i < to; i++) {
      int r = s.route[i];
      if (!touches[r]) {
        continue;
      }
      long place = ObservedCodes.NOT_HELD;
      if (pointPostcode[r] != null) {
        if (placeCols[r] == null) {
          placeCols[r] = sc.column(postcodeField, pointPostcode[r]);
        }
        place = placeCols[r][i - from];
      }
      long time = ObservedCodes.NOT_HELD;
      FieldForm tf = pointTime[r];
      if (tf != null) {
        if (timeCols[r] == null) {
          timeCols[r] = sc.column(timeField, tf);
        }
        time = pointTime(timeCols[r][i - from], tf, timeHours);
      }
      out[i - from] = point(place, time);
    }
    return out;
  }

  /** The point of every row of a shard under one set of point forms. */
  private static long[] pointColumn(ShardCodes sc, int n, PointForms f) {
    long[] place = f.place() == null ? null : sc.column(f.postcodeField(), f.place());
    long[] time = f.time() == null ? null : sc.column(f.timeField(), f.time());
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = point(place == null ? ObservedCodes.NOT_HELD : place[i],
          time == null ? ObservedCodes.NOT_HELD : pointTime(time[i], f.time(), f.timeHours()));
    }
    return out;
  }

  /** A time code held in a form, in buckets of the analysis resolution (empty and not-held codes kept). */
  private static long pointTime(long c, FieldForm tf, double timeHours) {
    if (c == ObservedCodes.EMPTY || c == ObservedCodes.NOT_HELD) {
      return c;
    } else if (tf.op() == TransformSpec.Op.GENERALISE) {
      return (long) Math.floor(c * tf.roundHours() / Math.max(timeHours, tf.roundHours()));
    } else {
      return (long) Math.floor(c / (timeHours * 60.0));
    }
  }

  private static long point(long place, long time) {
    return finish(combine(combine(POINT_SEED, 0, place), 1, time));
  }

  /**
   * @param route route
   * @param category category
   * @return bit mask over {@link CategoryTag} ordinals of the tags the observer can tell the shipment's category
   *     carries
   */
  int tagsTold(int route, int category) {
    return tagMask[route * categoryCount + category];
  }

  /** Bit of {@link #determined}: the buyer. */
  static final int BUYER = 1;

  /** Bit of {@link #determined}: the category. */
  static final int CATEGORY = 2;

  /** Bit of {@link #determined}: the destination country. */
  static final int DESTINATION = 4;

  /**
   * Which secrets the observed tuple of a touched shipment ({@link #discreteHeldHashes}) determines by itself, so that
   * every shipment with the same tuple has the same secret: the buyer when it holds a buyer identity field in clear or
   * as a keyed pseudonym (a consumer's empty tax id does not count); the category when it holds a product field whose
   * code no other category shares; the destination when it holds the postcode (any form keeps the country) or the
   * country, or the buyer. A conservative rule: a secret left out is still computed by grouping.
   *
   * @param route route
   * @param recipient recipient
   * @param category category
   * @return bits {@link #BUYER}, {@link #CATEGORY}, {@link #DESTINATION}
   */
  int determined(int route, int recipient, int category) {
    int pop = population(recipient);
    int bits = 0;
    if (revealsBuyer[pop][route]) {
      bits |= BUYER | DESTINATION;
    }
    if (revealsPlace[route]) {
      bits |= DESTINATION;
    }
    if (revealsCategory[route * categoryCount + category]) {
      bits |= CATEGORY;
    }
    return bits;
  }

  /**
   * @param route route
   * @param zone zone of the recipient
   * @return whether the observer can tell the recipient's zone (it holds a postcode with at least the zone prefix's
   *     digits)
   */
  boolean zoneTold(int route, int zone) {
    return postcodeDigitsSeen[route] >= prefixLength[zone];
  }

  /**
   * Every person (consumers, then firms, by index) in a random order given by a keyed hash of the person under
   * {@link #samplingKey}: the same order for every observer of a replication (common random numbers), computed once
   * and shared.
   *
   * @return person indices in hash order; must not be modified
   */
  int[] peopleByPriority() {
    return people.byPriority(samplingKey());
  }

  /**
   * The zone of every person (consumers, then firms), shared by the observers of a replication.
   *
   * @return zones by person; must not be modified
   */
  int[] zoneOfPerson() {
    return people.zone;
  }

  /**
   * The destination of every person (consumers, then firms), shared by the observers of a replication.
   *
   * @return destinations by person; must not be modified
   */
  int[] destinationOfPerson() {
    return people.destination;
  }

  /** Seed of this replication's metric sampling (a METRICS stream of {@link StreamSeeds}). */
  long samplingKey() {
    return StreamSeeds.derive(context.seed(), replication, StreamSeeds.Purpose.METRICS, 0);
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  /**
   * Folds one field's code into a running hash (one round of the xxHash64 accumulator, on the code offset by the
   * field position; a bijection of the running hash for a fixed code and of the code for a fixed running hash).
   *
   * @param h running hash
   * @param field field position
   * @param code code
   * @return new hash
   */
  static long combine(long h, int field, long code) {
    return Long.rotateLeft(h + (code ^ (field + 1L) * GOLDEN) * PRIME2, 31) * PRIME1;
  }

  /**
   * Finishes a running hash: an avalanche, so every bit of the result depends on every field (the metrics sort on
   * the high bits and reuse the lowest bits for flags).
   *
   * @param h running hash
   * @return final hash
   */
  static long finish(long h) {
    return StreamSeeds.mix(h);
  }

  private static long[][] columns(ShardCodes sc, long[][][] cache, int route, int[] fs, FieldForm[] forms) {
    long[][] c = cache[route];
    if (c == null) {
      c = new long[fs.length][];
      for (int k = 0; k < fs.length; k++) {
        c[k] = sc.column(fs[k], forms[k]);
      }
      cache[route] = c;
    }
    return c;
  }

  private FieldForm[] forms(int route, int[] fs) {
    FieldForm[] out = new FieldForm[fs.length];
    for (int k = 0; k < fs.length; k++) {
      out[k] = view.form(route, fs[k]);
    }
    return out;
  }

  private int firstCarrying(Attribute a) {
    for (int f = 0; f < fields.size(); f++) {
      if (fields.get(f).carries() == a) {
        return f;
      }
    }
    return -1;
  }

  /**
   * The form in which the postcode enters a trace point: as held, truncated to the analysis digits when set
   * (never finer than held); a pseudonymised or noised postcode cannot be placed on a map and is left out.
   */
  private static FieldForm pointPostcodeForm(FieldForm held, Integer digits) {
    if (held.op() != TransformSpec.Op.KEEP && held.op() != TransformSpec.Op.GENERALISE) {
      return null;
    }
    if (digits == null) {
      return held;
    }
    int d = held.op() == TransformSpec.Op.KEEP ? digits : Math.min(digits, held.digits());
    return new FieldForm(TransformSpec.Op.GENERALISE, null, d, 0, 0, 0, 0);
  }

  /** The form in which the time enters a trace point; a pseudonymised time cannot be put on a calendar. */
  private static FieldForm pointTimeForm(FieldForm held) {
    if (held.op() == TransformSpec.Op.KEEP || held.op() == TransformSpec.Op.GENERALISE
        || held.op() == TransformSpec.Op.NOISE) {
      return held;
    }
    return null;
  }

  private static int[] categoryTags(List<Category> catalogue) {
    int[] out = new int[catalogue.size()];
    for (int c = 0; c < out.length; c++) {
      List<CategoryTag> tags = catalogue.get(c).tags();
      if (tags != null) {
        for (CategoryTag t : tags) {
          out[c] |= 1 << t.ordinal();
        }
      }
    }
    return out;
  }

  /** The code each category gets in one product field held in one form. */
  private long[] categoryCodes(int field, FieldForm form, ShipmentColumns probe) {
    long[] code = new long[categoryCount];
    for (int c = 0; c < categoryCount; c++) {
      probe.category[0] = (short) c;
      code[c] = codes.code(field, form, probe, 0, replication);
    }
    return code;
  }

  /**
   * Adds, for each category, the tags the observer can tell from one product field held in clear or generalised:
   * the tags every category with the same observed code carries (an HS chapter shared by a health and a non-health
   * category tells nothing; one shared only by health categories tells "health").
   */
  private void addTagsTold(int route, long[] code, int[] categoryTags) {
    Map<Long, Integer> common = new HashMap<>();
    for (int c = 0; c < categoryCount; c++) {
      common.merge(code[c], categoryTags[c], (x, y) -> x & y);
    }
    for (int c = 0; c < categoryCount; c++) {
      tagMask[route * categoryCount + c] |= common.get(code[c]);
    }
  }
}
