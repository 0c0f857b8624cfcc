package io.hubscope.cli;

import io.hubscope.util.RunProgress;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Chooses how progress is shown: a progress bar on stderr when it is a terminal, plain periodic lines otherwise,
 * nothing with {@code --quiet}.
 */
final class ProgressDisplays {

  private ProgressDisplays() {}

  /** System property set by the {@code ./hubscope} launcher when stderr is a terminal. */
  static final String TERMINAL_PROPERTY = "hubscope.stderrTerminal";

  /**
   * Picks the display.
   *
   * @param quiet show nothing
   * @param err the command's error writer (plain lines go there)
   * @param errIsProcessStderr true when {@code err} is the process's stderr (not a test's capture)
   * @return the display
   */
  static RunProgress choose(boolean quiet, PrintWriter err, boolean errIsProcessStderr) {
    if (quiet) {
      return RunProgress.NONE;
    }
    if (errIsProcessStderr && Boolean.getBoolean(TERMINAL_PROPERTY)) {
      return new Bar(System.err);
    }
    return new Lines(err);
  }

  /** A terminal progress bar. */
  private static final class Bar implements RunProgress {
    private final PrintStream stream;
    private ProgressBar bar;

    Bar(PrintStream stream) {
      this.stream = stream;
    }

    @Override
    public synchronized void begin(String label, long total) {
      bar = new ProgressBarBuilder().setTaskName(label).setInitialMax(total).setUnit(" steps", 1)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(stream))
          .setUpdateIntervalMillis(200).continuousUpdate().build();
    }

    @Override
    public synchronized void advance(long units) {
      if (bar != null) {
        bar.stepBy(units);
      }
    }

    @Override
    public synchronized void end() {
      if (bar != null) {
        bar.stepTo(bar.getMax());
        bar.close();
        bar = null;
      }
    }
  }

  /** Plain lines at most every two seconds, for logs and pipes. */
  private static final class Lines implements RunProgress {
    private static final long INTERVAL_NANOS = 2_000_000_000L;
    private final PrintWriter out;
    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile String label = "";
    private long lastPrint;
    private long started;

    Lines(PrintWriter out) {
      this.out = out;
    }

    @Override
    public synchronized void begin(String label, long total) {
      this.label = label;
      this.total = total;
      done.set(0);
      started = System.nanoTime();
      lastPrint = started;
    }

    @Override
    public void advance(long units) {
      done.addAndGet(units);
      long now = System.nanoTime();
      synchronized (this) {
        if (now - lastPrint >= INTERVAL_NANOS) {
          lastPrint = now;
          out.printf(java.util.Locale.ROOT, "%s: %.0f%%%n", label,
              total == 0 ? 100.0 : 100.0 * done.get() / total);
          out.flush();
        }
      }
    }

    @Override
    public synchronized void end() {
      double seconds = (System.nanoTime() - started) / 1e9;
      // the label names what was timed (a replication's simulation; its metrics come after)
      out.printf(java.util.Locale.ROOT, "%s: simulated in %.2f s%n", label, seconds);
      out.flush();
    }
  }
}
