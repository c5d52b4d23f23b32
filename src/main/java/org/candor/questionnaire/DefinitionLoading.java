package org.candor.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.candor.engine.DefinitionSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Gathers the bundled and the institution's definition files and hands them to the catalog. */
@ApplicationScoped
public class DefinitionLoading {

  private static final Logger LOG = Logger.getLogger(DefinitionLoading.class.getName());

  @Inject QuestionnaireCatalog catalog;

  @Inject
  @ConfigProperty(name = "candor.surveys.dir")
  Optional<String> institutionFolder;

  public void loadAll(ServletContext context) {
    List<DefinitionSource> sources = new ArrayList<>(DefinitionFiles.bundled(context));
    institutionFolder.filter(f -> !f.isBlank()).map(Path::of).ifPresent(folder -> {
      if (!Files.isDirectory(folder)) {
        LOG.severe("CANDOR_SURVEYS_DIR " + folder.toAbsolutePath() + " is not a folder; only the bundled questionnaires are loaded.");
        return;
      }
      try {
        sources.addAll(DefinitionFiles.inFolder(folder));
      } catch (IOException e) {
        LOG.severe("Cannot read CANDOR_SURVEYS_DIR " + folder.toAbsolutePath() + ": " + e);
      }
    });
    LOG.info(() -> "Loading " + sources.size() + " questionnaire definition files");
    catalog.load(sources);
  }
}
