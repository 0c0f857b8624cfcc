package io.hubscope.cli;

import io.hubscope.engine.VariantModel;
import io.hubscope.scenario.DisruptionSpec;
import io.hubscope.util.HubscopeException;
import io.hubscope.util.Numbers;
import java.util.List;
import java.util.stream.IntStream;

/** Parses {@code --disrupt NODE:START:DAYS} and checks it against every variant that will run. */
final class DisruptOption {

  private DisruptOption() {}

  /**
   * Parses and checks the option.
   *
   * @param text the option's value
   * @param models the variants that will run
   * @return the disruption
   * @throws HubscopeException (invalid input) naming what is wrong
   */
  static DisruptionSpec parse(String text, List<VariantModel> models) {
    String[] parts = text.split(":", -1);
    String hint = "write it as NODE:START:DAYS, e.g. --disrupt LGG:10:5";
    if (parts.length != 3 || parts[0].isBlank()) {
      throw HubscopeException.invalidInput("--disrupt expects NODE:START:DAYS, got '" + text + "'", hint);
    }
    int start;
    int days;
    try {
      start = Integer.parseInt(parts[1].trim());
      days = Integer.parseInt(parts[2].trim());
    } catch (NumberFormatException e) {
      throw HubscopeException.invalidInput("--disrupt start and days must be whole numbers, got '" + text + "'", hint);
    }
    String node = parts[0].trim();
    for (VariantModel m : models) {
      int horizon = m.scenario().meta().horizonDays();
      try {
        m.network().node(node);
      } catch (IllegalArgumentException e) {
        throw HubscopeException.invalidInput("--disrupt: unknown node '" + node + "'",
            "known nodes: " + String.join(", ", nodeIds(m)));
      }
      if (days < 1) {
        throw HubscopeException.invalidInput("--disrupt: days must be at least 1, got " + days, hint);
      }
      if (start < 0 || start >= horizon) {
        throw HubscopeException.invalidInput("--disrupt: start day " + start + " is outside the horizon (days 0 to "
            + (horizon - 1) + ")", "days count from 0 at the scenario start");
      }
      if ((long) start + days > horizon) {
        throw HubscopeException.invalidInput("--disrupt runs to day " + ((long) start + days - 1)
            + ", past the last day of the horizon (" + (horizon - 1) + ")",
            "shorten it to at most " + Numbers.quantity(horizon - start, "day"));
      }
    }
    return new DisruptionSpec(node, start, days);
  }

  private static List<String> nodeIds(VariantModel m) {
    return IntStream.range(0, m.network().nodeCount()).mapToObj(m.network()::nodeId).toList();
  }
}
