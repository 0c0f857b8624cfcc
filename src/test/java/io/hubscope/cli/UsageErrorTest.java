package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Command-line mistakes give one line with a hint and exit code 2, like every other error. */
class UsageErrorTest {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return HubscopeCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .execute(args);
  }

  @Test
  void aMisspeltCommandSuggestsTheRightOne() {
    assertThat(run("runn")).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo("error: Unmatched argument at index 0: 'runn' (hint: did you mean hubscope run?)\n");
  }

  @Test
  void aMisspeltOptionSuggestsTheRightOne() {
    assertThat(run("run", "x.yaml", "--replication", "3")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: Unknown options: '--replication', '3' "
        + "(hint: did you mean --replications?)\n");
  }

  @Test
  void exclusiveOptionsSayErrorOnceOnOneLine() {
    assertThat(run("run", "x.yaml", "--variant", "a", "--all-variants")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: --variant=NAME, --all-variants are mutually exclusive (specify only "
        + "one) (hint: run 'hubscope run --help' for usage)\n");
  }

  @Test
  void aBadNumberNamesTheOption() {
    assertThat(run("run", "x.yaml", "--replications", "abc")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("error: Invalid value for option '--replications': 'abc' is not an int "
        + "(hint: run 'hubscope run --help' for usage)\n");
  }
}
