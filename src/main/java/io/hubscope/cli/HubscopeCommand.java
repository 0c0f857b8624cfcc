package io.hubscope.cli;

import io.hubscope.scenario.ScenarioException;
import io.hubscope.util.ExitCode;
import io.hubscope.util.HubscopeException;
import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code hubscope} root command: lists the subcommands; each does one job and returns an exit code. */
@Command(
    name = "hubscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Supply-chain data-exposure simulator: what can the operator of a parcel hub infer?",
    subcommands = {
        RunCommand.class,
        CompareCommand.class,
        SweepCommand.class,
        ValidateCommand.class,
        InspectCommand.class,
        ExportCommand.class,
        SchemaCommand.class,
        AutoComplete.GenerateCompletion.class,
        CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:ok",
        "1:internal error",
        "2:invalid input (scenario, options)",
        "3:cannot write output"
    })
public final class HubscopeCommand implements Runnable {

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
      description = "Print stack traces of failures.")
  boolean verbose;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private static volatile boolean processStreams;

  /** True when the command writes to the process's own stdout/stderr (not to a test's capture). */
  static boolean usesProcessStreams() {
    return processStreams;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Builds the configured command line (used by {@link #main} and by tests).
   *
   * @param out standard output
   * @param err standard error
   * @return the command line
   */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    HubscopeCommand root = new HubscopeCommand();
    CommandLine cl = new CommandLine(root);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter e = commandLine.getErr();
      boolean verbose = root.verbose;
      if (ex instanceof ScenarioException se) {
        // a scenario that does not load: every diagnostic on its own line, as validate prints them
        se.diagnostics().forEach(d -> e.println(d.format()));
        e.flush();
        return ExitCode.INVALID_INPUT;
      }
      if (ex instanceof HubscopeException he) {
        e.println("error: " + he.getMessage() + (he.hint() == null ? "" : " (hint: " + he.hint() + ")"));
        if (verbose) {
          he.printStackTrace(e);
        }
        e.flush();
        return he.exitCode();
      }
      e.println("error: internal error: " + ex + (verbose ? "" : " (hint: rerun with --verbose for details)"));
      if (verbose) {
        ex.printStackTrace(e);
      }
      e.flush();
      return ExitCode.INTERNAL;
    });
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine c = ex.getCommandLine();
      PrintWriter e = c.getErr();
      e.println(usageError(ex, c.getCommandSpec().qualifiedName()));
      e.flush();
      return ExitCode.INVALID_INPUT;
    });
    return cl;
  }

  /**
   * A command-line mistake as one line, like every other error: picocli's message (without its own "Error: " and line
   * breaks), then a hint: the closest commands or options for a misspelt one, else where the usage is.
   *
   * @param ex the parse error
   * @param command the command's qualified name, e.g. {@code hubscope run}
   * @return the line
   */
  static String usageError(CommandLine.ParameterException ex, String command) {
    String message = String.valueOf(ex.getMessage()).replaceAll("\\s*\\R\\s*", " ").trim();
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length());
    }
    String hint = "run '" + command + " --help' for usage";
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      hint = "did you mean " + String.join(" or ", u.getSuggestions().stream().limit(3)
          .map(x -> x.startsWith("-") ? x : command + " " + x).toList()) + "?";
    }
    return "error: " + message + " (hint: " + hint + ")";
  }

  /**
   * Entry point.
   *
   * @param args command-line arguments
   */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    processStreams = true;
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
