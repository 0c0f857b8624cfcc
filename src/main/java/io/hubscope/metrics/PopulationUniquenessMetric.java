package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import java.util.HashMap;
import java.util.Map;

/**
 * Population uniqueness estimated from the observer's sample of the market, scored against the truth.
 *
 * <p>An observer holds only the records of the shipments it touches: a sample of the market's records with
 * sampling fraction f = n / N (its coverage). A record unique among the observer's records need not be unique in
 * the market; what matters for re-identification with outside data is uniqueness in the population. Each record is
 * described by its quasi-identifier tuple as in {@code reid}; an observer holding different quasi-identifiers on
 * different routes holds several data sets, one per <em>definition</em> (fields held and their forms), and each is a
 * sample of the market described the same way (every market shipment coded as the observer would hold it on a
 * route of that definition, {@link ViewProfile#definitionHashes}). For each population P (consumers' and firms'
 * shipments are separate data sets):
 * <ul>
 *   <li>{@code sampling_fraction} = n<sub>P</sub> / N<sub>P</sub>, records held over market records;</li>
 *   <li>{@code sample_uniques} = f<sub>1</sub> / n<sub>P</sub>, share of held records unique among the held records
 *       of their definition;</li>
 *   <li>{@code population_estimate}: the share of held records that are unique in the market, estimated from the
 *       held records alone: &Sigma;<sub>d</sub> f<sub>1,d</sub> P&#770;<sub>d</sub>(F = 1 | f = 1) / n<sub>P</sub>
 *       with Zayatz's estimator ({@link ZayatzEstimator}) on each definition's class sizes (sample n<sub>d</sub>
 *       from N<sub>P</sub>);</li>
 *   <li>{@code population_truth}: the same share computed on the whole market, which the simulation knows: held
 *       records whose tuple no other market record of P shares, over n<sub>P</sub>.</li>
 * </ul>
 * Unit {@code share}. The unit of analysis is the shipment record, as in {@code reid}: a population-unique record
 * singles its buyer out to anyone who can match its tuple in outside data. Zayatz's estimator targets exactly this
 * quantity ("the percent of unique population elements on a microdata file").
 *
 * <p>Why Zayatz: the Dankar et al. rule (used by ARX) picks Pitman's estimator for sampling fractions up to 0.1 and
 * the smaller of Zayatz's and the SNB estimate above. Hub operators, customs and the pooled observers of hubscope's
 * scenarios hold most of the market (f from about 0.15 to 1), where Pitman is not recommended; Zayatz's estimator is
 * closed-form (no iterative fit that may fail to converge, so the result is deterministic) and exact at f = 1. At
 * small sampling fractions it is known to overestimate; {@code population_truth} shows by how much.
 *
 * <p>Complexity: O(N &middot; q &middot; D) to hash every market shipment's tuple under each of the D definitions
 * (D = 1 for most observers), O(N) class counting per definition at emit (hashes bucketed by their top byte while
 * shards are added, each bucket counted in a hash table), then O(distinct class sizes) hypergeometric terms.
 * Memory: 8 bytes per market shipment per definition. Counts are exact.
 *
 * <p>References: L. Zayatz 1991 ({@link ZayatzEstimator}); F. K. Dankar, K. El Emam, A. Neisa, T. Roffey,
 * "Estimating the re-identification risk of clinical data sets", BMC Med. Inform. Decis. Mak. 12:66, 2012;
 * C. J. Skinner and M. J. Elliot, "A measure of disclosure risk for microdata", JRSS B 64(4), 2002.
 */
public final class PopulationUniquenessMetric implements Metric {

  private static final int SMALL = 4096;

  @Override
  public String name() {
    return "uniqueness";
  }

  @Override
  public String description() {
    return "Share of the observer's records unique in the whole market, estimated from its sample (Zayatz) and "
        + "computed on the truth, with the sample's own uniqueness and sampling fraction.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return ReplayAccumulator.of(context, Accumulator.class, Accumulator::new);
  }

