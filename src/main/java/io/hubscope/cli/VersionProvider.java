package io.hubscope.cli;

import io.hubscope.util.BuildInfo;
import picocli.CommandLine.IVersionProvider;

/** Prints the tool version and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
        "hubscope " + BuildInfo.version(),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
