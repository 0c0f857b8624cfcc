package io.hubscope.metrics;

import io.hubscope.scenario.AnalysisSpec;
import io.hubscope.scenario.Scenario;
import io.hubscope.simulation.ShipmentColumns;
import io.hubscope.world.World;
import java.util.Arrays;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;

/**
 * Economic intelligence: how well the observer can estimate the whole market (volumes, values and shares by
 * destination country x category, top merchants and categories, trends) from the shipments it touches.
 *
 * <p><b>Estimator.</b> Each touched shipment is read through {@link ObserverKnowledge}: a country (or unknown), a
 * class of candidate categories (one category, the categories sharing an observed HS code, or all) and a value
 * (exact, bin midpoint, noised, or unknown). The observer
 * <ol>
 *   <li>spreads each shipment evenly over what it cannot tell apart: weight 1/|C| on each candidate category, and
 *       1/D on each of the D destination countries when the country is unknown;</li>
 *   <li>imputes an unknown value with the mean value it read on shipments of the same category class, else on all
 *       its shipments (0 when it reads no value at all);</li>
 *   <li>scales up by the inverse of its coverage n_obs / N, the share of all shipments it touches. A real observer
 *       gets N from public totals (e.g. customs' published declaration counts), so its estimate of the market's
 *       total volume is exact by construction; the errors measure how well it splits that total.</li>
 * </ol>
 * Estimated cell (d, c): vol^(d,c) = (N / n_obs) &Sigma;<sub>touched i</sub> a_i(d) b_i(c) and val^(d,c) likewise
 * with the (read or imputed) value; share(d, c) = val(d, c) / &Sigma;<sub>c'</sub> val(d, c') is the category's
 * share of the country's import value. Truth: the same quantities over all N shipments of the replication.
 *
 * <p><b>Measures</b> (group {@code measure=volume|value|share} where noted):
 * <ul>
 *   <li>{@code weighted_error}: value-weighted mean relative error over cells with a positive truth,
 *       &Sigma;<sub>cells</sub> w<sub>cell</sub> |x^ - x| / x with w = true value of the cell / true market value
 *       (unit share; 0 is perfect, 1 is "as bad as guessing 0");</li>
 *   <li>{@code spearman}: Spearman rank correlation between estimated and true cells over all D x C cells (Commons
 *       Math {@link SpearmansCorrelation}, average ranks for ties); 0 when either side is constant (no rank
 *       information);</li>
 *   <li>{@code topk_overlap} (group {@code list=merchants|categories}): |top-k estimated &cap; top-k true| / k by
 *       shipment volume, k = {@code analysis.economic.topK} (default 10), capped at the number of items with any
 *       shipment; merchants count only where the observer holds a sender identity field in clear (a pseudonymous
 *       token cannot be matched with a named merchant); ties at the cut-off are shared in expectation
 *       ({@link #topKOverlap}), so an observer that cannot rank at all scores the chance level k / N;</li>
 *   <li>{@code trend_error}: value-weighted mean, over cells with a positive true volume in both halves, of
 *       |g^ - g| / g with g = second-half volume / first-half volume of the cell (halves split at
 *       horizonDays / 2 by order time). Assumption: the observer puts every parcel it touches in the right half, as
 *       if it knew the order time: it holds some time of each parcel (a scan, a message's arrival) and knows the few
 *       days by which that lags the order, so the score measures what its coverage and category resolution allow,
 *       not how well it dates parcels. An estimated growth with an empty first half counts as error 1;</li>
 *   <li>{@code category_error} (group {@code category=<id>}): |val^(c) - val(c)| / val(c) for each category with a
 *       positive true value, summed over countries;</li>
 *   <li>{@code resolved_share} (group {@code measure=volume|value}): share of all shipments the observer places in a
 *       single cell (country and exact category), and share of the market value on such shipments whose value it
 *       reads exactly or binned. Unlike the error scores, this exposure can only fall when a transform gets stricter
 *       and only rise when the pool grows.</li>
 * </ul>
 * Estimation errors are not monotone in what the observer holds: an even spread can, by chance, sit closer to the
 * truth than a sample does.
 *
 * <p>Cost: O(n) per replication with integer counters (values in cents) merged by addition, then O(D C G + M log M)
 * to emit for G category classes and M merchants. Reference: trade-intelligence resale of manifests
 * (exposure-literature.md, "Supply chains"); Spearman (1904).
 */
