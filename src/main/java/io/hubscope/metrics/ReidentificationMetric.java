package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import java.util.BitSet;

/**
 * Singling out and re-identification of consumers and firms from the records an observer holds.
 *
 * <p>A <em>record</em> is a shipment the observer touches. Its quasi-identifier (QI) tuple is the observed codes of
 * the fields with role {@code quasiIdentifier} the observer holds on that shipment ({@link ViewProfile}: clear,
 * generalised, noised or keyed pseudonym; a per-shipment pseudonym carries no information and is not held). The
 * equivalence class of a record is the set of the observer's records with the same tuple, over both populations
 * (the observer cannot tell a consumer's record from a firm's unless the tuple says so); its size is k. For the
 * records of one population P (n<sub>P</sub> of them):
 * <ul>
 *   <li>{@code direct_rate} = shipments of P on which the observer identifies the buyer directly / all shipments of
 *       P in the market, touched or not. Rule ({@link ViewProfile}): a {@code directIdentifier} field carrying the
 *       buyer's name, street, phone, e-mail or tax id (firms only: consumers have none) held in clear, or the
 *       street and the postcode both in clear (the postal address);</li>
 *   <li>{@code direct_people} = people of P with at least one such shipment / people of P with at least one
 *       shipment in the market;</li>
 *   <li>{@code records} (count): n<sub>P</sub>;</li>
 *   <li>{@code k1_share}, {@code k_lt5_share}, {@code k_lt10_share}: share of records in classes with k = 1
 *       (sample uniques: the record singles its buyer out), k &lt; 5, k &lt; 10;</li>
 *   <li>{@code prosecutor_max} = 1 / min k (the highest prosecutor risk of a record);
 *       {@code prosecutor_avg} = (1/n<sub>P</sub>) &Sigma;<sub>records</sub> 1/k (probability, mean over records);
 *       </li>
 *   <li>{@code marketer} = (number of distinct classes holding records of P) / n<sub>P</sub>, the expected share of
 *       records a marketer matching every record to a class member at random gets right. When no class mixes the
 *       populations it equals {@code prosecutor_avg} (&Sigma; over a class of k records of 1/k is 1), as in El Emam's
 *       definitions; the two differ only through classes holding consumers and firms;</li>
 *   <li>{@code class_size} with group {@code population=P;k=1|2-4|5-9|10-19|20+}: share of records in classes of
 *       that size band (the class-size distribution).</li>
 * </ul>
 * Units: {@code share}, risks {@code probability}. A share is NaN when its denominator is 0.
 *
 * <p>Complexity: O(n &middot; q) to hash the tuples of n shipments with q quasi-identifiers, O(n) to count the classes
 * (tuple hashes bucketed by their top byte while shards are added, each bucket counted in a hash table at emit), O(people) bits. Memory: 8 bytes per record (hash with the population in its lowest bit).
 * Counts are exact integers; the sums of 1/k are taken per fixed group of buckets and added in group order, so
 * results do not depend on threads.
 *
 * <p>References: L. Sweeney, "k-anonymity: a model for protecting privacy", Int. J. Uncertainty, Fuzziness and
 * Knowledge-Based Systems 10(5), 2002; K. El Emam and F. K. Dankar, "Protecting privacy using k-anonymity", JAMIA
 * 15(5), 2008 (prosecutor and marketer risk, as implemented in ARX); Article 29 Working Party, Opinion 05/2014 on
 * anonymisation techniques (singling out).
 */
public final class ReidentificationMetric implements Metric {

  /** Class-size bands of {@code class_size}: lower bounds, the last open. */
  static final int[] BAND_LOWER = {1, 2, 5, 10, 20};

  /** Labels of the bands. */
  static final String[] BAND_LABELS = {"1", "2-4", "5-9", "10-19", "20+"};

  @Override
  public String name() {
    return "reid";
  }

  @Override
  public String description() {
    return "Direct identification, equivalence classes over the quasi-identifiers the observer holds, prosecutor "
        + "and marketer re-identification risk, for consumers and firms.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return ReplayAccumulator.of(context, Accumulator.class, Accumulator::new);
  }

  /**
   * The band of a class size.
   *
   * @param k class size, at least 1
   * @return index into {@link #BAND_LABELS}
   */
  static int band(long k) {
    int b = 0;
    while (b + 1 < BAND_LOWER.length && k >= BAND_LOWER[b + 1]) {
      b++;
    }
    return b;
  }

