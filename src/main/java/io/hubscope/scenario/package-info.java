/**
 * Stage 1 of the pipeline: the scenario language. Safe YAML reading with source locations, the JSON Schema,
 * binding to records, semantic checks and variants. Produces a {@link io.hubscope.scenario.LoadedScenario}.
 */
package io.hubscope.scenario;
