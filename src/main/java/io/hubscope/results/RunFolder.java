package io.hubscope.results;

import io.hubscope.util.HubscopeException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A results folder written all-or-nothing: files go to a hidden staging folder beside the target, which is renamed
 * into place by {@link #commit()} only when complete. An existing folder is never overwritten; a failure or Ctrl-C
 * (a shutdown hook) removes the staging folder, so no partial run is ever left behind.
 */
public final class RunFolder implements AutoCloseable {

  private static final DateTimeFormatter ID_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path target;
  private final Path staging;
  private final Thread cleanup;
  private boolean committed;

  private RunFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
    this.cleanup = new Thread(() -> deleteQuietly(staging), "hubscope-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /**
   * Opens a staging folder for {@code target}.
   *
   * @param target the final folder; must not exist yet
   * @return the open run folder
   * @throws HubscopeException (exit 3) when the target exists or the parent cannot be written
   */
  public static RunFolder create(Path target) {
    Path abs = target.toAbsolutePath().normalize();
    if (Files.exists(abs)) {
      throw HubscopeException.cannotWrite("output folder " + target + " already exists",
          "results are never overwritten; choose another --out or remove the folder yourself", null);
    }
    Path parent = abs.getParent();
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + abs.getFileName() + ".partial-");
      return new RunFolder(abs, staging);
    } catch (IOException | SecurityException e) {
      throw HubscopeException.cannotWrite("cannot create output folder under " + parent + ": " + reason(e),
          "check that the folder is writable and the disk has space", e);
    }
  }

  /**
   * The time stamp of default folder names.
   *
   * @param now the time
   * @return {@code yyyyMMdd-HHmmss} in UTC
   */
  public static String stamp(ZonedDateTime now) {
    return ID_FORMAT.format(now);
  }

  /**
   * A folder name that does not exist yet: {@code base/stem}, else {@code stem-2}, {@code stem-3}, ...
   *
   * @param base parent folder
   * @param stem name
   * @return the path
   */
  public static Path unused(Path base, String stem) {
    Path p = base.resolve(stem);
    for (int i = 2; Files.exists(p); i++) {
      p = base.resolve(stem + "-" + i);
    }
    return p;
  }

  /** The staging folder to write into. */
  public Path staging() {
    return staging;
  }

  /** The final folder. */
  public Path target() {
    return target;
  }

  /**
   * Renames the staging folder into place.
   *
   * @return the final folder
   * @throws HubscopeException (exit 3) when the rename fails; the staging folder is then removed
   */
  public Path commit() {
    try {
      try {
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, target);
      }
      committed = true;
      return target;
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
      throw HubscopeException.cannotWrite("output folder " + target + " appeared while the run was writing",
          "results are never overwritten; rerun with another --out", e);
    } catch (IOException e) {
      throw HubscopeException.cannotWrite("cannot move results into " + target + ": " + reason(e),
          "check that the folder is writable", e);
    }
  }

  /** Removes the staging folder unless committed. */
  @Override
  public void close() {
    if (!committed) {
      deleteQuietly(staging);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs anyway
    }
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  private static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // best effort: nothing else can be done while cleaning up
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
