package io.hubscope.cli;

import io.hubscope.util.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code hubscope inspect FILE}: being written (issue 2). */
@Command(name = "inspect", mixinStandardHelpOptions = true, description = "Summarise a scenario.")
final class InspectCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    return ExitCode.OK;
  }
}
