package io.hubscope.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hubscope.util.HubscopeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

  @TempDir
  Path tmp;

  @Test
  void commitMovesTheCompleteFolderIntoPlace() throws Exception {
    Path target = tmp.resolve("run");
    try (RunFolder f = RunFolder.create(target)) {
      Files.writeString(f.staging().resolve("a.txt"), "x");
      assertThat(target).doesNotExist();
      assertThat(f.commit()).isEqualTo(target.toAbsolutePath());
    }
    assertThat(target.resolve("a.txt")).hasContent("x");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).containsExactly(target);
    }
  }

  @Test
  void closingWithoutCommitLeavesNothingBehind() throws Exception {
    Path target = tmp.resolve("run");
    try (RunFolder f = RunFolder.create(target)) {
      Files.writeString(f.staging().resolve("half.csv"), "scenario,");
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void anExistingFolderIsNeverOverwritten() throws Exception {
    Path target = Files.createDirectory(tmp.resolve("run"));
    assertThatThrownBy(() -> RunFolder.create(target))
        .isInstanceOf(HubscopeException.class)
        .hasMessage("output folder " + target + " already exists")
        .satisfies(e -> assertThat(((HubscopeException) e).exitCode()).isEqualTo(3));
  }

  @Test
  void aShutdownBeforeTheCommitRemovesTheFolderAndForbidsTheCommit() throws Exception {
    Path target = tmp.resolve("run");
    try (RunFolder f = RunFolder.create(target)) {
      Files.createDirectories(f.staging().resolve("charts"));
      Files.writeString(f.staging().resolve("charts/a.svg"), "<svg/>");

      f.abort(); // what the shutdown hook runs on Ctrl-C

      assertThat(f.aborted()).isTrue();
      assertThat(f.staging()).doesNotExist();
      assertThatThrownBy(f::commit)
          .isInstanceOf(HubscopeException.class)
          .hasMessage("interrupted: " + target.toAbsolutePath() + " was not written");
    }
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aShutdownAfterTheCommitLeavesTheFolder() throws Exception {
    Path target = tmp.resolve("run");
    try (RunFolder f = RunFolder.create(target)) {
      Files.writeString(f.staging().resolve("run.json"), "{}");
      f.commit();
      f.abort();
      assertThat(f.aborted()).isFalse();
    }
    assertThat(target.resolve("run.json")).hasContent("{}");
  }

  @Test
  void theFolderGetsTheDefaultPermissionsNotOwnerOnly() throws Exception {
    Path target = tmp.resolve("run");
    Path plain = Files.createDirectory(tmp.resolve("plain"));
    try (RunFolder f = RunFolder.create(target)) {
      f.commit();
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
  }

  @Test
  void unwritableLocationsSayWhy() throws Exception {
    Path file = Files.writeString(tmp.resolve("afile"), "x");
    assertThatThrownBy(() -> RunFolder.create(file.resolve("sub")))
        .isInstanceOf(HubscopeException.class)
        .hasMessage("cannot create output folder " + file.resolve("sub") + ": " + file + " exists and is not a folder");
    assertThatThrownBy(() -> RunFolder.create(Path.of("")))
        .isInstanceOf(HubscopeException.class)
        .hasMessage("the output folder's name is empty");
  }

  @Test
  void freshNamesAvoidTakenOnes() throws Exception {
    ZonedDateTime t = ZonedDateTime.of(2026, 11, 26, 5, 0, 0, 0, ZoneOffset.UTC);
    Path first = RunFolder.unused(tmp, RunFolder.stamp(t));
    assertThat(first.getFileName().toString()).isEqualTo("20261126-050000");
    Files.createDirectory(first);
    assertThat(RunFolder.unused(tmp, RunFolder.stamp(t)).getFileName().toString()).isEqualTo("20261126-050000-2");
  }
}
