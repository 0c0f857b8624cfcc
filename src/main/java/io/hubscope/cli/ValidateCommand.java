package io.hubscope.cli;

import io.hubscope.scenario.Diagnostic;
import io.hubscope.scenario.ScenarioLoader;
import io.hubscope.util.ExitCode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code hubscope validate FILE...}: checks scenario files and every variant in them, reporting all problems. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check scenario files (and each of their variants); report every problem with file:line:column.")
final class ValidateCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
  List<Path> files;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    int errors = 0;
    for (Path file : files) {
      List<Diagnostic> diagnostics = ScenarioLoader.validate(file);
      long fileErrors = diagnostics.stream().filter(Diagnostic::isError).count();
      diagnostics.forEach(d -> (d.isError() ? spec.commandLine().getErr() : spec.commandLine().getErr())
          .println(d.format()));
      if (fileErrors == 0) {
        long warnings = diagnostics.size();
        spec.commandLine().getOut().println(file + ": ok" + (warnings > 0 ? " (" + warnings + " warning"
            + (warnings == 1 ? "" : "s") + ")" : ""));
      } else {
        spec.commandLine().getErr().println(file + ": " + fileErrors + " error" + (fileErrors == 1 ? "" : "s"));
      }
      errors += (int) fileErrors;
    }
    return errors == 0 ? ExitCode.OK : ExitCode.INVALID_INPUT;
  }
}
