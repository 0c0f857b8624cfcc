package io.hubscope.network;

import java.util.List;
import java.util.Locale;

/** Graph file formats, chosen by file extension. */
public enum GraphFormat {
  /** GraphML (XML), read by Gephi, yEd, NetworkX, igraph. */
  GRAPHML(List.of(".graphml")),
  /** Graphviz DOT. */
  DOT(List.of(".dot", ".gv")),
  /** GEXF (Gephi). */
  GEXF(List.of(".gexf"));

  private final List<String> extensions;

  GraphFormat(List<String> extensions) {
    this.extensions = extensions;
  }

  /** The file extensions of the format, with the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /**
   * The format of a file name.
   *
   * @param fileName file name or path
   * @return the format
   * @throws IllegalArgumentException for an unsupported extension, listing the supported ones
   */
  public static GraphFormat fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (GraphFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException("cannot tell the graph format of '" + fileName
        + "': supported extensions are .graphml, .dot, .gv, .gexf");
  }
}
