package io.hubscope.util;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version, read from the build's filtered {@code hubscope-version.properties}. */
public final class BuildInfo {

  private static final String VERSION = load();

  private BuildInfo() {}

  /** The tool version (e.g. {@code 0.1.0-SNAPSHOT}). */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("/hubscope-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
