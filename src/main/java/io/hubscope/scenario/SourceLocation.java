package io.hubscope.scenario;

/**
 * A position in a scenario file, 1-based.
 *
 * @param line line number
 * @param column column number
 */
public record SourceLocation(int line, int column) {

  /** Used when a problem has no better place than the start of the file. */
  public static final SourceLocation START = new SourceLocation(1, 1);
}
