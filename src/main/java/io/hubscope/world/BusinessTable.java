package io.hubscope.world;

/**
 * EU firms that import critical inputs, and their per-input stock, one column per attribute.
 *
 * <p>Layout: firms are stored sector by sector (scenario order), sector {@code s} owning firms
 * {@code firstBusiness(s) .. firstBusiness(s + 1) - 1}; columns of length {@code count}: {@code sector},
 * {@code destination}, {@code zone}, {@code postcode} (global postcode index). Inputs form a second table in
 * compressed-row form: firm {@code b} owns input rows {@code firstInput(b) .. firstInput(b + 1) - 1}, each with
 * {@code inputCategory} (category index), {@code inventoryDays} (days of cover) and its suppliers as the supply-link
 * rows {@code firstLink(i) .. firstLink(i + 1) - 1} of the {@link SupplyLinkTable}.
 */
public final class BusinessTable {

  private final int[] sector;
  private final int[] destination;
  private final int[] zone;
  private final int[] postcode;
  private final int[] sectorFirstBusiness;
  private final int[] businessFirstInput;
  private final int[] inputCategory;
  private final double[] inventoryDays;
  private final int[] inputFirstLink;

  BusinessTable(int[] sector, int[] destination, int[] zone, int[] postcode, int[] sectorFirstBusiness,
      int[] businessFirstInput, int[] inputCategory, double[] inventoryDays, int[] inputFirstLink) {
    this.sector = sector;
    this.destination = destination;
    this.zone = zone;
    this.postcode = postcode;
    this.sectorFirstBusiness = sectorFirstBusiness;
    this.businessFirstInput = businessFirstInput;
    this.inputCategory = inputCategory;
    this.inventoryDays = inventoryDays;
    this.inputFirstLink = inputFirstLink;
  }

  /** Number of firms. */
  public int count() {
    return sector.length;
  }

  /** Number of (firm, critical input) rows. */
  public int inputCount() {
    return inputCategory.length;
  }

  /**
   * @param business firm index
   * @return sector index (position in {@code customers.businesses})
   */
  public int sector(int business) {
    return sector[business];
  }

  /**
   * @param business firm index
   * @return destination index
   */
  public int destination(int business) {
    return destination[business];
  }

  /**
   * @param business firm index
   * @return zone index
   */
  public int zone(int business) {
    return zone[business];
  }

  /**
   * @param business firm index
   * @return global postcode index
   */
  public int postcode(int business) {
    return postcode[business];
  }

  /**
   * @param sector sector index (or the sector count, for the end of the last block)
   * @return its first firm
   */
  public int firstBusiness(int sector) {
    return sectorFirstBusiness[sector];
  }

  /**
   * @param business firm index (or the firm count)
   * @return its first input row
   */
  public int firstInput(int business) {
    return businessFirstInput[business];
  }

  /**
   * @param input input row
   * @return category index
   */
  public int inputCategory(int input) {
    return inputCategory[input];
  }

  /**
   * @param input input row
   * @return days of cover the firm holds
   */
  public double inventoryDays(int input) {
    return inventoryDays[input];
  }

  /**
   * @param input input row (or the input count)
   * @return its first supply link
   */
  public int firstLink(int input) {
    return inputFirstLink[input];
  }

  /**
   * @param input input row
   * @return number of suppliers of the input
   */
  public int supplierCount(int input) {
    return inputFirstLink[input + 1] - inputFirstLink[input];
  }

  /** Copy of the sector column. */
  public int[] sectorColumn() {
    return sector.clone();
  }

  /** Copy of the destination column. */
  public int[] destinationColumn() {
    return destination.clone();
  }

  /** Copy of the postcode column. */
  public int[] postcodeColumn() {
    return postcode.clone();
  }

  /** Copy of the inventory-days column (one per input row). */
  public double[] inventoryDaysColumn() {
    return inventoryDays.clone();
  }
}
