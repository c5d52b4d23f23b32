package org.candor.questionnaire;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.candor.engine.DefinitionSource;

/** Finds questionnaire definition files: bundled in the WAR, or in an institution's folder. */
final class DefinitionFiles {

  static final String BUNDLED_ROOT = "/WEB-INF/surveys/";

  private DefinitionFiles() {}

  /** Every YAML file under {@code WEB-INF/surveys}, named as in the source tree ("surveys/…"). */
  static List<DefinitionSource> bundled(ServletContext context) {
    List<DefinitionSource> sources = new ArrayList<>();
    collect(context, BUNDLED_ROOT, sources);
    return sources;
  }

  private static void collect(ServletContext context, String folder, List<DefinitionSource> sources) {
    Set<String> paths = context.getResourcePaths(folder);
    if (paths == null) {
      return;
    }
    for (String path : new TreeSet<>(paths)) {
      if (path.endsWith("/")) {
        if (!path.equals(BUNDLED_ROOT + "schema/")) {
          collect(context, path, sources);
        }
      } else if (isDefinition(path)) {
        try (InputStream in = context.getResourceAsStream(path)) {
          String name = "surveys/" + path.substring(BUNDLED_ROOT.length());
          sources.add(new DefinitionSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read bundled questionnaire " + path, e);
        }
      }
    }
  }

  /** Every YAML file under the folder, except its {@code schema/} folder, named by its full path. */
  static List<DefinitionSource> inFolder(Path folder) throws IOException {
    Path schema = folder.resolve("schema");
    try (Stream<Path> files = Files.walk(folder)) {
      List<Path> definitions =
          files.filter(Files::isRegularFile).filter(p -> !p.startsWith(schema)).filter(p -> isDefinition(p.toString())).sorted().toList();
      List<DefinitionSource> sources = new ArrayList<>();
      for (Path file : definitions) {
        sources.add(new DefinitionSource(file.toAbsolutePath().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
      return sources;
    }
  }

  private static boolean isDefinition(String path) {
    return path.endsWith(".yaml") || path.endsWith(".yml");
  }
}
