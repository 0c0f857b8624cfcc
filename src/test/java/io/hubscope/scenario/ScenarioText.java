package io.hubscope.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test fixture: the valid minimal scenario of the bad-input catalogue, with edits applied. */
final class ScenarioText {

  private final String text;

  private ScenarioText(String text) {
    this.text = text;
  }

  /** The valid minimal scenario (a trimmed quickstart). */
  static ScenarioText minimal() {
    try {
      return new ScenarioText(Files.readString(Path.of("src/test/resources/minimal-valid.yaml"),
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces text that occurs exactly once (fails the test otherwise, so edits never miss silently). */
  ScenarioText replace(String old, String replacement) {
    int first = text.indexOf(old);
    assertThat(first).as("'%s' occurs in the fixture", old).isNotNegative();
    assertThat(text.indexOf(old, first + 1)).as("'%s' occurs once", old).isNegative();
    return new ScenarioText(text.replace(old, replacement));
  }

  /** Validates the text as file {@code test.yaml}. */
  List<Diagnostic> validate() {
    return ScenarioLoader.validate("test.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  /** Validates and formats every diagnostic. */
  List<String> problems() {
    return validate().stream().map(Diagnostic::format).toList();
  }

  /** Loads the text, with a variant or not. */
  LoadedScenario load(String variant) throws ScenarioException {
    return ScenarioLoader.load("test.yaml", text.getBytes(StandardCharsets.UTF_8), variant);
  }

  @Override
  public String toString() {
    return text;
  }
}
