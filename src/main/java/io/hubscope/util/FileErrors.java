package io.hubscope.util;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * Why a file operation failed, in words for an error line: a {@link FileSystemException}'s message is often just the
 * file's path, which says nothing the line does not already say.
 */
public final class FileErrors {

  private FileErrors() {}

  /**
   * The reason: "permission denied" for a denied access, else the file system's own reason (e.g. "Read-only file
   * system"), else the exception's message or, without one, its type. Callers word the cases their context knows
   * better (a missing folder, a file in the way) before asking here.
   *
   * @param e the failure
   * @return text
   */
  public static String reason(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
