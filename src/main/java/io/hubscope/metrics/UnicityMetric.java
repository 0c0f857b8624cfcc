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
 * <p>Complexity: O(n) to index the n records by point ({@link PointTraces}: bucketed by the top byte of the point
 * code while shards are added; at emit, each bucket's points numbered in a hash table and its (point, person) pairs
 * radix-sorted into posting lists), O(people) to draw the random order of people (shared by the observers of a
 * replication), then for each of the m &middot;
 * maxPoints checks a scan of the rarest known point's posting list with O(p log t) membership tests (t = posting
 * length), stopping at the first other person who matches; a person found unique stays unique for larger p, and
 * the last witness of non-uniqueness is tried first. People are checked independently (in parallel on the common
 * pool when it has threads to spare) and counted afterwards, so results do not depend on threads. Memory: about 24
 * bytes per record.
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
      points.reserve(to - from);
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
      PointTraces traces = new PointTraces(points, profile.persons);
      int[] everyone = profile.peopleByPriority();
      int[][][] drawnWith = new int[2][Math.max(0, maxPoints) + 1][];
      BitSet sampled = new BitSet(profile.persons);
      for (int pop = 0; pop < 2; pop++) {
        int[] order = traces.byPriority(profile.firstPerson(pop), profile.endPerson(pop), everyone);
        for (int p = 1; p <= maxPoints; p++) {
          drawnWith[pop][p] = firstWith(traces, order, p);
          for (int t : drawnWith[pop][p]) {
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
        String popName = ViewProfile.POPULATIONS[pop];
        for (int p = 1; p <= maxPoints; p++) {
          int[] base = drawnWith[pop][1];
          int[] drawn = drawnWith[pop][p];
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
    private int[] firstWith(PointTraces traces, int[] order, int p) {
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
}
