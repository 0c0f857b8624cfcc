package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;

/**
 * Leakage in bits (quantitative information flow): how much the observer's view of a shipment raises the chance of
 * guessing a secret about it in one try.
 *
 * <p>Channel: for each shipment of the market, the secret X is the consumer who bought it ({@code consumer},
 * consumers' shipments only), the firm ({@code business}, firms' shipments only), its product category
 * ({@code category}) or its destination country ({@code destination}); the observation Y is every discrete field the
 * observer holds of the shipment ({@link ViewProfile#discreteHeldHashes}: held in clear, generalised or as a keyed
 * pseudonym, as codes; a fixed "nothing" for a shipment it does not touch). Left out of Y: per-shipment labels (the
 * tracking number, per-shipment pseudonyms), which are random and independent of every secret, and numbers and
 * times (value, weight, event times) in every form. Both are unique to their parcel when held exactly or noised, so
 * the empirical posterior below would credit each parcel with its own secret whatever the observer knows (under
 * liege-baseline's minimisation the hub, holding no product field, scored 0.89 for the category through weights and
 * minute timestamps); and held binned or rounded they would then say more than held exactly, against the invariant
 * below. What numbers and times disclose shows in {@code reid}, {@code unicity}, {@code attribute} and
 * {@code economic}. The joint distribution p(x, y) is the empirical one over the shipments (counts n(x, y) / n).
 *
 * <p>Measures (group {@code secret=consumer|business|category|destination}):
 * <ul>
 *   <li>{@code prior_vulnerability} V(X) = max<sub>x</sub> p(x): the chance of guessing X knowing only its
 *       distribution;</li>
 *   <li>{@code posterior_vulnerability} V(X|Y) = &Sigma;<sub>y</sub> max<sub>x</sub> p(x, y): the chance of guessing
 *       it from the observation with the best guess for each y;</li>
 *   <li>{@code min_entropy_bits} = log<sub>2</sub>(V(X|Y) / V(X)), the min-entropy leakage (multiplicative Bayes
 *       leakage in bits).</li>
 * </ul>
 * Units {@code probability} and {@code bits}. Caveat: the empirical posterior is still optimistic for the adversary
 * when many observations y are rare (e.g. a full name with a full address), as each then "identifies" its x. Read the
 * figure as what the data set itself discloses, not as a population estimate.
 *
 * <p>Invariant: merging observations (a stricter transform that makes Y a function of what it was) never increases
 * V(X|Y), since &Sigma; max over a merged y is at most the sum of the maxima.
 *
 * <p>Complexity: O(n &middot; f) to hash f held fields; a shipment whose observation determines a secret by itself
 * (the buyer from a name in clear or a keyed pseudonym, the country from the postcode, the category from a code no
 * other category shares: {@link ViewProfile#determined}) adds 1 to that secret's posterior sum without grouping;
 * the others are grouped by an O(n) radix sort of their observations, and each group's best guesses found by
 * counting (O(group size), counters reset after use). The priors are counted once per replication over the rows
 * read, for every observer ({@link MarketCounts}). Memory: 8 bytes per shipment the observer does not touch, 16 per
 * touched shipment not fully determined. Exact integer counts.
 *
 * <p>References: G. Smith, "On the foundations of quantitative information flow", FoSSaCS 2009, LNCS 5504; M. S.
 * Alvim et al., "The Science of Quantitative Information Flow", Springer 2020, ch. 2-5.
 */
public final class LeakageMetric implements Metric {

  /** Secret names in report order. */
  static final String[] SECRETS = {"consumer", "business", "category", "destination"};

  @Override
  public String name() {
    return "leakage";
  }

