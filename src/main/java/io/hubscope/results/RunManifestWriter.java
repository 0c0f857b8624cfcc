package io.hubscope.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.hubscope.util.HubscopeException;
import java.io.IOException;
import java.nio.file.Path;

/** Writes {@code run.json} (pretty-printed JSON). */
public final class RunManifestWriter {

  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private RunManifestWriter() {}

  /**
   * Writes the manifest.
   *
   * @param file target
   * @param manifest content
   */
  public static void write(Path file, RunManifest manifest) {
    try {
      MAPPER.writeValue(file.toFile(), manifest);
    } catch (IOException e) {
      throw HubscopeException.cannotWrite(file, e);
    }
  }

  /**
   * Reads a manifest back (compare, export).
   *
   * @param file run.json
   * @return the manifest
   * @throws IOException when unreadable
   */
  public static RunManifest read(Path file) throws IOException {
    return MAPPER.readValue(file.toFile(), RunManifest.class);
  }
}
