package io.hubscope.report;

import io.hubscope.disclosure.DataFlowMatrix;
import io.hubscope.disclosure.DisclosurePlan;
import io.hubscope.disclosure.DisclosurePlanner;
import io.hubscope.network.GraphFormat;
import io.hubscope.network.LogisticsNetwork;
import io.hubscope.network.NetworkChokepoints;
import io.hubscope.network.NetworkGraphWriter;
import io.hubscope.network.RoutePlanner;
import io.hubscope.network.RouteTable;
import io.hubscope.network.RouteTrafficEstimator;
import io.hubscope.scenario.LoadedScenario;
import io.hubscope.util.FileErrors;
import io.hubscope.util.HubscopeException;
import io.hubscope.world.World;
import io.hubscope.world.WorldBuilder;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Everything {@code hubscope inspect} looks at, built once from a checked scenario: the world (with the scenario's
 * seed), the network, its routes and chokepoints, the disclosure plan and the data-flow matrix.
 *
 * @param loaded the checked scenario
 * @param world its world
 * @param network its network
 * @param routes its routes
 * @param chokepoints chokepoint analysis
 * @param shipmentsPerDay expected shipments per day per route
 * @param plan disclosure plan
 * @param matrix data-flow matrix
 */
public record ScenarioInspection(
    LoadedScenario loaded,
    World world,
    LogisticsNetwork network,
    RouteTable routes,
    NetworkChokepoints chokepoints,
    double[] shipmentsPerDay,
    DisclosurePlan plan,
    DataFlowMatrix matrix) {

  /**
   * Builds the pipeline objects of a scenario.
   *
   * @param loaded a checked scenario
   * @return the inspection
   * @throws HubscopeException (invalid input) when the scenario passes the checks but cannot be built
   */
  public static ScenarioInspection of(LoadedScenario loaded) {
    try {
      World world = WorldBuilder.build(loaded.scenario());
      LogisticsNetwork network = LogisticsNetwork.of(loaded.scenario(), world.index());
      RouteTable routes = RoutePlanner.plan(loaded.scenario(), network, world.index());
      NetworkChokepoints chokepoints = NetworkChokepoints.analyse(loaded.scenario(), network);
      double[] perDay = RouteTrafficEstimator.shipmentsPerDay(world, routes);
      DisclosurePlan plan = DisclosurePlanner.plan(world.index(), routes);
      DataFlowMatrix matrix = DataFlowMatrix.of(plan, RouteTrafficEstimator.trafficShares(world, routes),
          world.index());
      return new ScenarioInspection(loaded, world, network, routes, chokepoints, perDay, plan, matrix);
    } catch (IllegalArgumentException e) {
      throw HubscopeException.invalidInput(loaded.file() + ": " + e.getMessage(),
          "run 'hubscope validate " + loaded.file() + "'");
    }
  }

  /**
   * Checks that a graph file name has a supported extension.
   *
   * @param file the file
   * @throws HubscopeException (invalid input) otherwise
   */
  public static void checkGraphFileName(Path file) {
    try {
      GraphFormat.fromFileName(file.getFileName().toString());
    } catch (IllegalArgumentException e) {
      throw HubscopeException.invalidInput(e.getMessage(), "e.g. --graph network.graphml");
    }
  }

  /**
   * Writes the network to a new graph file (format by extension).
   *
   * @param file the file; must not exist
   * @throws HubscopeException (cannot write) when it exists or cannot be written
   */
  public void writeGraph(Path file) {
    checkGraphFileName(file);
    try {
      new NetworkGraphWriter(network, world.index(), chokepoints).writeNew(file);
    } catch (FileAlreadyExistsException e) {
      throw HubscopeException.cannotWrite("graph file " + file + " already exists",
          "choose another name or delete the file first; hubscope never overwrites it", e);
    } catch (IOException e) {
      throw HubscopeException.cannotWrite("cannot write graph file " + file + ": " + reason(file, e),
          "check that the folder exists and is writable", e);
    }
  }

  /**
   * Why the file could not be written. "No such file" means its folder is missing, unless the folder is there and
   * refuses new files (e.g. {@code /proc}).
   */
  private static String reason(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      Path folder = file.toAbsolutePath().getParent();
      return folder != null && Files.isDirectory(folder)
          ? "its folder does not accept new files" : "its folder does not exist";
    }
    return FileErrors.reason(e);
  }
}
