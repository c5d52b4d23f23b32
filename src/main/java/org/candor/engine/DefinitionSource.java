package org.candor.engine;

import java.util.Objects;

/**
 * The text of one definition file.
 *
 * @param name how messages name the file, e.g. {@code surveys/quick-screen.yaml}
 * @param text the file's content
 */
public record DefinitionSource(String name, String text) {
  public DefinitionSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
  }
}
