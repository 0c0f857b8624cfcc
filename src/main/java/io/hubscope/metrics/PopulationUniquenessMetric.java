package io.hubscope.metrics;

import io.hubscope.simulation.ShipmentColumns;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Population uniqueness estimated from the observer's sample of the market, scored against the truth.
 *
 * <p>An observer holds only the records of the shipments it touches: a sample of the market's records with
 * sampling fraction f = n / N (its coverage). A record unique in that sample need not be unique in the market; what
 * matters for re-identification with outside data is population uniqueness. For each population P separately
 * (consumers' and firms' shipments are two data sets), on the quasi-identifier tuple at the observer's fixed
 * resolution ({@link ViewProfile#fixedQiHashes}: every quasi-identifier it holds on some route it touches, in the
 * most revealing form it holds it in, applied to every shipment of the market so that sample and population are
 * classified alike):
 * <ul>
 *   <li>{@code sampling_fraction} = n<sub>P</sub> / N<sub>P</sub>, records held over market records;</li>
 *   <li>{@code sample_uniques} = f<sub>1</sub> / n<sub>P</sub>, share of held records unique among held records;</li>
 *   <li>{@code population_estimate} = F&#770;<sub>1</sub> / N<sub>P</sub>, the share of market records that are
 *       unique in the market, estimated from the sample's class sizes alone by {@link ZayatzEstimator};</li>
 *   <li>{@code population_truth} = F<sub>1</sub> / N<sub>P</sub>, the same share computed on the whole market
 *       (which the simulation knows), to score the estimate.</li>
 * </ul>
 * Unit {@code share}. The unit of analysis is the shipment record, as in {@code reid}: a population-unique record
 * singles its buyer out to anyone who can match its tuple in outside data.
 *
 * <p>Why Zayatz: the Dankar et al. rule (used by ARX) picks Pitman's estimator for sampling fractions up to 0.1 and
 * the smaller of Zayatz's and the SNB estimate above. Hub operators, customs and the pooled observers of hubscope's
 * scenarios hold most of the market (f from about 0.15 to 1), where Pitman is not recommended; Zayatz's estimator is
 * closed-form (no iterative fit that may fail to converge, so the result is deterministic) and exact at f = 1. Below
 * f = 0.1 it tends to overestimate population uniqueness; compare with {@code population_truth}.
 *
 * <p>Complexity: O(n &middot; q) to hash every market shipment's tuple, one O(N) radix sort at emit, then
 * O(distinct class sizes) hypergeometric terms. Memory: 8 bytes per market shipment. Counts are exact.
 *
 * <p>References: F. K. Dankar, K. El Emam, A. Neisa, T. Roffey, "Estimating the re-identification risk of clinical
 * data sets", BMC Med. Inform. Decis. Mak. 12:66, 2012; L. Zayatz 1991 ({@link ZayatzEstimator}); C. J. Skinner and
 * M. J. Elliot, "A measure of disclosure risk for microdata", JRSS B 64(4), 2002.
 */
public final class PopulationUniquenessMetric implements Metric {

  private static final int SMALL = 4096;

  @Override
  public String name() {
    return "uniqueness";
  }

  @Override
  public String description() {
    return "Share of market records unique in the market, estimated from the observer's sample (Zayatz) and "
        + "computed on the truth, with the sample's own uniqueness and sampling fraction.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(ViewProfile.of(context));
  }

  private static final class Accumulator implements MetricAccumulator {
    private final ViewProfile profile;
    private final LongColumn keys = new LongColumn();

    Accumulator(ViewProfile profile) {
      this.profile = profile;
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      long[] h = profile.fixedQiHashes(profile.shard(s, from, to), s, to);
      for (int i = from; i < to; i++) {
        long pop = profile.population(s.recipient[i]);
        long touched = profile.touches(s.route[i]) ? 1 : 0;
        keys.add((h[i - from] & ~3L) | (pop << 1) | touched);
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      keys.absorb(((Accumulator) other).keys);
    }

    @Override
    public void emit(MetricSink sink) {
      long[] k = keys.toArray();
      int n = k.length;
      RadixSort.sort(k, n);
      long[] population = new long[2];
      long[] sample = new long[2];
      long[] populationUniques = new long[2];
      long[][] small = new long[2][SMALL];
      List<Map<Integer, Long>> large = List.of(new HashMap<>(), new HashMap<>());
      for (int i = 0; i < n; ) {
        long cls = k[i] >>> 1;
        int pop = (int) (cls & 1);
        int j = i;
        int held = 0;
        while (j < n && k[j] >>> 1 == cls) {
          held += (int) (k[j] & 1);
          j++;
        }
        int size = j - i;
        population[pop] += size;
        sample[pop] += held;
        if (size == 1) {
          populationUniques[pop]++;
        }
        if (held > 0) {
          if (held < SMALL) {
            small[pop][held]++;
          } else {
            large.get(pop).merge(held, 1L, Long::sum);
          }
        }
        i = j;
      }
      for (int pop = 0; pop < 2; pop++) {
        Map<Integer, Long> classSizes = new HashMap<>(large.get(pop));
        for (int size = 1; size < SMALL; size++) {
          if (small[pop][size] > 0) {
            classSizes.put(size, small[pop][size]);
          }
        }
        long f1 = classSizes.getOrDefault(1, 0L);
        double estimate = ZayatzEstimator.populationUniques(classSizes, sample[pop], population[pop]);
        String group = Groups.of("population", ViewProfile.POPULATIONS[pop]);
        sink.accept("sampling_fraction", group, CoverageMetric.ratio(sample[pop], population[pop]), "share");
        sink.accept("sample_uniques", group, CoverageMetric.ratio(f1, sample[pop]), "share");
        sink.accept("population_estimate", group, CoverageMetric.ratio(estimate, population[pop]), "share");
        sink.accept("population_truth", group, CoverageMetric.ratio(populationUniques[pop], population[pop]),
            "share");
      }
    }
  }
}
