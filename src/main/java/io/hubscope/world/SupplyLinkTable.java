package io.hubscope.world;

/**
 * Ground-truth supply links: which merchant supplies which firm with which critical input, and how often.
 *
 * <p>Layout: rows sorted by firm, then input, then draw order; columns of length {@code count}: {@code business},
 * {@code merchant}, {@code category}, {@code input} (row of {@link BusinessTable}'s input table) and
 * {@code ordersPerDay} ({@code ordersPerMonth / 30}).
 */
public final class SupplyLinkTable {

  private final int[] business;
  private final int[] merchant;
  private final int[] category;
  private final int[] input;
  private final double[] ordersPerDay;
  private final AliasTable orders;
  private final double totalOrdersPerDay;

  SupplyLinkTable(int[] business, int[] merchant, int[] category, int[] input, double[] ordersPerDay) {
    this.business = business;
    this.merchant = merchant;
    this.category = category;
    this.input = input;
    this.ordersPerDay = ordersPerDay;
    this.totalOrdersPerDay = WeightedSampling.total(ordersPerDay);
    this.orders = totalOrdersPerDay > 0 ? AliasTable.of(ordersPerDay) : null;
  }

  /**
   * Expected orders per day over all links together.
   *
   * @return the sum of the links' order rates
   */
  public double totalOrdersPerDay() {
    return totalOrdersPerDay;
  }

  /**
   * The link a business order travels on, drawn with probability proportional to the link's order rate (built once,
   * with the table).
   *
   * @return alias table over the links
   * @throws IllegalStateException when no link has orders
   */
  public AliasTable orders() {
    if (orders == null) {
      throw new IllegalStateException("no supply link has an order rate above 0");
    }
    return orders;
  }

  /** Number of links. */
  public int count() {
    return business.length;
  }

  /**
   * @param link link row
   * @return firm index
   */
  public int business(int link) {
    return business[link];
  }

  /**
   * @param link link row
   * @return merchant index
   */
  public int merchant(int link) {
    return merchant[link];
  }

  /**
   * @param link link row
   * @return category index
   */
  public int category(int link) {
    return category[link];
  }

  /**
   * @param link link row
   * @return input row of the firm
   */
  public int input(int link) {
    return input[link];
  }

  /**
   * @param link link row
   * @return expected orders per day
   */
  public double ordersPerDay(int link) {
    return ordersPerDay[link];
  }

  /** Copy of the firm column. */
  public int[] businessColumn() {
    return business.clone();
  }

  /** Copy of the merchant column. */
  public int[] merchantColumn() {
    return merchant.clone();
  }

  /** Copy of the category column. */
  public int[] categoryColumn() {
    return category.clone();
  }

  /** Copy of the orders-per-day column. */
  public double[] ordersPerDayColumn() {
    return ordersPerDay.clone();
  }
}
