package io.hubscope.util;

/** Receives progress of a run; the command line decides how (or whether) to show it. Thread-safe. */
public interface RunProgress {

  /** Shows nothing. */
  RunProgress NONE = new RunProgress() {
    @Override
    public void begin(String label, long total) {}

    @Override
    public void advance(long units) {}

    @Override
    public void end() {}
  };

  /**
   * A task starts.
   *
   * @param label what is running (e.g. "replication 2/5")
   * @param total units of work (shipments)
   */
  void begin(String label, long total);

  /**
   * Some units are done.
   *
   * @param units units just finished
   */
  void advance(long units);

  /** The task is done. */
  void end();
}
