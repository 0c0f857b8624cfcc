package io.hubscope.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

class FileErrorsTest {

  @Test
  void saysWhyRatherThanRepeatingThePath() {
    assertThat(FileErrors.reason(new AccessDeniedException("/srv/out"))).isEqualTo("permission denied");
    assertThat(FileErrors.reason(new FileSystemException("/srv/out", null, "Read-only file system")))
        .isEqualTo("Read-only file system");
    assertThat(FileErrors.reason(new IOException("No space left on device"))).isEqualTo("No space left on device");
    assertThat(FileErrors.reason(new IOException())).isEqualTo("IOException");
  }
}
