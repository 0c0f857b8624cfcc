package io.hubscope.scenario;

import java.util.Map;

/**
 * The merchant (seller) population.
 *
 * @param count number of merchants
 * @param originMix origin region id to share of merchants (sums to 1)
 * @param size heavy-tailed relative sales weight of a merchant (e.g. pareto)
 * @param categoryMix category id to share of merchants whose main line it is (sums to 1)
 * @param categoriesPerMerchant how many categories a merchant sells (its main one plus others)
 * @param handlingHours hours from order to dispatch at the origin airport (default: triangular 12 / 24 / 72)
 */
public record MerchantSpec(
    Integer count,
    Map<String, Double> originMix,
    DistributionSpec size,
    Map<String, Double> categoryMix,
    Integer categoriesPerMerchant,
    DistributionSpec handlingHours) {}