public final class EconomicMetric implements Metric {

  /** Default length of the top lists. */
  public static final int DEFAULT_TOP_K = 10;

  @Override
  public String name() {
    return "economic";
  }

  @Override
  public String description() {
    return "Error of the observer's estimates of volumes, values, shares, top merchants and trends by destination "
        + "country and category, scaled by its coverage, against the whole market.";
  }

  @Override
  public MetricAccumulator newAccumulator(MetricContext context) {
    return new Accumulator(context);
  }

  /**
   * The top-list length of a scenario.
   *
   * @param scenario scenario
   * @return analysis.economic.topK, or {@link #DEFAULT_TOP_K}
   */
  static int topK(Scenario scenario) {
    AnalysisSpec a = scenario.analysis();
    return a == null || a.economic() == null || a.economic().topK() == null ? DEFAULT_TOP_K : a.economic().topK();
  }

  private static final class Accumulator implements MetricAccumulator {
    private final MetricContext context;
    private final World world;
    private final ObserverKnowledge know;
    private final int destinations;
    private final int categories;
    private final int classes;
    private final double halfHours;
    /** Destination of each route: the buyer's destination (a shipment's route is drawn for its buyer's pair). */
    private final int[] routeDestination;
    private long total;
    private long touched;
    private long totalCents;
    private long resolvedCount;
    private long resolvedCents;
    /** Observer: [half][countryClass][class] counts; countryClass = destinations means unknown. */
    private final long[] obsCount;
    private final long[] knownCount;
    private final long[] knownCents;
    /** Truth: [half][destination][category] counts and [destination][category] cents. */
    private final long[] trueCount;
    private final long[] trueCents;
    private final long[] merchantTrue;
    private final long[] merchantNamed;

    Accumulator(MetricContext context) {
      this.context = context;
      this.world = context.world();
      this.know = new ObserverKnowledge(context.view(), context.scenario().fields(), context.scenario().catalogue(),
          context.routes().routeCount());
      this.destinations = world.index().destinationCount();
      this.categories = world.index().categoryCount();
      this.classes = know.classes.count();
      this.halfHours = context.horizonDays() * 12.0;
      this.routeDestination = routeDestinations(context);
      obsCount = new long[2 * (destinations + 1) * classes];
      knownCount = new long[(destinations + 1) * classes];
      knownCents = new long[(destinations + 1) * classes];
      trueCount = new long[2 * destinations * categories];
      trueCents = new long[destinations * categories];
      merchantTrue = new long[world.merchantCount()];
      merchantNamed = new long[world.merchantCount()];
    }

    @Override
    public void add(ShipmentColumns s, int from, int to) {
      long seed = context.seed();
      int rep = context.replication();
      for (int i = from; i < to; i++) {
        int route = s.route[i];
        int d = routeDestination[route];
        int c = s.category[i];
        int half = s.tOrder[i] < halfHours ? 0 : 1;
        long cents = Math.round(s.value[i] * 100.0);
        total++;
        totalCents += cents;
        trueCount[(half * destinations + d) * categories + c]++;
        trueCents[d * categories + c] += cents;
        merchantTrue[s.merchant[i]]++;
        if (!know.touches[route]) {
          continue;
        }
        touched++;
        int k = know.countryKnown[route] ? d : destinations;
        int g = know.classOf[route][c];
        obsCount[(half * (destinations + 1) + k) * classes + g]++;
        boolean valueRead = know.valueMode[route] != ObserverKnowledge.VALUE_UNKNOWN;
        if (valueRead) {
          knownCount[k * classes + g]++;
          knownCents[k * classes + g] += know.observedCents(route, s.value[i], i, seed, rep);
        }
        if (know.merchantNamed[route]) {
          merchantNamed[s.merchant[i]]++;
        }
        if (k < destinations && know.classes.single(g)) {
          resolvedCount++;
          if (know.valueMode[route] <= ObserverKnowledge.VALUE_BINNED) {
            resolvedCents += cents;
          }
        }
      }
    }

