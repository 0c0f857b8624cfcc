package io.hubscope.scenario;

/**
 * One problem found in a scenario file.
 *
 * @param severity error or warning
 * @param file file name as given by the user
 * @param location line and column
 * @param path dotted key path ({@code parties[2].role})
 * @param message what is wrong and what was expected
 * @param hint how to fix it, or null
 */
public record Diagnostic(
    Severity severity, String file, SourceLocation location, String path, String message, String hint) {

  /** Severities. */
  public enum Severity {
    ERROR, WARNING
  }

  /**
   * The one-line form: {@code file:line:col: error: path: message (hint: ...)}.
   *
   * @return formatted line
   */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(file).append(':').append(location.line()).append(':').append(location.column()).append(": ");
    sb.append(severity == Severity.ERROR ? "error" : "warning").append(": ");
    sb.append(path).append(": ").append(message);
    if (hint != null && !hint.isBlank()) {
      sb.append(" (hint: ").append(hint).append(')');
    }
    return sb.toString();
  }

  /** True for errors. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