  /** Class statistics per population, over some classes. */
  private static final class Tally {
    final long[] records = new long[2];
    final long[] classes = new long[2];
    final long[] minK = {Long.MAX_VALUE, Long.MAX_VALUE};
    final double[] inverse = new double[2];
    final long[][] bands = new long[2][BAND_LOWER.length];
    final long[] lt5 = new long[2];
    final long[] lt10 = new long[2];

    /** One class of k records, {@code firms} of them firms'. */
    void add(long key, int k, int firms) {
      for (int p = 0; p < 2; p++) {
        long x = p == ViewProfile.BUSINESSES ? firms : k - firms;
        if (x == 0) {
          continue;
        }
        records[p] += x;
        classes[p]++;
        minK[p] = Math.min(minK[p], k);
        inverse[p] += x / (double) k;
        bands[p][band(k)] += x;
        if (k < 5) {
          lt5[p] += x;
        }
        if (k < 10) {
          lt10[p] += x;
        }
      }
    }

    void combine(Tally o) {
      for (int p = 0; p < 2; p++) {
        records[p] += o.records[p];
        classes[p] += o.classes[p];
        minK[p] = Math.min(minK[p], o.minK[p]);
        inverse[p] += o.inverse[p];
        lt5[p] += o.lt5[p];
        lt10[p] += o.lt10[p];
        for (int b = 0; b < BAND_LOWER.length; b++) {
          bands[p][b] += o.bands[p][b];
        }
      }
    }
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    private final long[] directShipments = new long[2];
    private final BitSet directPeople;
    private final BucketedKeys records = new BucketedKeys(BucketedKeys.Payload.NONE);

    Accumulator(ViewProfile profile) {
      this.profile = profile;
      directPeople = new BitSet(profile.persons);
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      read.add(s, from, to);
      long[] qi = profile.qiHashes(profile.shard(s, from, to), s, to);
      records.reserve(to - from);
      for (int i = from; i < to; i++) {
        int route = s.route[i];
        int recipient = s.recipient[i];
        if (!profile.touches(route)) {
          continue;
        }
        int pop = profile.population(recipient);
        records.add((qi[i - from] & ~1L) | pop);
        if (profile.direct(route, recipient)) {
          directShipments[pop]++;
          directPeople.set(recipient);
        }
      }
      records.seal();
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      read.merge(o.read);
      for (int p = 0; p < 2; p++) {
        directShipments[p] += o.directShipments[p];
      }
      directPeople.or(o.directPeople);
      records.absorb(o.records);
    }

    @Override
    public void emit(MetricSink sink) {
      profile.emitOnce(getClass(), read, sink, this::compute);
    }

    private void compute(MetricSink sink) {
      Tally t = records.foldClasses(Tally::new, Tally::add, Tally::combine);
      long[] recs = t.records;
      long[] classes = t.classes;
      long[] minK = t.minK;
      double[] inverse = t.inverse;
      long[][] bands = t.bands;
      long[] lt5 = t.lt5;
      long[] lt10 = t.lt10;
      MarketCounts market = MarketCounts.of(profile, read);
      for (int p = 0; p < 2; p++) {
        String group = Groups.of("population", ViewProfile.POPULATIONS[p]);
        int lo = profile.firstPerson(p);
        int hi = profile.endPerson(p);
        sink.accept("direct_rate", group, CoverageMetric.ratio(directShipments[p], market.shipments(p)), "share");
        sink.accept("direct_people", group,
            CoverageMetric.ratio(directPeople.get(lo, hi).cardinality(), market.people(p, 1)), "share");
        sink.accept("records", group, recs[p], "count");
        sink.accept("k1_share", group, CoverageMetric.ratio(bands[p][0], recs[p]), "share");
        sink.accept("k_lt5_share", group, CoverageMetric.ratio(lt5[p], recs[p]), "share");
        sink.accept("k_lt10_share", group, CoverageMetric.ratio(lt10[p], recs[p]), "share");
        sink.accept("prosecutor_max", group, recs[p] == 0 ? Double.NaN : 1.0 / minK[p], "probability");
        sink.accept("prosecutor_avg", group, CoverageMetric.ratio(inverse[p], recs[p]), "probability");
        sink.accept("marketer", group, CoverageMetric.ratio(classes[p], recs[p]), "probability");
        for (int b = 0; b < BAND_LABELS.length; b++) {
          sink.accept("class_size", Groups.of("population", ViewProfile.POPULATIONS[p], "k", BAND_LABELS[b]),
              CoverageMetric.ratio(bands[p][b], recs[p]), "share");
        }
      }
    }
  }
}
