package io.hubscope.cli;

import io.hubscope.scenario.Meta;
import io.hubscope.util.HubscopeException;

/**
 * The replications, seed and threads of a run, compare or sweep: the options when given, else the scenario's
 * {@code meta} values, else 5 replications, seed 1 and every core (the same defaults as {@code run}).
 *
 * @param replications replications per variant or point
 * @param seed master seed
 * @param threads worker threads
 */
record RunSettings(int replications, long seed, int threads) {

  /**
   * Resolves the settings.
   *
   * @param meta the scenario header
   * @param replications the option, or null
   * @param seed the option, or null
   * @param threads the option, or null
   * @param minReplications the smallest acceptable replication count
   * @param why why that minimum, for the message
   * @return the settings
   * @throws HubscopeException (exit 2) when a value is out of range
   */
  static RunSettings of(Meta meta, Integer replications, Long seed, Integer threads, int minReplications,
      String why) {
    int reps = replications != null ? replications : meta.replications() != null ? meta.replications() : 5;
    if (reps < minReplications) {
      throw HubscopeException.invalidInput("--replications must be at least " + minReplications + why + ", got "
          + reps, "use --replications " + Math.max(minReplications, 3) + " or more");
    }
    if (threads != null && threads < 1) {
      throw HubscopeException.invalidInput("--threads must be at least 1, got " + threads, "omit it to use every core");
    }
    return new RunSettings(reps, seed != null ? seed : meta.seed() != null ? meta.seed() : 1L,
        threads != null ? threads : Runtime.getRuntime().availableProcessors());
  }
}