    @Override
    public void merge(MetricAccumulator other) {
      Accumulator o = (Accumulator) other;
      total += o.total;
      touched += o.touched;
      totalCents += o.totalCents;
      resolvedCount += o.resolvedCount;
      resolvedCents += o.resolvedCents;
      add(obsCount, o.obsCount);
      add(knownCount, o.knownCount);
      add(knownCents, o.knownCents);
      add(trueCount, o.trueCount);
      add(trueCents, o.trueCents);
      add(merchantTrue, o.merchantTrue);
      add(merchantNamed, o.merchantNamed);
    }

    private static void add(long[] a, long[] b) {
      for (int i = 0; i < a.length; i++) {
        a[i] += b[i];
      }
    }

    @Override
    public void emit(MetricSink sink) {
      int cells = destinations * categories;
      double[][] estVolume = new double[2][cells];
      double[] estValue = new double[cells];
      double scale = touched == 0 ? 0 : (double) total / touched;
      double[] classMean = imputedMeans();
      for (int half = 0; half < 2; half++) {
        for (int k = 0; k <= destinations; k++) {
          for (int g = 0; g < classes; g++) {
            long n = obsCount[(half * (destinations + 1) + k) * classes + g];
            if (n == 0) {
              continue;
            }
            spread(estVolume[half], k, g, n * scale);
          }
        }
      }
      for (int k = 0; k <= destinations; k++) {
        for (int g = 0; g < classes; g++) {
          int j = k * classes + g;
          long n = obsCount[k * classes + g] + obsCount[((destinations + 1) + k) * classes + g];
          if (n == 0) {
            continue;
          }
          double cents = knownCents[j] + (n - knownCount[j]) * classMean[g];
          spread(estValue, k, g, cents * scale);
        }
      }
      double[] vol = new double[cells];
      double[] trueVol = new double[cells];
      double[] val = new double[cells];
      double[] trueVal = new double[cells];
      for (int x = 0; x < cells; x++) {
        vol[x] = estVolume[0][x] + estVolume[1][x];
        trueVol[x] = trueCount[x] + trueCount[cells + x];
        val[x] = estValue[x];
        trueVal[x] = trueCents[x];
      }
      double[] share = shares(val);
      double[] trueShare = shares(trueVal);
      double market = totalCents;
      sink.accept("weighted_error", Groups.of("measure", "volume"), weightedError(vol, trueVol, trueVal, market),
          "share");
      sink.accept("weighted_error", Groups.of("measure", "value"), weightedError(val, trueVal, trueVal, market),
          "share");
      sink.accept("weighted_error", Groups.of("measure", "share"), weightedError(share, trueShare, trueVal, market),
          "share");
      sink.accept("spearman", Groups.of("measure", "volume"), spearman(vol, trueVol), "correlation");
      sink.accept("spearman", Groups.of("measure", "value"), spearman(val, trueVal), "correlation");
      sink.accept("spearman", Groups.of("measure", "share"), spearman(share, trueShare), "correlation");
      int k = topK(context.scenario());
      double[] merchantsTrue = Arrays.stream(merchantTrue).asDoubleStream().toArray();
      double[] merchantsSeen = Arrays.stream(merchantNamed).asDoubleStream().toArray();
      sink.accept("topk_overlap", Groups.of("list", "merchants"), topKOverlap(merchantsSeen, merchantsTrue, k),
          "share");
      double[] catVol = new double[categories];
      double[] catTrueVol = new double[categories];
      double[] catVal = new double[categories];
      double[] catTrueVal = new double[categories];
      for (int d = 0; d < destinations; d++) {
        for (int c = 0; c < categories; c++) {
          int x = d * categories + c;
          catVol[c] += vol[x];
          catTrueVol[c] += trueVol[x];
          catVal[c] += val[x];
          catTrueVal[c] += trueVal[x];
        }
      }
      sink.accept("topk_overlap", Groups.of("list", "categories"), topKOverlap(catVol, catTrueVol, k), "share");
      sink.accept("trend_error", "", trendError(estVolume, trueVal, market), "share");
      for (int c = 0; c < categories; c++) {
        if (catTrueVal[c] > 0) {
          sink.accept("category_error", Groups.of("category", world.index().categoryAt(c).id()),
              Math.abs(catVal[c] - catTrueVal[c]) / catTrueVal[c], "share");
        }
      }
      sink.accept("resolved_share", Groups.of("measure", "volume"), CoverageMetric.ratio(resolvedCount, total),
          "share");
      sink.accept("resolved_share", Groups.of("measure", "value"), CoverageMetric.ratio(resolvedCents, totalCents),
          "share");
    }

