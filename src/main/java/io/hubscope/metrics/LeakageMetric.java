package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;

/**
 * Leakage in bits (quantitative information flow): how much the observer's view of a shipment raises the chance of
 * guessing a secret about it in one try.
 *
 * <p>Channel: for each shipment of the market, the secret X is the consumer who bought it ({@code consumer},
 * consumers' shipments only), the firm ({@code business}, firms' shipments only), its product category
 * ({@code category}) or its destination country ({@code destination}); the observation Y is everything the observer
 * holds of the shipment ({@link ViewProfile#heldHashes}: every field held in clear, generalised, noised or as a keyed
 * pseudonym, as codes; a fixed "nothing" for a shipment it does not touch). Per-shipment labels, the tracking number
 * and per-shipment pseudonyms, are left out of Y: they are random and independent of every secret, but being unique
 * they would make the empirical posterior below equal 1 whatever else is held. The joint distribution p(x, y) is the
 * empirical one over the shipments (counts n(x, y) / n).
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
 * Units {@code probability} and {@code bits}. Caveat: the empirical posterior is optimistic for the adversary when
 * many observations y are unique (each then "identifies" its x); with exact values and minute timestamps most y are
 * unique, so V(X|Y) approaches 1 on samples much smaller than the space of y. Read the figure as what the data set
 * itself discloses, not as a population estimate.
 *
 * <p>Invariant: merging observations (a stricter transform that makes Y a function of what it was) never increases
 * V(X|Y), since &Sigma; max over a merged y is at most the sum of the maxima.
 *
 * <p>Complexity: O(n &middot; f) to hash f held fields, one O(n) radix sort of the observations, O(n) counting with
 * reset per group of equal y. Memory: 16 bytes per market shipment. Exact integer counts.
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
    return new Accumulator(ViewProfile.of(context));
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final LongColumn observed = new LongColumn();
    private final LongColumn secrets = new LongColumn();

    Accumulator(ViewProfile profile) {
      this.profile = profile;
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      ShardCodes sc = profile.shard(s, from, to);
      long[] y = profile.heldHashes(sc, s, to);
      int[] destination = profile.destinations(sc, s, to);
      for (int i = from; i < to; i++) {
        observed.add(y[i - from]);
        secrets.add(((long) s.recipient[i] << 32) | ((long) s.category[i] << 16) | destination[i - from]);
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      observed.absorb(o.observed);
      secrets.absorb(o.secrets);
    }

    private static int buyer(long packed) {
      return (int) (packed >>> 32);
    }

    private static int category(long packed) {
      return (int) (packed >>> 16) & 0xFFFF;
    }

    private static int destination(long packed) {
      return (int) packed & 0xFFFF;
    }

    @Override
    public void emit(MetricSink sink) {
      long[] y = observed.toArray();
      long[] x = secrets.toArray();
      int n = y.length;
      RadixSort.sort(y, x, n);
      int[] byBuyer = new int[profile.persons];
      int[] byCategory = new int[profile.categoryCount];
      int[] byDestination = new int[profile.world.index().destinationCount()];
      long[] count = new long[SECRETS.length];
      long[] prior = new long[SECRETS.length];
      for (int i = 0; i < n; i++) {
        int b = buyer(x[i]);
        int pop = profile.population(b);
        count[pop]++;
        prior[pop] = Math.max(prior[pop], ++byBuyer[b]);
        prior[2] = Math.max(prior[2], ++byCategory[category(x[i])]);
        prior[3] = Math.max(prior[3], ++byDestination[destination(x[i])]);
      }
      count[2] = n;
      count[3] = n;
      java.util.Arrays.fill(byBuyer, 0);
      java.util.Arrays.fill(byCategory, 0);
      java.util.Arrays.fill(byDestination, 0);
      long[] posterior = new long[SECRETS.length];
      long[] best = new long[SECRETS.length];
      for (int i = 0; i < n; ) {
        if (i + 1 == n || y[i + 1] != y[i]) {
          posterior[profile.population(buyer(x[i]))]++;
          posterior[2]++;
          posterior[3]++;
          i++;
          continue;
        }
        int j = i;
        java.util.Arrays.fill(best, 0);
        while (j < n && y[j] == y[i]) {
          int b = buyer(x[j]);
          int pop = profile.population(b);
          best[pop] = Math.max(best[pop], ++byBuyer[b]);
          best[2] = Math.max(best[2], ++byCategory[category(x[j])]);
          best[3] = Math.max(best[3], ++byDestination[destination(x[j])]);
          j++;
        }
        for (int k = i; k < j; k++) {
          byBuyer[buyer(x[k])] = 0;
          byCategory[category(x[k])] = 0;
          byDestination[destination(x[k])] = 0;
        }
        for (int k = 0; k < SECRETS.length; k++) {
          posterior[k] += best[k];
        }
        i = j;
      }
      for (int k = 0; k < SECRETS.length; k++) {
        String group = Groups.of("secret", SECRETS[k]);
        double vPrior = CoverageMetric.ratio(prior[k], count[k]);
        double vPost = CoverageMetric.ratio(posterior[k], count[k]);
        sink.accept("prior_vulnerability", group, vPrior, "probability");
        sink.accept("posterior_vulnerability", group, vPost, "probability");
        sink.accept("min_entropy_bits", group, Math.log(vPost / vPrior) / Math.log(2), "bits");
      }
    }
  }
}
