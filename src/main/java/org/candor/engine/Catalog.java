package org.candor.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything loaded from a set of definition files. A file with problems contributes its problems
 * and nothing else; every other file still loads.
 *
 * @param questionnaires valid questionnaires, ordered by id then version
 * @param cases valid cases, ordered by id
 * @param problems every problem of every file, ordered by file, line and column
 * @param sections valid reusable sections, ordered by id
 */
public record Catalog(
    List<Questionnaire> questionnaires,
    List<Case> cases,
    List<DefinitionProblem> problems,
    List<ReusableSection> sections) {

  public static final Catalog EMPTY = new Catalog(List.of(), List.of(), List.of(), List.of());

  public Catalog {
    questionnaires = List.copyOf(questionnaires);
    cases = List.copyOf(cases);
    problems = List.copyOf(problems);
    sections = List.copyOf(sections);
  }

  /** The highest version of questionnaire {@code id} (versions compare number by number). */
  public Optional<Questionnaire> latest(String id) {
    return questionnaires.stream()
        .filter(q -> q.id().equals(id))
        .max(Comparator.comparing(Questionnaire::version, Versions.ORDER));
  }

  public Optional<Questionnaire> find(String id, String version) {
    return questionnaires.stream()
        .filter(q -> q.id().equals(id) && q.version().equals(version))
        .findFirst();
  }

  public Optional<Case> findCase(String id) {
    return cases.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public Optional<ReusableSection> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Whether no file had an error (warnings, such as missing translations, do not count). */
  public boolean valid() {
    return errors().isEmpty();
  }

  /** The problems that made a file unusable. */
  public List<DefinitionProblem> errors() {
    return problems.stream().filter(p -> !p.isWarning()).toList();
  }

  /** The problems that did not stop a file from loading, such as a missing translation. */
  public List<DefinitionProblem> warnings() {
    return problems.stream().filter(DefinitionProblem::isWarning).toList();
  }
}