    /** Mean value read per category class (cents), falling back to the mean over all classes, then 0. */
    private double[] imputedMeans() {
      long allCount = 0;
      long allCents = 0;
      double[] mean = new double[classes];
      for (int g = 0; g < classes; g++) {
        long n = 0;
        long cents = 0;
        for (int k = 0; k <= destinations; k++) {
          n += knownCount[k * classes + g];
          cents += knownCents[k * classes + g];
        }
        allCount += n;
        allCents += cents;
        mean[g] = n == 0 ? Double.NaN : (double) cents / n;
      }
      double fallback = allCount == 0 ? 0 : (double) allCents / allCount;
      for (int g = 0; g < classes; g++) {
        if (Double.isNaN(mean[g])) {
          mean[g] = fallback;
        }
      }
      return mean;
    }

    /** Adds an amount over the cells a (country class, category class) can be. */
    private void spread(double[] cells, int countryClass, int cls, double amount) {
      int[] members = know.classes.members(cls);
      int d0 = countryClass < destinations ? countryClass : 0;
      int d1 = countryClass < destinations ? countryClass + 1 : destinations;
      double each = amount / ((double) members.length * (d1 - d0));
      for (int d = d0; d < d1; d++) {
        for (int c : members) {
          cells[d * categories + c] += each;
        }
      }
    }

    private double[] shares(double[] value) {
      double[] out = new double[value.length];
      for (int d = 0; d < destinations; d++) {
        double sum = 0;
        for (int c = 0; c < categories; c++) {
          sum += value[d * categories + c];
        }
        for (int c = 0; c < categories; c++) {
          out[d * categories + c] = sum > 0 ? value[d * categories + c] / sum : 0;
        }
      }
      return out;
    }

    private double trendError(double[][] estVolume, double[] trueVal, double market) {
      int cells = destinations * categories;
      double weight = 0;
      double sum = 0;
      for (int x = 0; x < cells; x++) {
        double t1 = trueCount[x];
        double t2 = trueCount[cells + x];
        if (t1 <= 0 || t2 <= 0) {
          continue;
        }
        double g = t2 / t1;
        double e1 = estVolume[0][x];
        double err = e1 > 0 ? Math.abs(estVolume[1][x] / e1 - g) / g : 1;
        sum += trueVal[x] / market * err;
        weight += trueVal[x] / market;
      }
      return weight == 0 ? Double.NaN : sum / weight;
    }
  }

