package io.hubscope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hubscope run --disrupt NODE:START:DAYS}. */
class DisruptOptionTest {

  static final String SCENARIO = "src/test/resources/engine/two-hubs.yaml";

  @TempDir
  Path tmp;

  record Outcome(int code, String out, String err) {}

  static Outcome run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Outcome(code, out.toString(), err.toString());
  }

  @Test
  void theDisruptionRowsAppearOnlyWhenANodeStops() throws Exception {
    Path with = tmp.resolve("with");
    Outcome o = run("run", SCENARIO, "--out", with.toString(), "--quiet", "--disrupt", "H1:0:1");
    assertThat(o.code()).as(o.err()).isZero();
    String metrics = Files.readString(with.resolve("metrics.csv"));
    assertThat(metrics).contains(",disruption.delayed_share,region=BE,", ",disruption.exposed_businesses,,");
    Path without = tmp.resolve("without");
    assertThat(run("run", SCENARIO, "--out", without.toString(), "--quiet").code()).isZero();
    assertThat(Files.readString(without.resolve("metrics.csv"))).doesNotContain("disruption.");
  }

  @Test
  void theDisruptedRunDoesNotDependOnTheThreadCount() throws Exception {
    Path one = tmp.resolve("t1");
    Path two = tmp.resolve("t2");
    assertThat(run("run", SCENARIO, "--out", one.toString(), "--quiet", "--threads", "1", "--disrupt", "H1:0:2")
        .code()).isZero();
    assertThat(run("run", SCENARIO, "--out", two.toString(), "--quiet", "--threads", "2", "--disrupt", "H1:0:2")
        .code()).isZero();
    assertThat(Files.readString(one.resolve("metrics.csv"))).contains("disruption.rerouted_share")
        .isEqualTo(Files.readString(two.resolve("metrics.csv")));
  }

  @Test
  void aDisruptionThatDoesNotFitIsAnInputError() {
    Outcome unknown = run("run", SCENARIO, "--out", tmp.resolve("a").toString(), "--quiet", "--disrupt", "LGG:0:1");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("--disrupt: unknown node 'LGG'", "AIR, H1, H2, DEPOT");
    Outcome late = run("run", SCENARIO, "--out", tmp.resolve("b").toString(), "--quiet", "--disrupt", "H1:1:2");
    assertThat(late.code()).isEqualTo(2);
    assertThat(late.err()).contains("--disrupt runs to day 2, past the last day of the horizon (1)");
    Outcome malformed = run("run", SCENARIO, "--out", tmp.resolve("c").toString(), "--quiet", "--disrupt", "H1:x");
    assertThat(malformed.code()).isEqualTo(2);
    assertThat(malformed.err()).contains("--disrupt expects NODE:START:DAYS, got 'H1:x'");
    assertThat(Files.exists(tmp.resolve("a"))).isFalse();
  }
}
