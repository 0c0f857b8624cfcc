package io.hubscope.cli;

import io.hubscope.scenario.ScenarioSchema;
import io.hubscope.util.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hubscope schema}: prints the scenario JSON Schema, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of scenario files (editors use it to autocomplete and check YAML).")
final class SchemaCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ScenarioSchema.text());
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
