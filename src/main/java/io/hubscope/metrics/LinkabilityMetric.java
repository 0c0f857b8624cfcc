package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import java.util.BitSet;

/**
 * Linkability: how well the observer groups its records by buyer, scored against the true buyers.
 *
 * <p>Procedure (a simple, reproducible adversary; a determined one could do better, so this is a lower bound):
 * each record the observer holds gets a linking key ({@link ViewProfile#linkKeys}): the buyer's identity when the
 * observer reads a direct identifier in clear (a name, phone, e-mail or postal address resolves to the person),
 * else the keyed pseudonym of the first direct-identifier field it holds pseudonymised (a consistent token), else
 * the exact quasi-identifier tuple. Records with equal keys form one predicted cluster.
 *
 * <p>Scoring, per population P (pairs of records both of P; a cluster mixing consumers and firms adds no pair to
 * either): with n<sub>ij</sub> the records of person j in cluster i, a<sub>i</sub> = &Sigma;<sub>j</sub>
 * n<sub>ij</sub> and b<sub>j</sub> = &Sigma;<sub>i</sub> n<sub>ij</sub> (the person's records held by the observer),
 * <ul>
 *   <li>TP = &Sigma;<sub>ij</sub> C(n<sub>ij</sub>, 2) (pairs linked and truly the same person), predicted =
 *       &Sigma;<sub>i</sub> C(a<sub>i</sub>, 2), true = &Sigma;<sub>j</sub> C(b<sub>j</sub>, 2);</li>
 *   <li>{@code pair_precision} = TP / predicted: of the pairs the observer links, the share that are right;</li>
 *   <li>{@code pair_recall} = TP / true: of the pairs of its own records that belong together, the share it links;
 *       </li>
 *   <li>{@code whole_history} = people of P whose whole purchase history in the market (at least 2 shipments) is
 *       held by the observer and falls in one predicted cluster that holds nobody else / people of P with at least 2
 *       shipments in the market.</li>
 * </ul>
 * Unit {@code share}; NaN when a denominator is 0.
 *
 * <p>Monotonicity: these scores are not monotone in what the observer holds. Coarsening the quasi-identifier tuple
 * (a stricter transform) merges clusters, which raises recall and lowers precision (the usual trade-off of
 * pairwise linkage scores), and a merge can complete one person's history while mixing another's. They are
 * therefore not covered by the "stricter transforms never increase exposure" invariant.
 *
 * <p>Complexity: records identified directly are counted per person (their clusters are the people); the other
 * records' keys are radix-sorted with their buyers, O(n), and the buyers counted inside each cluster in a scratch
 * array, O(cluster size); O(people) bits and counters. Memory: 4 bytes per identified record, 12 per other record.
 * Exact integer pair counts.
 *
 * <p>References: P. Christen, "Data Matching", Springer 2012, ch. 7 (pairwise precision and recall of record
 * linkage); Article 29 Working Party, Opinion 05/2014 (linkability).
 */
public final class LinkabilityMetric implements Metric {

  @Override
  public String name() {
    return "linkability";
  }

  @Override
  public String description() {
    return "Pairwise precision and recall of linking the observer's records to the same buyer (tokens, then "
        + "quasi-identifiers), and the share of people whose whole purchase history is linked.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return ReplayAccumulator.of(context, Accumulator.class, Accumulator::new);
  }

  /**
   * C(n, 2).
   *
   * @param n count
   * @return pairs
   */
  static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    private final BucketedKeys keys = new BucketedKeys(BucketedKeys.Payload.INT);
    private final IntColumn identified = new IntColumn();
    private final BitSet missed;

    Accumulator(ViewProfile profile) {
      this.profile = profile;
      missed = new BitSet(profile.persons);
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      read.add(s, from, to);
      long[] k = profile.linkKeys(profile.shard(s, from, to), s, to);
      keys.reserve(to - from);
      for (int i = from; i < to; i++) {
        int r = s.recipient[i];
        if (profile.direct(s.route[i], r)) {
          identified.add(r);
        } else if (profile.touches(s.route[i])) {
          keys.add(k[i - from], r);
        } else {
          missed.set(r);
        }
      }
      keys.seal();
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      read.merge(o.read);
      missed.or(o.missed);
      keys.absorb(o.keys);
      identified.absorb(o.identified);
    }

    @Override
    public void emit(MetricSink sink) {
      profile.emitOnce(getClass(), read, sink, this::compute);
    }

    private void compute(MetricSink sink) {
      BucketedKeys.Sorted sorted = keys.sorted();
      long[] k = sorted.keys();
      int[] b = sorted.ints();
      int n = k.length;
      int people = profile.persons;
      int[] held = new int[people];
      int[] cells = new int[people];
      BitSet pure = new BitSet(people);
      int[] inCluster = new int[people];
      long[] tp = new long[2];
      long[] predicted = new long[2];
      // records identified directly form one pure cluster per person (their key is the identity): count them
      int[] direct = new int[people];
      for (int r : identified.toArray()) {
        direct[r]++;
      }
      for (int r = 0; r < people; r++) {
        if (direct[r] > 0) {
          int pop = profile.population(r);
          tp[pop] += pairs(direct[r]);
          predicted[pop] += pairs(direct[r]);
          held[r] += direct[r];
          cells[r]++;
          pure.set(r);
        }
      }
      for (int i = 0; i < n; ) {
        if (i + 1 == n || k[i + 1] != k[i]) {
          held[b[i]]++;
          cells[b[i]]++;
          pure.set(b[i]);
          i++;
          continue;
        }
        int j = i;
        while (j < n && k[j] == k[i]) {
          j++;
        }
        // n_ij of each person j in the cluster, counted in a scratch array that is left zeroed
        for (int c = i; c < j; c++) {
          inCluster[b[c]]++;
        }
        long consumers = 0;
        long firms = 0;
        boolean single = inCluster[b[i]] == j - i;
        for (int c = i; c < j; c++) {
          int person = b[c];
          int nij = inCluster[person];
          if (nij == 0) {
            continue;
          }
          inCluster[person] = 0;
          int pop = profile.population(person);
          tp[pop] += pairs(nij);
          if (pop == ViewProfile.CONSUMERS) {
            consumers += nij;
          } else {
            firms += nij;
          }
          held[person] += nij;
          cells[person]++;
          if (single) {
            pure.set(person);
          }
        }
        predicted[ViewProfile.CONSUMERS] += pairs(consumers);
        predicted[ViewProfile.BUSINESSES] += pairs(firms);
        i = j;
      }
      MarketCounts market = MarketCounts.of(profile, read);
      long[] truePairs = new long[2];
      long[] repeat = new long[2];
      long[] whole = new long[2];
      for (int person = 0; person < people; person++) {
        int pop = profile.population(person);
        truePairs[pop] += pairs(held[person]);
        if (market.shipmentsOf(person) >= 2) {
          repeat[pop]++;
          if (!missed.get(person) && cells[person] == 1 && pure.get(person)) {
            whole[pop]++;
          }
        }
      }
      for (int pop = 0; pop < 2; pop++) {
        String group = Groups.of("population", ViewProfile.POPULATIONS[pop]);
        sink.accept("pair_precision", group, CoverageMetric.ratio(tp[pop], predicted[pop]), "share");
        sink.accept("pair_recall", group, CoverageMetric.ratio(tp[pop], truePairs[pop]), "share");
        sink.accept("whole_history", group, CoverageMetric.ratio(whole[pop], repeat[pop]), "share");
      }
    }
  }
}
