package io.hubscope.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads a scenario file through every check: safe YAML parsing, the JSON Schema (unknown keys with suggestions,
 * types, enums, required keys), binding, semantic checks, and the same again for each variant. Collects all errors
 * of a file before failing.
 */
public final class ScenarioLoader {

  private ScenarioLoader() {}

  /**
   * Loads and checks a scenario, with a variant applied.
   *
   * @param file scenario file
   * @param variant variant id, or null / {@code baseline} for the base scenario
   * @return the checked scenario
   * @throws ScenarioException listing every problem when the file is not valid
   */
  public static LoadedScenario load(Path file, String variant) throws ScenarioException {
    String name = file.toString();
    return load(file, name, readBytes(file, name), variant);
  }

  /**
   * Loads and checks a scenario held in memory (for tools and tests), with a variant applied.
   *
   * @param name file name for messages
   * @param bytes the file's bytes (UTF-8)
   * @param variant variant id, or null / {@code baseline} for the base scenario
   * @return the checked scenario
   * @throws ScenarioException listing every problem when the text is not valid
   */
  public static LoadedScenario load(String name, byte[] bytes, String variant) throws ScenarioException {
    return load(Path.of(name), name, bytes, variant);
  }

  /**
   * Loads a scenario with a variant applied, lets the caller change the resolved tree, and checks the changed tree
   * through every check again (what {@code hubscope sweep} does for each grid point). Diagnostics about the change
   * point at the value it replaced, or at the nearest enclosing value, and end with {@code [with <label>]}.
   *
   * @param file scenario file
   * @param variant variant id, or null / {@code baseline} for the base scenario
   * @param label what the change is, for messages (e.g. {@code network.routing.hubShares.LGG=0.7})
   * @param edit changes the tree in place; an {@link IllegalArgumentException} it throws propagates unchanged
   * @return the checked scenario, with the changed tree and the variant id
   * @throws ScenarioException when the file, the variant or the changed tree is not valid
   */
  public static LoadedScenario loadEdited(Path file, String variant, String label, Consumer<JsonNode> edit)
      throws ScenarioException {
    LoadedScenario loaded = load(file, variant);
    String name = file.toString();
    JsonNode tree = loaded.tree().deepCopy();
    edit.accept(tree);
    SourceMap locations = YamlTreeReader.read(name, decode(readBytes(file, name), name)).sourceMap();
    List<Diagnostic> warnings = new ArrayList<>();
    try {
      Scenario scenario = checkTree(name, tree, locations, warnings);
      return new LoadedScenario(file, loaded.sha256(), loaded.variant(), tree, scenario,
          warnings.stream().map(d -> with(d, label)).toList());
    } catch (ScenarioException e) {
      throw new ScenarioException(e.diagnostics().stream().map(d -> with(d, label)).toList());
    }
  }

  private static Diagnostic with(Diagnostic d, String label) {
    return new Diagnostic(d.severity(), d.file(), d.location(), d.path(), d.message() + " [with " + label + "]",
        d.hint());
  }

  private static LoadedScenario load(Path file, String name, byte[] bytes, String variant) throws ScenarioException {
    String text = decode(bytes, name);
    YamlTreeReader.Parsed parsed = YamlTreeReader.read(name, text);
    List<Diagnostic> baseWarnings = new ArrayList<>();
    Scenario base = checkTree(name, parsed.tree(), parsed.sourceMap(), baseWarnings);
    String sha = sha256(bytes);
    if (variant == null || variant.equals(LoadedScenario.BASELINE)) {
      return new LoadedScenario(file, sha, LoadedScenario.BASELINE, parsed.tree(), base, baseWarnings);
    }
    List<Diagnostic> warnings = new ArrayList<>();
    int index = indexOfVariant(base, variant);
    if (index < 0) {
      List<String> ids = base.variants().stream().map(VariantSpec::id).toList();
      String near = NameSuggester.didYouMean(variant, ids);
      throw new ScenarioException(List.of(new Diagnostic(Diagnostic.Severity.ERROR, name,
          parsed.sourceMap().locate("/variants"), "variants",
          "no variant named '" + variant + "'",
          ids.isEmpty() ? "this scenario defines no variants"
              : (near == null ? "" : near + " ") + "valid variants: " + String.join(", ", ids))));
    }
    VariantSpec v = base.variants().get(index);
    try {
      Applied applied = applyVariant(name, parsed.tree(), parsed.sourceMap(), v, index);
      Scenario scenario = checkTree(name, applied.tree(), applied.sourceMap(), warnings);
      return new LoadedScenario(file, sha, variant, applied.tree(), scenario,
          warnings.stream().map(d -> inVariant(d, v.id())).toList());
    } catch (ScenarioException e) {
      throw new ScenarioException(e.diagnostics().stream().map(d -> inVariant(d, v.id())).toList());
    }
  }

