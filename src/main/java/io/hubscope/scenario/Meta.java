package io.hubscope.scenario;

/**
 * Scenario header: identity, seed, horizon and the real-world scale the simulated volume stands for.
 *
 * @param name short machine-friendly name used in result folders
 * @param description one paragraph for humans
 * @param seed master seed; every random stream of a run is derived from it
 * @param horizonDays simulated days
 * @param replications default number of independent replications
 * @param startDate first simulated day (ISO date), so seasonality lines up with the calendar
 * @param scale the real volume represented by the simulated shipments
 */
public record Meta(
    String name,
    String description,
    Long seed,
    Integer horizonDays,
    Integer replications,
    String startDate,
    Scale scale) {

  /**
   * Real-world scale.
   *
   * @param realShipmentsPerDay the real daily number of shipments that the simulated ones stand for
   * @param source where that number comes from
   */
  public record Scale(Double realShipmentsPerDay, String source) {}
}
