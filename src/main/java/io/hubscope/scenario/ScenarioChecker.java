package io.hubscope.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Semantic checks that a schema cannot express, run on a bound, schema-valid scenario. Every problem is collected
 * (not only the first), located at the offending value and given a hint:
 * <ul>
 *   <li>identifiers: unique ids in every list, and references to parties, nodes, categories, origins, destinations,
 *       fields and messages (or route tokens where allowed) that exist;</li>
 *   <li>quantities: positive counts, rates and capacities, shares in [0,1] summing to 1, seven weekly multipliers,
 *       peaks and disruptions inside the horizon, zones that fit the postcode length, HS codes of 2, 4 or 6 digits;</li>
 *   <li>distributions: the parameters of their type, with valid values;</li>
 *   <li>transforms: the parameters of their operation, fitting the field's attribute;</li>
 *   <li>routes: every origin-destination pair connected (through a hub of {@code hubShares} when routing by shares);</li>
 *   <li>needs (warnings): a party that needs a field it never receives, or receives only omitted.</li>
 * </ul>
 */
public final class ScenarioChecker {

  private ScenarioChecker() {}

  /**
   * Checks a bound scenario.
   *
   * @param file file name for messages
   * @param scenario bound scenario (schema-valid)
   * @param sourceMap locations
   * @return errors and warnings in file order; the scenario is usable when none is an error
   */
  public static List<Diagnostic> check(String file, Scenario scenario, SourceMap sourceMap) {
    CheckContext ctx = new CheckContext(file, scenario, sourceMap);
    new IdentifierCheck(ctx).run();
    boolean referencesResolve = ctx.diagnostics().stream().noneMatch(Diagnostic::isError);
    new QuantityCheck(ctx).run();
    new DistributionCheck(ctx).run();
    new TransformCheck(ctx).run();
    new RouteCheck(ctx).run();
    if (referencesResolve) {
      new NeedCheck(ctx).run(); // with a broken reference, unmet needs would only echo it
    }
    List<Diagnostic> out = new ArrayList<>(ctx.diagnostics());
    out.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
        .thenComparingInt(d -> d.location().column()));
    return out;
  }
}