  /** Class counts of one definition per population, over some classes. */
  private static final class Tally {
    final long[] population = new long[2];
    final long[] held = new long[2];
    final long[] populationUniques = new long[2];
    final long[][] small = new long[2][SMALL];
    /** Held counts of the classes of each population holding SMALL records or more (rare). */
    final IntColumn[] large = {new IntColumn(), new IntColumn()};

    /** One class: key = tuple hash with the population in its lowest bit; flagged = records held. */
    void add(long key, int size, int f) {
      int pop = (int) (key & 1);
      population[pop] += size;
      held[pop] += f;
      if (size == 1 && f == 1) {
        populationUniques[pop]++;
      }
      if (f > 0) {
        if (f < SMALL) {
          small[pop][f]++;
        } else {
          large[pop].add(f);
        }
      }
    }

    void combine(Tally o) {
      for (int p = 0; p < 2; p++) {
        population[p] += o.population[p];
        held[p] += o.held[p];
        populationUniques[p] += o.populationUniques[p];
        for (int k = 0; k < SMALL; k++) {
          small[p][k] += o.small[p][k];
        }
        large[p].absorb(o.large[p]);
      }
    }
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final ViewProfile.RowsRead read = new ViewProfile.RowsRead();
    private final BucketedKeys[] keys;

    Accumulator(ViewProfile profile) {
      this.profile = profile;
      this.keys = new BucketedKeys[profile.definitionCount()];
      for (int d = 0; d < keys.length; d++) {
        keys[d] = new BucketedKeys(BucketedKeys.Payload.NONE);
      }
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      read.add(s, from, to);
      ShardCodes sc = profile.shard(s, from, to);
      for (int d = 0; d < keys.length; d++) {
        long[] h = profile.definitionHashes(sc, s, to, d);
        keys[d].reserve(to - from);
        for (int i = from; i < to; i++) {
          long pop = profile.population(s.recipient[i]);
          long held = profile.definitionOf(s.route[i]) == d ? 1 : 0;
          keys[d].add((h[i - from] & ~3L) | (pop << 1) | held);
        }
        keys[d].seal();
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      read.merge(o.read);
      for (int d = 0; d < keys.length; d++) {
        keys[d].absorb(o.keys[d]);
      }
    }

    @Override
    public void emit(MetricSink sink) {
      profile.emitOnce(getClass(), read, sink, this::compute);
    }

    private void compute(MetricSink sink) {
      long[] sample = new long[2];
      long[] sampleUniques = new long[2];
      long[] populationUniques = new long[2];
      double[] estimate = new double[2];
      for (BucketedKeys column : keys) {
        Tally t = column.foldClasses(Tally::new, Tally::add, Tally::combine);
        for (int pop = 0; pop < 2; pop++) {
          Map<Integer, Long> classSizes = new HashMap<>();
          for (int f : t.large[pop].toArray()) {
            classSizes.merge(f, 1L, Long::sum);
          }
          for (int size = 1; size < SMALL; size++) {
            if (t.small[pop][size] > 0) {
              classSizes.put(size, t.small[pop][size]);
            }
          }
          sample[pop] += t.held[pop];
          sampleUniques[pop] += t.small[pop][1];
          populationUniques[pop] += t.populationUniques[pop];
          if (t.held[pop] > 0) {
            estimate[pop] += ZayatzEstimator.populationUniques(classSizes, t.held[pop], t.population[pop]);
          }
        }
      }
      MarketCounts market = MarketCounts.of(profile, read);
      for (int pop = 0; pop < 2; pop++) {
        String group = Groups.of("population", ViewProfile.POPULATIONS[pop]);
        sink.accept("sampling_fraction", group, CoverageMetric.ratio(sample[pop], market.shipments(pop)), "share");
        sink.accept("sample_uniques", group, CoverageMetric.ratio(sampleUniques[pop], sample[pop]), "share");
        sink.accept("population_estimate", group, CoverageMetric.ratio(estimate[pop], sample[pop]), "share");
        sink.accept("population_truth", group, CoverageMetric.ratio(populationUniques[pop], sample[pop]), "share");
      }
    }
  }
}
