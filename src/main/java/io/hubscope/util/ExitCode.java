package io.hubscope.util;

/** Process exit codes, the same for every command. */
public final class ExitCode {

  /** Success. */
  public static final int OK = 0;
  /** A bug or an unexpected failure. */
  public static final int INTERNAL = 1;
  /** The input (scenario, options, result folder) is invalid. */
  public static final int INVALID_INPUT = 2;
  /** Output cannot be written. */
  public static final int CANNOT_WRITE = 3;

  private ExitCode() {}
}
