package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every help text renders as written: picocli formats each description line with {@link String#format}, and a lone
 * {@code %} (as in "95% CI") makes it print a warning and the raw line instead.
 */
class HelpTextTest {

  @Test
  void everyDescriptionLineIsAValidFormatString() {
    CommandLine root = HubscopeCommand.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    List<String> broken = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    check(root.getCommandSpec(), broken, commands);

    assertThat(commands).contains("hubscope", "hubscope run", "hubscope compare", "hubscope sweep",
        "hubscope validate", "hubscope inspect", "hubscope export", "hubscope schema");
    assertThat(broken).isEmpty();
  }

  @Test
  void compareHelpShowsThePercentSign() {
    StringWriter out = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
        .execute("compare", "--help");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("mean and 95% CI per variant");
  }

  private static void check(CommandSpec spec, List<String> broken, List<String> commands) {
    commands.add(spec.qualifiedName());
    List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
    for (ArgSpec arg : spec.args()) {
      lines.addAll(List.of(arg.description()));
    }
    for (String line : lines) {
      try {
        String.format(line);
      } catch (IllegalFormatException e) {
        broken.add(spec.qualifiedName() + ": " + line);
      }
    }
    for (CommandLine sub : spec.subcommands().values()) {
      check(sub.getCommandSpec(), broken, commands);
    }
  }
}
