package io.hubscope.results;

import io.hubscope.util.FileErrors;
import io.hubscope.util.HubscopeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
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
 *
 * <p>Ctrl-C: the JVM runs the shutdown hook while the command's thread goes on writing. The hook and
 * {@link #commit()} decide under one lock: once the hook has begun, the folder is never moved into place (commit
 * fails), and once it has been moved, the hook leaves it alone. The hook then deletes the staging folder, again until
 * it stays gone for a moment (the command's thread may still create files in it until the JVM halts). The staging
 * folder is created with the default permissions (the user's umask), so the final folder has them too.
 */
public final class RunFolder implements AutoCloseable {

  private static final DateTimeFormatter ID_FORMAT =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Attempts at a fresh staging name before giving up (names are random, so one is nearly always enough). */
  private static final int NAME_ATTEMPTS = 16;
  /** How long the folder must stay gone before the shutdown hook lets the JVM halt, and its longest wait. */
  private static final long GONE_MILLIS = 40;
  private static final long HOOK_LIMIT_MILLIS = 2000;
  private static final SecureRandom NAMES = new SecureRandom();

  private final Path target;
  private final Path staging;
  private final Thread cleanup;
  private final Object lock = new Object();
  private boolean committed;
  private boolean aborted;

  private RunFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
    this.cleanup = new Thread(this::abort, "hubscope-cleanup");
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
    if (abs.getParent() == null || target.toString().isEmpty()) {
      throw HubscopeException.cannotWrite("the output folder's name is empty",
          "name a folder to create, e.g. --out results/my-run", null);
    }
    if (Files.exists(abs)) {
      throw HubscopeException.cannotWrite("output folder " + target + " already exists",
          "results are never overwritten; choose another --out or remove the folder yourself", null);
    }
    Path parent = abs.getParent();
    try {
      Files.createDirectories(parent);
      return new RunFolder(abs, createStaging(parent, "." + abs.getFileName() + ".partial-"));
    } catch (IOException | SecurityException e) {
      throw HubscopeException.cannotWrite("cannot create output folder " + target + ": " + reason(e, parent),
          "check that the folder is writable and the disk has space", e);
    }
  }

  /**
   * A new folder {@code parent/prefix<random>} with the default permissions (unlike
   * {@link Files#createTempDirectory}, which makes it readable by its owner only).
   */
  private static Path createStaging(Path parent, String prefix) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path candidate = parent.resolve(prefix + Long.toUnsignedString(NAMES.nextLong()));
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt == NAME_ATTEMPTS) {
          throw e;
        }
      }
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
   * @throws HubscopeException (exit 3) when the rename fails, or when a shutdown has begun removing the folder; the
   *     staging folder is then removed
   */
  public Path commit() {
    synchronized (lock) {
      if (aborted) {
        throw HubscopeException.cannotWrite("interrupted: " + target + " was not written",
            "the run was stopped (Ctrl-C or a signal) before it finished", null);
      }
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
        throw HubscopeException.cannotWrite("cannot move results into " + target + ": " + reason(e, target),
            "check that the folder is writable", e);
      }
    }
  }

  /**
   * Whether a shutdown (Ctrl-C, a signal) has begun removing this folder: writing on is pointless, and failures of
   * writes into it are the shutdown's doing, not worth reporting.
   *
   * @return true once the shutdown hook has started
   */
  public boolean aborted() {
    synchronized (lock) {
      return aborted;
    }
  }

  /** Removes the staging folder unless committed. */
  @Override
  public void close() {
    boolean remove;
    synchronized (lock) {
      remove = !committed;
    }
    if (remove) {
      deleteQuietly(staging);
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // already shutting down: the hook runs anyway
    }
  }

  /** The shutdown hook: unless committed, forbid the commit and delete the staging folder until it stays gone. */
  void abort() {
    synchronized (lock) {
      if (committed) {
        return;
      }
      aborted = true;
    }
    long deadline = System.nanoTime() + HOOK_LIMIT_MILLIS * 1_000_000L;
    long goneSince = -1;
    while (System.nanoTime() < deadline) {
      deleteQuietly(staging);
      long now = System.nanoTime();
      if (Files.exists(staging)) {
        goneSince = -1;
      } else if (goneSince < 0) {
        goneSince = now;
      } else if (now - goneSince >= GONE_MILLIS * 1_000_000L) {
        return;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Why a file operation failed, in words ({@link FileErrors#reason}), naming the file only when it is not our own
   * hidden staging folder.
   */
  private static String reason(Exception e, Path shown) {
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " exists and is not a folder";
    }
    if (e instanceof NoSuchFileException f) {
      // a staging folder that cannot be created where its parent exists: a file system that takes no new folders
      return f.getFile() != null && f.getFile().contains(".partial-")
          ? shown + " does not accept new folders" : "no such file or folder: " + f.getFile();
    }
    return FileErrors.reason(e);
  }

  /** Deletes a folder tree, tolerating files that vanish (or appear) while it runs. */
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
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: a file removed by another thread during the walk; the caller may try again
    }
  }
}