  @Override
  public String description() {
    return "Prior and posterior Bayes vulnerability and min-entropy leakage (bits) of the buyer, firm, category "
        + "and destination of a shipment given what the observer holds of it.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return ReplayAccumulator.of(context, Accumulator.class, Accumulator::new);
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    /** Secrets of the shipments the observer does not touch (they share one observation). */
    private final LongColumn unseen = new LongColumn();
    /** Observations and secrets of touched shipments whose observation does not determine every secret. */
    private final BucketedKeys observed = new BucketedKeys(BucketedKeys.Payload.LONG);
    /** Posterior counts of touched shipments whose observation determines the secret (one per shipment). */
    private final long[] determined = new long[SECRETS.length];

    Accumulator(ViewProfile profile) {
      if (profile.persons >= 1 << 29 || profile.categoryCount > 0xFFFF
          || profile.world.index().destinationCount() > 0xFFFF) {
        throw new IllegalArgumentException("leakage packs buyers in 29 bits, categories and destinations in 16");
      }
      this.profile = profile;
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      read.add(s, from, to);
      ShardCodes sc = profile.shard(s, from, to);
      int[] destination = profile.destinationOfPerson();
      int all = ViewProfile.BUYER | ViewProfile.CATEGORY | ViewProfile.DESTINATION;
      int[] bits = new int[to - from];
      boolean[] grouped = new boolean[to - from];
      int groupedRows = 0;
      for (int i = from; i < to; i++) {
        int r = s.recipient[i];
        long packed = ((long) r << 32) | ((long) s.category[i] << 16) | destination[r];
        int route = s.route[i];
        if (!profile.touches(route)) {
          unseen.add(packed);
          continue;
        }
        int b = profile.determined(route, r, s.category[i]);
        determined[profile.population(r)] += b & ViewProfile.BUYER;
        determined[2] += (b & ViewProfile.CATEGORY) != 0 ? 1 : 0;
        determined[3] += (b & ViewProfile.DESTINATION) != 0 ? 1 : 0;
        bits[i - from] = b;
        grouped[i - from] = b != all;
        groupedRows += b != all ? 1 : 0;
      }
      if (groupedRows == 0) {
        return;
      }
      long[] y = profile.discreteHeldHashes(sc, s, to, grouped);
      observed.reserve(groupedRows);
      for (int i = from; i < to; i++) {
        if (grouped[i - from]) {
          int r = s.recipient[i];
          long packed = ((long) r << 32) | ((long) s.category[i] << 16) | destination[r];
          observed.add(y[i - from], packed | ((long) bits[i - from] << 61));
        }
      }
      observed.seal();
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      read.merge(o.read);
      unseen.absorb(o.unseen);
      observed.absorb(o.observed);
      for (int k = 0; k < SECRETS.length; k++) {
        determined[k] += o.determined[k];
      }
    }

    private static int buyer(long packed) {
      return (int) (packed >>> 32) & Integer.MAX_VALUE >>> 2;
    }

    private static int category(long packed) {
      return (int) (packed >>> 16) & 0xFFFF;
    }

    private static int destination(long packed) {
      return (int) packed & 0xFFFF;
    }

    private static int bits(long packed) {
      return (int) (packed >>> 61);
    }

    /** Best guesses over one group of shipments sharing an observation, added to {@code posterior}. */
    private final class Group {
      final int[] byBuyer = new int[profile.persons];
      final int[] byCategory = new int[profile.categoryCount];
      final int[] byDestination = new int[profile.world.index().destinationCount()];
      final long[] best = new long[SECRETS.length];

      /** Adds the largest count of each secret over x[from..to) (secrets the bits mark as determined skipped). */
      void add(long[] x, int from, int to, long[] posterior) {
        java.util.Arrays.fill(best, 0);
        for (int k = from; k < to; k++) {
          int b = buyer(x[k]);
          int bits = bits(x[k]);
          if ((bits & ViewProfile.BUYER) == 0) {
            int pop = profile.population(b);
            best[pop] = Math.max(best[pop], ++byBuyer[b]);
          }
          if ((bits & ViewProfile.CATEGORY) == 0) {
            best[2] = Math.max(best[2], ++byCategory[category(x[k])]);
          }
          if ((bits & ViewProfile.DESTINATION) == 0) {
            best[3] = Math.max(best[3], ++byDestination[destination(x[k])]);
          }
        }
        for (int k = from; k < to; k++) {
          byBuyer[buyer(x[k])] = 0;
          byCategory[category(x[k])] = 0;
          byDestination[destination(x[k])] = 0;
        }
        for (int k = 0; k < SECRETS.length; k++) {
          posterior[k] += best[k];
        }
      }
    }

    @Override
    public void emit(MetricSink sink) {
      profile.emitOnce(getClass(), read, sink, this::compute);
    }

    private void compute(MetricSink sink) {
      Group group = new Group();
      // shipments per secret and the largest count of one value of each secret, over the whole market
      MarketCounts market = MarketCounts.of(profile, read);
      long[] count = {market.shipments(ViewProfile.CONSUMERS), market.shipments(ViewProfile.BUSINESSES),
          market.rows(), market.rows()};
      long[] prior = {market.mostByOnePerson(ViewProfile.CONSUMERS), market.mostByOnePerson(ViewProfile.BUSINESSES),
          market.mostOfOneCategory(), market.mostToOneDestination()};
      long[] posterior = determined.clone();
      long[] hidden = unseen.toArray();
      group.add(hidden, 0, hidden.length, posterior);
      BucketedKeys.Sorted sorted = observed.sorted();
      long[] y = sorted.keys();
      long[] x = sorted.longs();
      int n = y.length;
      for (int i = 0; i < n; ) {
        int j = i + 1;
        while (j < n && y[j] == y[i]) {
          j++;
        }
        group.add(x, i, j, posterior);
        i = j;
      }
      for (int k = 0; k < SECRETS.length; k++) {
        String g = Groups.of("secret", SECRETS[k]);
        double vPrior = CoverageMetric.ratio(prior[k], count[k]);
        double vPost = CoverageMetric.ratio(posterior[k], count[k]);
        sink.accept("prior_vulnerability", g, vPrior, "probability");
        sink.accept("posterior_vulnerability", g, vPost, "probability");
        sink.accept("min_entropy_bits", g, Math.log(vPost / vPrior) / Math.log(2), "bits");
      }
    }
  }
}
