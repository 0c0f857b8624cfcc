package io.hubscope.metrics;

import io.hubscope.scenario.AnalysisSpec;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.simulation.StreamSeeds;
import java.util.Arrays;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * Unicity of purchase traces (de Montjoye et al.): how many known parcels single a person out.
 *
 * <p>Setting: the observer's records of one person are linked by the true identity, as in de Montjoye's
 * pseudonymous traces (each trace belongs to one unnamed person); the question is how few points of a trace an
 * adversary needs to know to tell it apart from every other trace. A <em>point</em> of a shipment is (place, time)
 * as the observer holds them ({@link ViewProfile#points}): place = the first field carrying
 * {@code recipient.postcode}, at {@code analysis.unicity.postcodeDigits} digits when set (never finer than held),
 * else as held; time = the first field carrying {@code time.delivery} (else {@code time.hubScan}) in buckets of
 * {@code analysis.unicity.timeHours} hours (default 24). A component the observer does not hold, or holds only as a
 * pseudonym (which cannot be put on a map or a calendar), is constant: without a place the point is the time bucket,
 * without a time it is the place, without either every shipment has the same point. A person's trace is the set of
 * points of the observer's records of that person.
 *
 * <p>Procedure, per population: people with at least one record are put in a random order by a keyed hash of the
 * person (the METRICS stream of {@link StreamSeeds} for the replication, so the same people come first for every
 * observer and variant that holds their records: common random numbers); each person's records are put in a random
 * order by a keyed hash of the row. With p known points the adversary knows the points of the person's first p
 * records, and the person is <em>unique</em> when no other person's trace (of either population) contains all of
 * them. The draws are nested: the p-record set extends the (p-1)-record set, so a person unique with p-1 points is
 * unique with p.
 *
 * <p>Measures (group {@code population=P;p=N}):
 * <ul>
 *   <li>{@code share_unique}: U(p) as de Montjoye defines it, the share unique among the first m =
 *       {@code samplePeople} people (in the random order) who have at least p records; {@code sample_size} is that
 *       m (fewer when fewer people have p records) and {@code se} = sqrt(U(1-U)/m), the binomial standard error of
 *       the sample estimate. Each sampled person's uniqueness grows with p, but U(p) is taken over a different
 *       population for each p (people with at least p records), so the curve can dip where few people have p
 *       records;</li>
 *   <li>{@code share_unique_all}: the share unique among the first m people with at least one record, those with
 *       fewer than p records counted with their whole history known. Taken on one fixed sample with nested draws,
 *       it never decreases with p, sample by sample; it is the share of all customers an adversary singles out
 *       knowing up to p of their parcels;</li>
 *   <li>{@code with_p_points}: the share of that fixed sample with at least p records.</li>
 * </ul>
 * Units {@code share}, sample sizes {@code count}.
 *
 * <p>Complexity: O(n) to radix-sort the n records by point (bucketed by the top byte of the point code while
 * shards are added, each bucket sorted at emit) and build the posting lists, then for each of the m &middot;
 * maxPoints checks a scan of the rarest known point's posting list with O(p log t) membership tests (t = posting
 * length), stopping at the first other person who matches; a person found unique stays unique for larger p, and
 * the last witness of non-uniqueness is tried first. People are checked independently (in parallel on the common
 * pool when it has threads to spare) and counted afterwards, so results do not depend on threads. Memory: 16 bytes
 * per record.
 *
 * <p>References: Y.-A. de Montjoye, C. A. Hidalgo, M. Verleysen, V. D. Blondel, "Unique in the Crowd: The privacy
 * bounds of human mobility", Sci. Rep. 3:1376, 2013; Y.-A. de Montjoye et al., "Unique in the shopping mall: On the
 * reidentifiability of credit card metadata", Science 347:536, 2015; A. Farzanehfar, F. Houssiau, Y.-A. de Montjoye,
 * "The risk of re-identification remains high even in country-scale location datasets", Patterns 2(3), 2021.
 */
public final class UnicityMetric implements Metric {

  /** Default largest number of points. */
  static final int DEFAULT_MAX_POINTS = 10;

  /** Default number of people sampled per population. */
  static final int DEFAULT_SAMPLE_PEOPLE = 2000;

  @Override
  public String name() {
    return "unicity";
  }

  @Override
  public String description() {
    return "Share of people singled out by p known parcels (place and time as the observer holds them), "
        + "p = 1..maxPoints, with its sampling error.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    AnalysisSpec a = context.scenario().analysis();
    AnalysisSpec.Unicity u = a == null ? null : a.unicity();
    int maxPoints = u == null || u.maxPoints() == null ? DEFAULT_MAX_POINTS : u.maxPoints();
    int sample = u == null || u.samplePeople() == null ? DEFAULT_SAMPLE_PEOPLE : u.samplePeople();
    return ReplayAccumulator.of(context, Accumulator.class, p -> new Accumulator(p, maxPoints, sample));
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    private final int maxPoints;
    private final int samplePeople;
    /** Point code of each record, carrying (person &lt;&lt; 32 | row). */
    private final BucketedKeys points = new BucketedKeys(BucketedKeys.Payload.LONG);

    Accumulator(ViewProfile profile, int maxPoints, int samplePeople) {
      this.profile = profile;
      this.maxPoints = maxPoints;
      this.samplePeople = samplePeople;
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      read.add(s, from, to);
      long[] pts = profile.points(profile.shard(s, from, to), s, to);
      for (int i = from; i < to; i++) {
        if (profile.touches(s.route[i])) {
          points.add(pts[i - from], ((long) s.recipient[i] << 32) | i);
        }
      }
      points.seal();
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      read.merge(o.read);
      points.absorb(o.points);
    }

    @Override
    public void emit(MetricSink sink) {
      profile.emitOnce(getClass(), read, sink, this::compute);
    }

    private void compute(MetricSink sink) {
      long key = profile.samplingKey();
      BucketedKeys.Sorted sorted = points.sorted();
      Traces traces = new Traces(sorted.keys(), sorted.longs(), profile.persons);
      int[][] orders = new int[2][];
      BitSet sampled = new BitSet(profile.persons);
      for (int pop = 0; pop < 2; pop++) {
        int lo = pop == ViewProfile.CONSUMERS ? 0 : profile.consumers;
        int hi = pop == ViewProfile.CONSUMERS ? profile.consumers : profile.persons;
        orders[pop] = traces.byPriority(lo, hi, key);
        for (int p = 1; p <= maxPoints; p++) {
          for (int t : firstWith(traces, orders[pop], p)) {
            sampled.set(t);
          }
        }
      }
      traces.gatherRecords(sampled);
      int[] union = sampled.stream().toArray();
      boolean[][] uniqueness = new boolean[union.length][];
      IntStream.range(0, union.length).parallel()
          .forEach(k -> uniqueness[k] = traces.uniqueness(union[k], maxPoints, key));
      for (int pop = 0; pop < 2; pop++) {
        int[] order = orders[pop];
        String popName = ViewProfile.POPULATIONS[pop];
        int[] base = firstWith(traces, order, 1);
        for (int p = 1; p <= maxPoints; p++) {
          int[] drawn = firstWith(traces, order, p);
          long unique = 0;
          for (int t : drawn) {
            unique += uniqueness[Arrays.binarySearch(union, t)][p] ? 1 : 0;
          }
          long uniqueAll = 0;
          long withP = 0;
          for (int t : base) {
            uniqueAll += uniqueness[Arrays.binarySearch(union, t)][p] ? 1 : 0;
            withP += traces.recordCount(t) >= p ? 1 : 0;
          }
          String group = Groups.of("population", popName, "p", Integer.toString(p));
          double share = CoverageMetric.ratio(unique, drawn.length);
          sink.accept("share_unique", group, share, "share");
          sink.accept("se", group,
              drawn.length == 0 ? Double.NaN : Math.sqrt(share * (1 - share) / drawn.length), "share");
          sink.accept("sample_size", group, drawn.length, "count");
          sink.accept("share_unique_all", group, CoverageMetric.ratio(uniqueAll, base.length), "share");
          sink.accept("with_p_points", group, CoverageMetric.ratio(withP, base.length), "share");
        }
      }
    }

    /** The first {@code samplePeople} people of a priority order who have at least p records. */
    private int[] firstWith(Traces traces, int[] order, int p) {
      int[] out = new int[Math.min(samplePeople, order.length)];
      int k = 0;
      for (int i = 0; i < order.length && k < out.length; i++) {
        if (traces.recordCount(order[i]) >= p) {
          out[k++] = order[i];
        }
      }
      return Arrays.copyOf(out, k);
    }
  }

  /**
   * The observer's records indexed for unicity: the records sorted by point code, so that each distinct point (a run
   * of equal codes, numbered in order) has the sorted list of the people whose trace holds it (its posting list);
   * the records of the sampled people are then gathered with their point numbers. A trace "holds" a point when the
   * point's posting list contains the person.
   */
  static final class Traces {
    private final long[] point;
    private final long[] who;
    private final int[] postStart;
    private final int[] postPeople;
    private final int[] recordCount;
    private int[] recordStart;
    private int[] recordPoint;
    private int[] recordRow;

    /**
     * Indexes records.
     *
     * @param point point codes of the records, in unsigned order
     * @param who (person &lt;&lt; 32 | row) of each record
     * @param persons number of people (person indices are below it)
     */
    Traces(long[] point, long[] who, int persons) {
      this.point = point;
      this.who = who;
      int n = point.length;
      recordCount = new int[persons];
      int pointCount = 0;
      for (int i = 0; i < n; i++) {
        recordCount[(int) (who[i] >>> 32)]++;
        if (i == 0 || point[i] != point[i - 1]) {
          pointCount++;
        }
      }
      postStart = new int[pointCount + 1];
      int[] people = new int[n];
      int d = 0;
      int q = 0;
      for (int i = 0; i < n; ) {
        int j = i + 1;
        while (j < n && point[j] == point[i]) {
          j++;
        }
        int start = d;
        for (int k = i; k < j; k++) {
          people[d++] = (int) (who[k] >>> 32);
        }
        Arrays.sort(people, start, d);
        int kept = start;
        for (int k = start; k < d; k++) {
          if (k == start || people[k] != people[k - 1]) {
            people[kept++] = people[k];
          }
        }
        d = kept;
        postStart[++q] = d;
        i = j;
      }
      postPeople = Arrays.copyOf(people, d);
    }

    /**
     * Keeps the records of the given people (only theirs are drawn from).
     *
     * @param people people whose records are kept
     */
    void gatherRecords(BitSet people) {
      int persons = recordCount.length;
      recordStart = new int[persons + 1];
      for (int p = people.nextSetBit(0); p >= 0; p = people.nextSetBit(p + 1)) {
        recordStart[p + 1] = recordCount[p];
      }
      for (int p = 0; p < persons; p++) {
        recordStart[p + 1] += recordStart[p];
      }
      recordPoint = new int[recordStart[persons]];
      recordRow = new int[recordPoint.length];
      int[] at = Arrays.copyOf(recordStart, persons);
      int q = -1;
      for (int i = 0; i < point.length; i++) {
        if (i == 0 || point[i] != point[i - 1]) {
          q++;
        }
        int person = (int) (who[i] >>> 32);
        if (people.get(person)) {
          int k = at[person]++;
          recordPoint[k] = q;
          recordRow[k] = (int) who[i];
        }
      }
    }

    /**
     * @param p person
     * @return the person's number of records
     */
    int recordCount(int p) {
      return recordCount[p];
    }

    /**
     * The people in {@code [lo, hi)} who have records, in a random order given by a keyed hash of the person (the
     * first m of them, or the first m with at least p records, are uniform samples without replacement).
     *
     * @param lo first person
     * @param hi end person
     * @param key sampling key
     * @return people, in hash order
     */
    int[] byPriority(int lo, int hi, long key) {
      int eligible = 0;
      for (int p = lo; p < hi; p++) {
        eligible += recordCount(p) > 0 ? 1 : 0;
      }
      long[] prio = new long[eligible];
      int[] who = new int[eligible];
      for (int p = lo, k = 0; p < hi; p++) {
        if (recordCount(p) > 0) {
          prio[k] = StreamSeeds.mix(key ^ StreamSeeds.mix(p * 2L + 1));
          who[k++] = p;
        }
      }
      RadixSort.sort(prio, who, eligible);
      return who;
    }

    /**
     * Uniqueness of one person for p = 1..maxPoints known records.
     *
     * @param t the person
     * @param maxPoints largest p
     * @param key sampling key (orders the person's records)
     * @return {@code u[p]} true when the first p records single the person out ({@code u[0]} unused)
     */
    boolean[] uniqueness(int t, int maxPoints, long key) {
      int lo = recordStart[t];
      int n = recordStart[t + 1] - lo;
      long[] prio = new long[n];
      int[] pts = new int[n];
      for (int k = 0; k < n; k++) {
        prio[k] = StreamSeeds.mix(key ^ StreamSeeds.mix(recordRow[lo + k] * 2L));
        pts[k] = recordPoint[lo + k];
      }
      RadixSort.sort(prio, pts, n);
      boolean[] u = new boolean[maxPoints + 1];
      int[] known = new int[Math.min(n, maxPoints)];
      int size = 0;
      int witness = -1;
      boolean unique = false;
      for (int p = 1; p <= maxPoints; p++) {
        boolean grew = false;
        if (p <= n && indexOf(known, size, pts[p - 1]) < 0) {
          known[size++] = pts[p - 1];
          grew = true;
        }
        if (!unique && (grew || p == 1)) {
          if (witness >= 0 && holdsAll(witness, known, size)) {
            unique = false;
          } else {
            witness = otherHolder(t, known, size);
            unique = witness < 0;
          }
        }
        u[p] = unique;
      }
      return u;
    }

    /** Another person whose trace holds every known point, or -1. */
    private int otherHolder(int t, int[] known, int size) {
      int rarest = known[0];
      for (int k = 1; k < size; k++) {
        if (postingSize(known[k]) < postingSize(rarest)) {
          rarest = known[k];
        }
      }
      for (int j = postStart[rarest]; j < postStart[rarest + 1]; j++) {
        int c = postPeople[j];
        if (c != t && holdsAll(c, known, size)) {
          return c;
        }
      }
      return -1;
    }

    private int postingSize(int point) {
      return postStart[point + 1] - postStart[point];
    }

    private boolean holdsAll(int someone, int[] known, int size) {
      for (int k = 0; k < size; k++) {
        if (Arrays.binarySearch(postPeople, postStart[known[k]], postStart[known[k] + 1], someone) < 0) {
          return false;
        }
      }
      return true;
    }

    private static int indexOf(int[] a, int size, int v) {
      for (int k = 0; k < size; k++) {
        if (a[k] == v) {
          return k;
        }
      }
      return -1;
    }
  }
}
