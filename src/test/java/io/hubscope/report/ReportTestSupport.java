package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.hubscope.cli.HubscopeCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shared helpers: the tiny scenario, running the command line in-process, copying fixture folders. */
final class ReportTestSupport {

  /** The tiny fixed-seed scenario of the chart tests (two variants, every class of form). */
  static final Path TINY = Path.of("src/test/resources/charts/charts-tiny.yaml");

  /** Hand-written results folders with the columns of the metrics, compare and sweep outputs. */
  static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  /** Fixture folders: inference metrics, a comparison, a sweep. */
  static final List<String> FIXTURE_CASES = List.of("inference-run", "compare", "sweep");

  private ReportTestSupport() {}

  /** Output of one command. */
  record Run(int code, String out, String err) {}

  static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = HubscopeCommand.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * Runs the tiny scenario (both variants, 2 replications, 2 threads) into a new folder.
   *
   * @param target folder to create
   * @param extra more arguments (e.g. --no-charts)
   * @return the run folder
   */
  static Path tinyRun(Path target, String... extra) {
    return run(TINY, target, extra);
  }

  static Path run(Path scenario, Path target, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--all-variants", "--replications", "2",
        "--threads", "2", "--quiet", "--out", target.toString()));
    args.addAll(List.of(extra));
    Run r = cli(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).as("stderr of run").doesNotContain("warning: charts");
    return target;
  }

  /**
   * Copies a fixture folder.
   *
   * @param name fixture case
   * @param parent where to put the copy
   * @return the copy
   */
  static Path fixture(String name, Path parent) {
    Path from = FIXTURES.resolve(name);
    Path to = parent.resolve(name);
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** Every regular file under a folder, as sorted relative paths with '/' separators. */
  static List<String> files(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
