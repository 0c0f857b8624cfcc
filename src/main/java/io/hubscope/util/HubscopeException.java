package io.hubscope.util;

/**
 * An expected failure: carries the exit code and a one-line message with a hint. The command line prints
 * {@code error: message (hint: ...)} and exits with the code; the stack trace only with {@code --verbose}.
 */
public class HubscopeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final String hint;

  /**
   * Creates the exception.
   *
   * @param exitCode process exit code (see {@link ExitCode})
   * @param message one line saying what is wrong
   * @param hint one line saying what to do, or null
   */
  public HubscopeException(int exitCode, String message, String hint) {
    super(message);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param exitCode process exit code
   * @param message one line saying what is wrong
   * @param hint one line saying what to do, or null
   * @param cause underlying exception
   */
  public HubscopeException(int exitCode, String message, String hint, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.hint = hint;
  }

  /** The exit code. */
  public int exitCode() {
    return exitCode;
  }

  /** The hint, or null. */
  public String hint() {
    return hint;
  }

  /** An invalid-input failure (exit code 2). */
  public static HubscopeException invalidInput(String message, String hint) {
    return new HubscopeException(ExitCode.INVALID_INPUT, message, hint);
  }

  /** A cannot-write-output failure (exit code 3). */
  public static HubscopeException cannotWrite(String message, String hint, Throwable cause) {
    return new HubscopeException(ExitCode.CANNOT_WRITE, message, hint, cause);
  }

  /**
   * A file that could not be written: {@code cannot write FILE: REASON}, hint to check disk space and permissions.
   *
   * @param file the file
   * @param cause the failure
   * @return the exception
   */
  public static HubscopeException cannotWrite(java.nio.file.Path file, java.io.IOException cause) {
    return cannotWrite("cannot write " + file + ": " + cause.getMessage(), "check disk space and permissions", cause);
  }
}
