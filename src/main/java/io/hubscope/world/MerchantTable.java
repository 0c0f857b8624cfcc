package io.hubscope.world;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The merchant population, one column per attribute.
 *
 * <p>Layout: {@code origin[m]} (origin index) and {@code size[m]} (relative sales weight) for {@code m} in
 * {@code 0..count-1}; {@code category[m * stride + k]} is merchant {@code m}'s k-th category, {@code k = 0} its main
 * line, with {@code stride = categoriesPerMerchant()}. Per category {@code c}: {@code sellers(c)} lists the merchants
 * selling it in increasing order, and an alias table over them weighted by size samples "the merchant an order in
 * category c goes to" in O(1). A category no merchant sells has no sellers and no table. Names and tax ids are
 * derived from the index on demand; no string is stored.
 */
public final class MerchantTable {

  private final int[] origin;
  private final double[] size;
  private final int stride;
  private final int[] category;
  private final double[][] sellerWeights;
  private final AliasTable[] sellerTables;
  /** Sellers of every category one after the other, ascending within a category: category c's from sellerStart[c]. */
  private final int[] sellerFlat;
  /** Start of each category's sellers in {@link #sellerFlat}, length categories + 1. */
  private final int[] sellerStart;
  /** All categories' seller tables in one flat array (entry = position in {@link #sellerFlat}), for the hot path. */
  private final SegmentedAliasTable sellerDraw;

  MerchantTable(int[] origin, double[] size, int stride, int[] category, int categoryCount) {
    this.origin = origin;
    this.size = size;
    this.stride = stride;
    this.category = category;
    int[] counts = new int[categoryCount];
    for (int c : category) {
      counts[c]++;
    }
    sellerStart = new int[categoryCount + 1];
    sellerWeights = new double[categoryCount][];
    sellerTables = new AliasTable[categoryCount];
    for (int c = 0; c < categoryCount; c++) {
      sellerStart[c + 1] = sellerStart[c] + counts[c];
      sellerWeights[c] = new double[counts[c]];
    }
    sellerFlat = new int[sellerStart[categoryCount]];
    int[] fill = new int[categoryCount];
    for (int m = 0; m < origin.length; m++) {
      for (int k = 0; k < stride; k++) {
        int c = category[m * stride + k];
        sellerFlat[sellerStart[c] + fill[c]] = m;
        sellerWeights[c][fill[c]] = size[m];
        fill[c]++;
      }
    }
    for (int c = 0; c < categoryCount; c++) {
      sellerTables[c] = WeightedSampling.total(sellerWeights[c]) > 0 ? AliasTable.of(sellerWeights[c]) : null;
    }
    sellerDraw = SegmentedAliasTable.of(sellerTables, counts);
  }

  /** Number of merchants. */
  public int count() {
    return origin.length;
  }

  /** Categories per merchant (the row stride of the category column). */
  public int categoriesPerMerchant() {
    return stride;
  }

  /**
   * @param merchant merchant index
   * @return its origin index
   */
  public int origin(int merchant) {
    return origin[merchant];
  }

  /**
   * @param merchant merchant index
   * @return its relative sales weight
   */
  public double size(int merchant) {
    return size[merchant];
  }

  /**
   * @param merchant merchant index
   * @param k 0 for the main category, then 1..stride-1
   * @return category index
   */
  public int category(int merchant, int k) {
    return category[merchant * stride + k];
  }

  /**
   * @param merchant merchant index
   * @return its main category
   */
  public int mainCategory(int merchant) {
    return category[merchant * stride];
  }

  /**
   * @param category category index
   * @return number of merchants selling it
   */
  public int sellerCount(int category) {
    return sellerStart[category + 1] - sellerStart[category];
  }

  /**
   * @param category category index
   * @return copy of the merchants selling it, ascending
   */
  public int[] sellers(int category) {
    return java.util.Arrays.copyOfRange(sellerFlat, sellerStart[category], sellerStart[category + 1]);
  }

  /**
   * @param category category index
   * @param position position in {@link #sellers}
   * @return merchant index
   */
  public int seller(int category, int position) {
    return sellerFlat[sellerStart[category] + position];
  }

  /**
   * @param category category index
   * @return copy of the size weights of its sellers, aligned with {@link #sellers}
   */
  public double[] sellerWeights(int category) {
    return sellerWeights[category].clone();
  }

  /**
   * The alias table over a category's sellers (positions in {@link #sellers}), weighted by size.
   *
   * @param category category index
   * @return the table, or null when no merchant sells the category
   */
  public AliasTable sellerTable(int category) {
    return sellerTables[category];
  }

  /**
   * Draws the merchant an order in a category goes to, proportionally to size among its sellers.
   *
   * @param category category index (must have sellers)
   * @param rng generator
   * @return merchant index
   */
  public int sampleSeller(int category, UniformRandomProvider rng) {
    return sampleSeller(category, rng.nextLong());
  }

  /**
   * {@link #sampleSeller(int, UniformRandomProvider)} from 64 random bits drawn beforehand.
   *
   * @param category category index
   * @param bits uniformly random bits (one {@code nextLong})
   * @return merchant index
   */
  public int sampleSeller(int category, long bits) {
    return sellerFlat[sellerDraw.sample(category, bits)];
  }

  /**
   * A synthetic merchant name derived from the index.
   *
   * @param merchant merchant index
   * @return e.g. {@code Seller 000042}
   */
  public static String name(int merchant) {
    return String.format(Locale.ROOT, "Seller %06d", merchant);
  }

  /**
   * A synthetic tax id derived from the index (an 18-character code shaped like a Chinese unified social credit
   * code, prefixed with the country).
   *
   * @param merchant merchant index
   * @return e.g. {@code CN91...}
   */
  public static String taxId(int merchant) {
    long h = SeedDeriver.splitMix64(merchant) & Long.MAX_VALUE;
    return String.format(Locale.ROOT, "CN91%016d", h % 10_000_000_000_000_000L);
  }

  /** Copy of the origin column. */
  public int[] originColumn() {
    return origin.clone();
  }

  /** Copy of the size column. */
  public double[] sizeColumn() {
    return size.clone();
  }

  /** Copy of the category column ({@code stride} entries per merchant). */
  public int[] categoryColumn() {
    return category.clone();
  }
}
