package io.hubscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens report.html in Debian's headless Chromium, as a reader's browser would: the page must render every chart
 * (its title and its inline SVG are in the rendered DOM) with no console message and no uncaught error. Covers a run
 * of two variants and the fixture folders, so every kind of chart is drawn. Skipped, with the reason, where
 * {@code /usr/bin/chromium} is absent ({@code .ci/install-test-tools} installs it).
 */
class ReportRenderingTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  static Path dir;

  @BeforeAll
  static void needsChromium() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM
        + ": skipping the report rendering test (install it with .ci/install-test-tools, i.e. "
        + "apt-get install chromium)");
  }

  record Browser(String dom, String log, byte[] screenshot) {}

  static Browser open(Path report, boolean screenshot) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(dir, "chromium-profile-");
    String url = report.toAbsolutePath().toUri().toString();
    String[] dom = chromium(profile, "--dump-dom", url);
    if (!screenshot) {
      return new Browser(dom[0], dom[1], null);
    }
    Path shot = dir.resolve(report.getParent().getFileName() + "-screenshot.png");
    String log = chromium(profile, "--screenshot=" + shot, "--window-size=1280,2400", "--hide-scrollbars", url)[1];
    return new Browser(dom[0], dom[1] + log, Files.readAllBytes(shot));
  }

  private static String[] chromium(Path profile, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "chromium-out-", ".txt");
    Path err = Files.createTempFile(dir, "chromium-err-", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + cmd);
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("chromium exit code; stderr:\n" + stderr).isZero();
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), stderr};
  }

  static List<Path> reports() {
    List<Path> reports = new ArrayList<>();
    reports.add(ReportTestSupport.tinyRun(dir.resolve("run")).resolve(ChartExporter.REPORT));
    for (String name : ReportTestSupport.FIXTURE_CASES) {
      Path f = ReportTestSupport.fixture(name, dir);
      ChartExporter.export(f, ExportFormat.DEFAULT);
      reports.add(f.resolve(ChartExporter.REPORT));
    }
    return reports;
  }

  @Test
  void everyReportRendersEveryChartWithoutConsoleErrors() throws Exception {
    int charts = 0;
    boolean first = true;
    for (Path report : reports()) {
      ResultsData data = ResultsData.read(report.getParent());
      List<ChartSpec> specs = new ArrayList<>(RunCharts.of(data));
      specs.addAll(StudyCharts.compare(data));
      specs.addAll(StudyCharts.sweep(data));
      Browser b = open(report, first);
      assertThat(b.dom()).as(report.toString()).contains("<h1>" + data.scenarioName() + "</h1>")
          .contains("Headline findings");
      assertThat(count(b.dom(), "<svg")).as("inline charts in " + report).isEqualTo(specs.size());
      for (ChartSpec c : specs) {
        assertThat(b.dom()).as(report + ": chart " + c.id()).contains("<h3>" + c.title() + "</h3>")
            .contains("<title>" + c.title() + "</title>");
        charts++;
      }
      List<String> problems = b.log().lines()
          .filter(l -> l.contains("CONSOLE") || l.contains("Uncaught") || l.contains("Content Security Policy"))
          .toList();
      assertThat(problems).as("console messages of " + report).isEmpty();
      if (first) {
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(b.screenshot()));
        assertThat(shot.getWidth()).as("screenshot width").isEqualTo(1280);
        first = false;
      }
    }
    assertThat(charts).as("every kind of chart was rendered").isGreaterThanOrEqualTo(16);
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
