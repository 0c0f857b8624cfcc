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
        "1:internal error, or out of memory",
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
      return report(ex, e, verbose);
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
   * Reports a failure of a command as one line on {@code err} (with the stack trace when verbose): a
   * {@link HubscopeException} with its message and hint; running out of memory, wherever it happened (thrown here or
   * in a worker and wrapped), with what to change; anything else as an internal error.
   *
   * @param ex the failure
   * @param err where to write
   * @param verbose whether to add the stack trace
   * @return the exit code
   */
  static int report(Throwable ex, PrintWriter err, boolean verbose) {
    int code;
    if (ex instanceof HubscopeException he) {
      err.println("error: " + he.getMessage() + (he.hint() == null ? "" : " (hint: " + he.hint() + ")"));
      code = he.exitCode();
    } else if (outOfMemory(ex)) {
      err.println("error: out of memory: Java's heap (at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
          + " MB) cannot hold this run (hint: lower the scenario's volume, e.g. customers.consumers.count or "
          + "meta.horizonDays, or give Java more memory, e.g. HUBSCOPE_JAVA_OPTS=-Xmx8g ./hubscope ...)");
      code = ExitCode.INTERNAL;
    } else {
      err.println("error: internal error: " + ex + (verbose ? "" : " (hint: rerun with --verbose for details)"));
      code = ExitCode.INTERNAL;
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** Whether a failure is, or was caused by, running out of memory. */
  private static boolean outOfMemory(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
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
    CommandLine cl = commandLine(out, err);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError oom) {
      // picocli hands errors (not exceptions) straight through; the run's folder was removed on the way out, and
      // --verbose was parsed before the command ran
      code = report(oom, err, ((HubscopeCommand) cl.getCommand()).verbose);
    }
    out.flush();
    err.flush();
    System.exit(code);
  }
}
