package org.candor.questionnaire;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import org.candor.engine.Catalog;
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

  @Resource ManagedExecutorService executor;

  /**
   * Reads the definition files and compiles them on another thread: compiling needs no database,
   * so at start-up it overlaps the migrations and the first account's password hash.
   */
  public CompletableFuture<Catalog> startCompiling(ServletContext context) {
    List<DefinitionSource> sources = definitionFiles(context);
    LOG.info(() -> "Loading " + sources.size() + " questionnaire definition files");
    return CompletableFuture.supplyAsync(() -> catalog.compile(sources), executor);
  }

  /** Waits for the compiled files and stores their new versions; a failure to compile fails here. */
  public void store(CompletableFuture<Catalog> compiling) {
    Catalog compiled;
    try {
      compiled = compiling.join();
    } catch (CompletionException e) {
      // the start-up must fail as it did when compiling ran on this thread, with the same exception
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
    catalog.store(compiled);
  }

  private List<DefinitionSource> definitionFiles(ServletContext context) {
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
    return sources;
  }
}
