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
import org.candor.engine.Case;
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

  /** Loads and validates definition files. Needs no database, so it may run before the migrations. */
  public Catalog compile(List<DefinitionSource> sources) {
    return loader.load(sources);
  }

  /** Stores the compiled files' versions not seen before, refuses changed ones, and serves the rest. */
  @Transactional
  public void store(Catalog fromFiles) {
    List<DefinitionProblem> problems = new ArrayList<>(fromFiles.problems());
    Map<String, StoredQuestionnaire> stored = new LinkedHashMap<>();
    Map<String, VersionLedger.Stored> ledger = new LinkedHashMap<>();
    for (StoredQuestionnaire version : storedVersions()) {
      String key = VersionLedger.key(version.questionnaireId(), version.version());
      stored.put(key, version);
      ledger.put(key, new VersionLedger.Stored(version.contentHash(), version.firstLoadedAt()));
    }
    VersionLedger.Decision decision = VersionLedger.decide(fromFiles.questionnaires(), ledger);
    for (Questionnaire questionnaire : decision.toStore()) {
      em.persist(
          new StoredQuestionnaire(
              questionnaire.id(), questionnaire.version(), questionnaire.contentHash(), questionnaire.title(),
              questionnaire.source(), questionnaire.selfContainedYaml(), clock.instant()));
    }
    problems.addAll(decision.conflicts());
    Map<String, Questionnaire> usable = new LinkedHashMap<>(decision.usable());
    for (StoredQuestionnaire version : stored.values()) {
      String key = VersionLedger.key(version.questionnaireId(), version.version());
      if (!usable.containsKey(key)) {
        restore(version).ifPresentOrElse(
            q -> usable.put(key, q),
            () -> problems.add(new DefinitionProblem("stored:" + key, 1, 1, "the stored version no longer loads; see the log")));
      }
    }
    problems.forEach(
        problem -> LOG.warning((problem.isWarning() ? "Questionnaire definition warning: " : "Questionnaire definition problem: ") + problem));
    catalog = new Catalog(List.copyOf(usable.values()), fromFiles.cases(), List.copyOf(problems), fromFiles.sections());
    LOG.info(() -> "Questionnaires available: " + usable.keySet() + "; definition problems and warnings: " + problems.size());
  }

  private Optional<Questionnaire> restore(StoredQuestionnaire version) {
    String name = "stored:" + VersionLedger.key(version.questionnaireId(), version.version());
    Catalog restored = loader.load(List.of(new DefinitionSource(name, version.definition())));
    // a stored version only needs to load; its warnings (missing translations) were shown when its file was loaded
    restored.errors().forEach(problem -> LOG.severe("Stored questionnaire does not load: " + problem));
    return restored.questionnaires().stream().findFirst();
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

  /** The workshop cases, by id. */
  public List<Case> cases() {
    return catalog.cases();
  }

  public Optional<Case> findCase(String id) {
    return catalog.findCase(id);
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
