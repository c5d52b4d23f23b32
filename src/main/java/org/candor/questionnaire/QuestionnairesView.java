package org.candor.questionnaire;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.candor.engine.DefinitionProblem;
import org.candor.engine.Questionnaire;
import org.candor.language.LanguageSelection;

/** The questionnaires as the home page lists them and as the administrator's load report shows them. */
@Named
@RequestScoped
public class QuestionnairesView {

  @Inject QuestionnaireCatalog catalog;
  @Inject LanguageSelection language;

  private List<StoredQuestionnaire> stored;

  public List<Questionnaire> getLatest() {
    return catalog.latestVersions().stream().map(language::translate).toList();
  }

  public List<DefinitionProblem> getProblems() {
    return catalog.problems();
  }

  public List<StoredQuestionnaire> getStored() {
    if (stored == null) {
      stored = catalog.storedVersions();
    }
    return stored;
  }
}
