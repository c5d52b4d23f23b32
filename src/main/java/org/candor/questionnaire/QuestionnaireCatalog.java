package org.candor.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.candor.engine.Catalog;
import org.candor.engine.DefinitionProblem;
import org.candor.engine.DefinitionSource;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;

/**
 * Every questionnaire version Candor knows: those in the definition files loaded at startup and
 * every version stored earlier. A file that fails to load is reported and skipped; the rest load.
 */
@ApplicationScoped
public class QuestionnaireCatalog {

  private static final Logger LOG = Logger.getLogger(QuestionnaireCatalog.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject Clock clock;

  private final QuestionnaireLoader loader = new QuestionnaireLoader();
  private volatile Catalog catalog = new Catalog(List.of(), List.of(), List.of(), List.of());

  /** Loads the definition files, stores versions not seen before and refuses changed ones. */
  @Transactional
  public void load(List<DefinitionSource> sources) {
    Catalog fromFiles = loader.load(sources);
    List<DefinitionProblem> problems = new ArrayList<>(fromFiles.problems());
    Map<String, StoredQuestionnaire> stored = new LinkedHashMap<>();
    for (StoredQuestionnaire version : storedVersions()) {
      stored.put(key(version.questionnaireId(), version.version()), version);
    }
    Map<String, Questionnaire> usable = new LinkedHashMap<>();
    for (Questionnaire questionnaire : fromFiles.questionnaires()) {
      String key = key(questionnaire.id(), questionnaire.version());
      StoredQuestionnaire earlier = stored.get(key);
      if (earlier == null) {
        StoredQuestionnaire version =
            new StoredQuestionnaire(
                questionnaire.id(), questionnaire.version(), questionnaire.contentHash(), questionnaire.title(),
                questionnaire.source(), questionnaire.selfContainedYaml(), clock.instant());
        em.persist(version);
        usable.put(key, questionnaire);
      } else if (earlier.contentHash().equals(questionnaire.contentHash())) {
        usable.put(key, questionnaire);
      } else {
        problems.add(
            new DefinitionProblem(
                questionnaire.source(), 1, 1,
                "questionnaire '" + questionnaire.id() + "' version " + questionnaire.version()
                    + " was stored on " + earlier.firstLoadedAt() + " with different content (hash "
                    + earlier.contentHash().substring(0, 12) + "…, now " + questionnaire.contentHash().substring(0, 12)
                    + "…); give the changed questionnaire a new version. The stored version stays in use."));
      }
    }
    for (StoredQuestionnaire version : stored.values()) {
      String key = key(version.questionnaireId(), version.version());
      if (!usable.containsKey(key)) {
        restore(version).ifPresentOrElse(
            q -> usable.put(key, q),
            () -> problems.add(new DefinitionProblem("stored:" + key, 1, 1, "the stored version no longer loads; see the log")));
      }
    }
    problems.forEach(problem -> LOG.warning("Questionnaire definition problem: " + problem));
    catalog = new Catalog(List.copyOf(usable.values()), fromFiles.cases(), List.copyOf(problems), fromFiles.sections());
    LOG.info(() -> "Questionnaires available: " + usable.keySet() + "; definition problems: " + problems.size());
  }

  private Optional<Questionnaire> restore(StoredQuestionnaire version) {
    String name = "stored:" + key(version.questionnaireId(), version.version());
    Catalog restored = loader.load(List.of(new DefinitionSource(name, version.definition())));
    restored.problems().forEach(problem -> LOG.severe("Stored questionnaire does not load: " + problem));
    return restored.questionnaires().stream().findFirst();
  }

  private static String key(String id, String version) {
    return id + "@" + version;
  }

  /** The newest version of each questionnaire, by title. */
  public List<Questionnaire> latestVersions() {
    Catalog current = catalog;
    return current.questionnaires().stream()
        .map(Questionnaire::id)
        .distinct()
        .map(id -> current.latest(id).orElseThrow())
        .sorted(Comparator.comparing(Questionnaire::title))
        .toList();
  }

  public List<String> versionsOf(String id) {
    return catalog.questionnaires().stream().filter(q -> q.id().equals(id)).map(Questionnaire::version).toList();
  }

  public Optional<Questionnaire> latest(String id) {
    return catalog.latest(id);
  }

  public Optional<Questionnaire> find(String id, String version) {
    return catalog.find(id, version);
  }

  public List<DefinitionProblem> problems() {
    return catalog.problems();
  }

  /** Validates one definition as an author would submit it, with the loaded reusable sections. */
  public List<DefinitionProblem> validate(String sourceName, String yaml) {
    return loader.validate(new DefinitionSource(sourceName, yaml), catalog);
  }

  public List<StoredQuestionnaire> storedVersions() {
    return em.createQuery(
            "select v from StoredQuestionnaire v order by v.questionnaireId, v.firstLoadedAt", StoredQuestionnaire.class)
        .getResultList();
  }
}
