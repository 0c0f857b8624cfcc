package io.hubscope.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The contents of {@code run.json}: everything needed to reproduce and audit a run.
 *
 * @param tool tool name
 * @param toolVersion tool version
 * @param javaVersion Java runtime version
 * @param command the command line arguments
 * @param scenarioFile scenario file as given
 * @param scenarioSha256 SHA-256 of the file's bytes
 * @param scenarioName scenario name
 * @param seed master seed
 * @param replications replications per variant
 * @param threads worker threads (results do not depend on it)
 * @param shardRows rows per shard (results do depend on it; fixed by default)
 * @param startedAt ISO-8601 UTC start time
 * @param finishedAt ISO-8601 UTC end time
 * @param variants per variant: the resolved scenario tree
 * @param replicationRuns per replication: variant, number, world seed, shipments, timings
 * @param metrics metric registry names used
 */
public record RunManifest(
    String tool,
    String toolVersion,
    String javaVersion,
    List<String> command,
    String scenarioFile,
    String scenarioSha256,
    String scenarioName,
    long seed,
    int replications,
    int threads,
    int shardRows,
    String startedAt,
    String finishedAt,
    Map<String, JsonNode> variants,
    List<ReplicationRun> replicationRuns,
    List<String> metrics) {

  /**
   * One replication.
   *
   * @param variant variant id
   * @param replication number from 1
   * @param worldSeed seed the world was built with
   * @param shipments shipments simulated
   * @param simulateMillis time to build the world and simulate
   * @param metricsMillis time to compute metrics
   */
  public record ReplicationRun(
      String variant, int replication, long worldSeed, int shipments, long simulateMillis, long metricsMillis) {}
}
