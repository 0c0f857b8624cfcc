package io.hubscope.world;

import io.hubscope.scenario.DistributionSpec;
import io.hubscope.scenario.MerchantSpec;
import java.util.Arrays;
import java.util.function.DoubleSupplier;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Draws the merchant population: origin from {@code originMix}, size from {@code size} (truncated at 0), main
 * category from {@code categoryMix} and {@code categoriesPerMerchant - 1} further distinct categories drawn by the
 * same mix (successive sampling without replacement; capped at the number of categories with a positive share).
 * Absent parts default to: no merchants, uniform mixes, size 1, one category each.
 */
final class MerchantGenerator {

  private MerchantGenerator() {}

  static MerchantTable generate(ScenarioIndex index, long seed) {
    MerchantSpec spec = index.scenario().merchants();
    int count = spec == null || spec.count() == null ? 0 : spec.count();
    int categories = index.categoryCount();
    double[] originMix = mixOrUniform(spec == null ? null : spec.originMix(), index.originCount(), index::origin);
    double[] categoryMix = mixOrUniform(spec == null ? null : spec.categoryMix(), categories, index::category);
    int perMerchant = spec == null || spec.categoriesPerMerchant() == null ? 1 : spec.categoriesPerMerchant();
    int positive = (int) Arrays.stream(categoryMix).filter(w -> w > 0).count();
    int stride = Math.max(1, Math.min(perMerchant, positive));
    int[] origin = new int[count];
    double[] size = new double[count];
    int[] category = new int[count * stride];
    if (count > 0) {
      AliasTable originTable = AliasTable.of(originMix);
      RandomGenerator originRng = WorldStreams.open(seed, WorldStreams.MERCHANT_ORIGIN);
      for (int m = 0; m < count; m++) {
        origin[m] = originTable.sample(originRng);
      }
      DistributionSpec sizeSpec = spec.size() == null ? DistributionSpec.constant(1) : spec.size();
      DoubleSupplier sizes = DistributionFactory.nonNegativeSampler(sizeSpec,
          WorldStreams.open(seed, WorldStreams.MERCHANT_SIZE));
      for (int m = 0; m < count; m++) {
        size[m] = sizes.getAsDouble();
      }
      AliasTable categoryTable = AliasTable.of(categoryMix);
      RandomGenerator categoryRng = WorldStreams.open(seed, WorldStreams.MERCHANT_CATEGORIES);
      for (int m = 0; m < count; m++) {
        int[] drawn = WeightedSampling.withoutReplacement(categoryMix, categoryTable, stride, categoryRng);
        System.arraycopy(drawn, 0, category, m * stride, stride);
      }
    }
    return new MerchantTable(origin, size, stride, category, categories);
  }

  static double[] mixOrUniform(java.util.Map<String, Double> mix, int size,
      java.util.function.ToIntFunction<String> indexOf) {
    if (mix == null || mix.isEmpty()) {
      double[] w = new double[size];
      Arrays.fill(w, 1.0);
      return w;
    }
    return ScenarioIndex.dense(mix, size, indexOf);
  }
}
