package org.parquetframe.cli;

import java.util.Locale;

/** How {@link SyntheticGraph} draws the endpoints of its edges. */
public enum GraphModel {
  /** Both endpoints uniform over all vertices (Erdős–Rényi G(n, m)): every vertex has about the same degree. */
  UNIFORM,
  /**
   * R-MAT (Chakrabarti, Zhan and Faloutsos, SDM 2004) with the Graph500 quadrant probabilities,
   * as the GAP benchmark's Kronecker graphs: a few hubs with huge degrees, many small vertices.
   */
  RMAT;

  /** The name on the command line: {@code uniform} or {@code rmat}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The model named {@code text} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the choices when there is no such model
   */
  public static GraphModel parse(String text) {
    for (GraphModel model : values()) {
      if (model.cliName().equalsIgnoreCase(text.trim())) {
        return model;
      }
    }
    throw new IllegalArgumentException("unknown graph model '" + text + "'; choose uniform or rmat");
  }
}