  /**
   * The destination of each route: a shipment's route is drawn for the pair (merchant's origin, buyer's
   * destination), so this is its buyer's destination, read from a small table instead of the buyer tables.
   *
   * @param context context
   * @return destination index per route
   */
  static int[] routeDestinations(MetricContext context) {
    var routes = context.routes();
    int[] out = new int[routes.routeCount()];
    for (int r = 0; r < out.length; r++) {
      out[r] = routes.pairDestination(routes.routePair(r));
    }
    return out;
  }

  /**
   * Value-weighted mean relative error over cells with a positive truth.
   *
   * @param est estimates
   * @param truth true values
   * @param weight weights (true value per cell)
   * @param total sum of weights over all cells
   * @return &Sigma; w |est - truth| / truth / &Sigma; w over cells with truth &gt; 0; NaN when there are none
   */
  static double weightedError(double[] est, double[] truth, double[] weight, double total) {
    double sum = 0;
    double w = 0;
    for (int x = 0; x < est.length; x++) {
      if (truth[x] > 0) {
        sum += weight[x] / total * Math.abs(est[x] - truth[x]) / truth[x];
        w += weight[x] / total;
      }
    }
    return w == 0 ? Double.NaN : sum / w;
  }

  /**
   * Spearman's rank correlation, 0 when either side is constant.
   *
   * @param a one side
   * @param b other side
   * @return rho
   */
  static double spearman(double[] a, double[] b) {
    if (a.length < 2 || constant(a) || constant(b)) {
      return 0;
    }
    return new SpearmansCorrelation().correlation(a, b);
  }

  private static boolean constant(double[] a) {
    for (double x : a) {
      if (x != a[0]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Overlap of an estimated top-k list with the true one, with ties at the cut-off broken at random (in expectation).
   *
   * <p>With k' = min(k, items with a positive truth): the estimated list gives every item an inclusion weight, 1
   * above its k'-th largest value, (k' - number above) / (number equal) for the items equal to it, 0 below and for
   * items with nothing (the probability of being listed when ties are broken uniformly); an item is a true top item
   * when its truth is at least the k'-th largest true value (so any of several items tied in the truth is right).
   * Overlap = &Sigma;<sub>true top i</sub> w(i) / k'; with no ties it is |top-k^ &cap; top-k| / k'. An observer that
   * cannot tell the items apart (all estimates equal) scores k' / N, the chance level.
   *
   * @param estimated estimated volume per item (0: not seen)
   * @param truth true volume per item
   * @param k list length asked for
   * @return expected overlap in [0, 1]; NaN when no item has a positive truth
   */
  static double topKOverlap(double[] estimated, double[] truth, int k) {
    double[] positive = Arrays.stream(truth).filter(x -> x > 0).sorted().toArray();
    int kk = Math.min(k, positive.length);
    if (kk == 0) {
      return Double.NaN;
    }
    double cut = positive[positive.length - kk];
    double[] w = inclusion(estimated, kk);
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      sum += truth[i] >= cut ? w[i] : 0;
    }
    return sum / kk;
  }

  /** Inclusion weight of each item in a top-k list of the positive values, ties at the cut-off shared. */
  static double[] inclusion(double[] v, int k) {
    double[] w = new double[v.length];
    double[] sorted = Arrays.stream(v).filter(x -> x > 0).sorted().toArray();
    if (sorted.length == 0) {
      return w;
    }
    if (sorted.length <= k) {
      for (int i = 0; i < v.length; i++) {
        w[i] = v[i] > 0 ? 1 : 0;
      }
      return w;
    }
    double cut = sorted[sorted.length - k];
    int above = 0;
    int equal = 0;
    for (double x : v) {
      above += x > cut ? 1 : 0;
      equal += x == cut ? 1 : 0;
    }
    double share = (double) (k - above) / equal;
    for (int i = 0; i < v.length; i++) {
      w[i] = v[i] > cut ? 1 : v[i] == cut ? share : 0;
    }
    return w;
  }
}
