package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ValidateCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
  }

  @Test
  void misspeltKeyExitsTwoWithTheLineAndTheSuggestion() {
    int code = run("validate", "src/test/resources/bad-scenarios/misspelt-key.yaml");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("src/test/resources/bad-scenarios/misspelt-key.yaml:4:3: error: meta.sede: "
        + "unknown key 'sede'").contains("(hint: did you mean 'seed'?)")
        .contains("src/test/resources/bad-scenarios/misspelt-key.yaml: 1 error");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void quickstartIsValid() {
    int code = run("validate", "scenarios/quickstart.yaml");

    assertThat(code).isZero();
    assertThat(out.toString()).isEqualTo("scenarios/quickstart.yaml: ok" + System.lineSeparator());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void warningsArePrintedButDoNotFail() {
    int code = run("validate", "src/test/resources/bad-scenarios/need-never-received.yaml");

    assertThat(code).isZero();
    assertThat(err.toString()).contains(":80:48: warning: needs[1].fields[0]: party 'bpost' needs field 'hs_code'");
    assertThat(out.toString()).contains("need-never-received.yaml: ok (1 warning)");
  }

  @Test
  void everyFileIsCheckedAndTheErrorsAddUp() {
    int code = run("validate", "scenarios/quickstart.yaml", "src/test/resources/bad-scenarios/no-route.yaml",
        "src/test/resources/bad-scenarios/missing-file.yaml");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).contains("scenarios/quickstart.yaml: ok");
    assertThat(err.toString()).contains("no-route.yaml:14:13: error: regions.destinations[0].node: no route")
        .contains("missing-file.yaml:1:1: error: (file): file not found");
  }
}
