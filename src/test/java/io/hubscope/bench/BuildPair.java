package io.hubscope.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Compares two builds of the engine in ONE JVM, replication by replication: each build's {@link EngineBenchmark} is
 * loaded in a class loader of its own (its {@code target/test-classes}, {@code target/classes} and dependency jars)
 * and the two take turns, A B B A, so both see the same state of a shared machine, whose replications here take
 * 205-235 ms in some minutes and 320-400 ms in others (docs/engine-performance.md), which makes separate JMH runs
 * hard to compare. Reports each build's times and the geometric mean of the paired ratios B/A with a 95% normal
 * interval on the log ratios.
 *
 * <p>Run: {@code bench/pair OTHER_CHECKOUT [ROUNDS] [SHIPMENTS]}: A is the other checkout, B this one (both built by
 * the script). Each round is four replications; eight per build warm up first.
 */
public final class BuildPair {

  private BuildPair() {}

  /**
   * Runs the comparison.
   *
   * @param args the other checkout (A), the number of rounds (default 40) and the shipments per replication
   *     (default 1000000)
   * @throws Exception when a build cannot be loaded or run
   */
  public static void main(String[] args) throws Exception {
    Path other = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    int shipments = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
    Build a = new Build(other, shipments);
    Build b = new Build(Path.of("."), shipments);
    for (int w = 0; w < 8; w++) {
      a.replication();
      b.replication();
    }
    int n = 2 * rounds;
    double[] timesA = new double[n];
    double[] timesB = new double[n];
    double[] logRatio = new double[n];
    for (int r = 0; r < rounds; r++) {
      timesA[2 * r] = a.replication();
      timesB[2 * r] = b.replication();
      timesB[2 * r + 1] = b.replication();
      timesA[2 * r + 1] = a.replication();
    }
    for (int k = 0; k < n; k++) {
      logRatio[k] = Math.log(timesB[k] / timesA[k]);
    }
    double mean = StatUtils.mean(logRatio);
    double half = 1.96 * Math.sqrt(StatUtils.variance(logRatio, mean) / n);
    System.out.printf(Locale.ROOT, "A %s: %s%nB %s: %s%n", a.root, summary(timesA), b.root, summary(timesB));
    System.out.printf(Locale.ROOT, "B/A: %.3f (95%% interval %.3f - %.3f), %d pairs%n", Math.exp(mean),
        Math.exp(mean - half), Math.exp(mean + half), n);
    // the machine's two speeds (README): the ratio where A ran in its faster half of replications, and in its slower
    double median = median(timesA);
    System.out.printf(Locale.ROOT, "B/A where A was faster than its median: %.3f; slower: %.3f%n",
        halfRatio(logRatio, timesA, median, true), halfRatio(logRatio, timesA, median, false));
  }

  private static double median(double[] times) {
    double[] t = times.clone();
    Arrays.sort(t);
    return t[t.length / 2];
  }

  /** The geometric mean ratio over the pairs whose A time is below (or at and above) the median. */
  private static double halfRatio(double[] logRatio, double[] timesA, double median, boolean fast) {
    double sum = 0;
    int count = 0;
    for (int k = 0; k < logRatio.length; k++) {
      if (timesA[k] < median == fast) {
        sum += logRatio[k];
        count++;
      }
    }
    return Math.exp(sum / count);
  }

  private static String summary(double[] times) {
    double[] t = times.clone();
    Arrays.sort(t);
    return String.format(Locale.ROOT, "min %.1f, quartiles %.1f / %.1f / %.1f ms per replication", t[0],
        t[t.length / 4], t[t.length / 2], t[3 * t.length / 4]);
  }

  /** One build's benchmark state, in its own class loader. */
  private static final class Build {
    final Path root;
    final Object benchmark;
    final Object counters;
    final Method replication;

    Build(Path root, int shipments) throws Exception {
      this.root = root.toAbsolutePath().normalize();
      List<URL> urls = new ArrayList<>();
      urls.add(this.root.resolve("target/test-classes").toUri().toURL());
      urls.add(this.root.resolve("target/classes").toUri().toURL());
      for (String jar : Files.readString(this.root.resolve("target/bench-classpath.txt")).trim().split(":")) {
        urls.add(Path.of(jar).toUri().toURL());
      }
      // kept open for the life of the JVM: the build's classes are used until the end
      ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
      Class<?> type = Class.forName(EngineBenchmark.class.getName(), true, loader);
      benchmark = type.getConstructor().newInstance();
      type.getField("shipments").setInt(benchmark, shipments);
      type.getField("metrics").set(benchmark, "coverage+exposure");
      type.getMethod("setUp").invoke(benchmark);
      Class<?> counterType = Class.forName(EngineBenchmark.Counters.class.getName(), true, loader);
      counters = counterType.getConstructor().newInstance();
      replication = type.getMethod("replication", counterType);
    }

    /** One replication's wall time, ms. */
    double replication() throws Exception {
      long start = System.nanoTime();
      replication.invoke(benchmark, counters);
      return (System.nanoTime() - start) / 1e6;
    }
  }
}