  /**
   * Checks a file and every variant in it, collecting all problems (what {@code hubscope validate} reports).
   *
   * @param file scenario file
   * @return every diagnostic, in file order; the file is valid when none is an error
   */
  public static List<Diagnostic> validate(Path file) {
    String name = file.toString();
    try {
      return validate(name, readBytes(file, name));
    } catch (ScenarioException e) {
      return e.diagnostics();
    }
  }

  /**
   * Checks a scenario held in memory and every variant in it, collecting all problems. Never throws for bad input:
   * every problem, down to bytes that are not UTF-8, comes back as a diagnostic.
   *
   * @param name file name for messages
   * @param bytes the file's bytes (UTF-8)
   * @return every diagnostic, in file order; the text is valid when none is an error
   */
  public static List<Diagnostic> validate(String name, byte[] bytes) {
    List<Diagnostic> all = new ArrayList<>();
    try {
      YamlTreeReader.Parsed parsed = YamlTreeReader.read(name, decode(bytes, name));
      Scenario base = checkTree(name, parsed.tree(), parsed.sourceMap(), all);
      List<Diagnostic> baseDiagnostics = List.copyOf(all);
      for (int i = 0; i < base.variants().size(); i++) {
        VariantSpec v = base.variants().get(i);
        List<Diagnostic> variantDiagnostics = new ArrayList<>();
        try {
          Applied applied = applyVariant(name, parsed.tree(), parsed.sourceMap(), v, i);
          checkTree(name, applied.tree(), applied.sourceMap(), variantDiagnostics);
        } catch (ScenarioException e) {
          variantDiagnostics = e.diagnostics();
        }
        for (Diagnostic d : variantDiagnostics) {
          if (!baseDiagnostics.contains(d)) {
            all.add(inVariant(d, v.id()));
          }
        }
      }
    } catch (ScenarioException e) {
      for (Diagnostic d : e.diagnostics()) {
        if (!all.contains(d)) {
          all.add(d);
        }
      }
    }
    all.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
        .thenComparingInt(d -> d.location().column()));
    return all;
  }

  private static Diagnostic inVariant(Diagnostic d, String variant) {
    return new Diagnostic(d.severity(), d.file(), d.location(), d.path(),
        d.message() + " [in variant '" + variant + "']", d.hint());
  }

  private static Scenario checkTree(String name, JsonNode tree, SourceMap sourceMap, List<Diagnostic> sink)
      throws ScenarioException {
    List<Diagnostic> schemaProblems = ScenarioSchema.validate(name, tree, sourceMap);
    if (!schemaProblems.isEmpty()) {
      throw new ScenarioException(schemaProblems);
    }
    Scenario scenario = ScenarioBinder.bind(name, tree, sourceMap);
    List<Diagnostic> semantic = ScenarioChecker.check(name, scenario, sourceMap);
    if (semantic.stream().anyMatch(Diagnostic::isError)) {
      throw new ScenarioException(semantic);
    }
    sink.addAll(semantic);
    return scenario;
  }

  private static int indexOfVariant(Scenario s, String id) {
    for (int i = 0; i < s.variants().size(); i++) {
      if (s.variants().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** A variant applied: the new tree, and locations that point at the variant for the values it brought in. */
  private record Applied(JsonNode tree, SourceMap sourceMap) {}

  private static Applied applyVariant(
      String name, JsonNode tree, SourceMap sourceMap, VariantSpec v, int index) throws ScenarioException {
    JsonNode copy = tree.deepCopy();
    SourceMap locations = sourceMap.copy();
    List<Diagnostic> problems = new ArrayList<>();
    String base = "/variants/" + index;
    if (v.set() != null) {
      for (Map.Entry<String, JsonNode> e : v.set().entrySet()) {
        String source = base + "/set/" + escape(e.getKey());
        apply(name, sourceMap, source, problems, () -> {
          ScenarioPath path = ScenarioPath.parse(e.getKey());
          String target = path.pointer(copy);
          path.set(copy, e.getValue().deepCopy());
          if (target != null) {
            locations.graft(target, source);
          }
        });
      }
    }
    if (v.append() != null) {
      for (Map.Entry<String, List<JsonNode>> e : v.append().entrySet()) {
        String source = base + "/append/" + escape(e.getKey());
        apply(name, sourceMap, source, problems, () -> {
          ScenarioPath path = ScenarioPath.parse(e.getKey());
          String target = path.pointer(copy);
          JsonNode before = path.get(copy);
          int size = before == null ? 0 : before.size();
          path.append(copy, e.getValue().stream().<JsonNode>map(JsonNode::deepCopy).toList());
          if (target != null && before == null) {
            locations.graft(target, source);
          } else if (target != null) {
            for (int k = 0; k < e.getValue().size(); k++) {
              locations.graft(target + "/" + (size + k), source + "/" + k);
            }
          }
        });
      }
    }
    if (v.remove() != null) {
      for (int i = 0; i < v.remove().size(); i++) {
        String text = v.remove().get(i);
        apply(name, sourceMap, base + "/remove/" + i, problems, () -> {
          ScenarioPath path = ScenarioPath.parse(text);
          String target = path.pointer(copy);
          JsonNode parent = target == null ? null : copy.at(target.substring(0, target.lastIndexOf('/')));
          int size = parent == null ? 0 : parent.size();
          path.remove(copy);
          if (target != null && path.endsWithListItem()) {
            int slash = target.lastIndexOf('/');
            locations.dropListItem(target.substring(0, slash), Integer.parseInt(target.substring(slash + 1)), size);
          } else if (target != null) {
            locations.dropKey(target);
          }
        });
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode obj) {
      obj.remove("variants");
    }
    return new Applied(copy, locations);
  }

  private static void apply(String name, SourceMap sourceMap, String pointer, List<Diagnostic> problems,
      Runnable action) {
    try {
      action.run();
    } catch (IllegalArgumentException e) {
      problems.add(new Diagnostic(Diagnostic.Severity.ERROR, name, sourceMap.locateKey(pointer),
          SourceMap.dotted(pointer), e.getMessage(),
          "paths are dotted keys with [n] or [id=value] list selectors, e.g. parties[id=hub].group"));
    }
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static byte[] readBytes(Path file, String name) throws ScenarioException {
    try {
      if (Files.isDirectory(file)) {
        throw fileProblem(name, "is a directory, not a scenario file", "give the path of a .yaml file");
      }
      long size = Files.size(file);
      if (size > YamlTreeReader.MAX_CHARS) {
        throw fileProblem(name, "file is too large (" + size + " bytes, limit " + YamlTreeReader.MAX_CHARS + ")",
            "a scenario is a few hundred lines of YAML");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw fileProblem(name, "file not found", "check the path; shipped scenarios are in scenarios/");
    } catch (IOException e) {
      throw fileProblem(name, "cannot read file: " + e.getMessage(), "check permissions");
    }
  }

  private static String decode(byte[] bytes, String name) throws ScenarioException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw fileProblem(name, "file is not valid UTF-8 text", "save the scenario as UTF-8");
    }
  }

  private static ScenarioException fileProblem(String name, String message, String hint) {
    return new ScenarioException(List.of(
        new Diagnostic(Diagnostic.Severity.ERROR, name, SourceLocation.START, "(file)", message, hint)));
  }

  /**
   * Hex SHA-256 of some bytes.
   *
   * @param bytes input
   * @return lowercase hex digest
   */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
