package org.candor.engine;

import java.util.List;
import java.util.Map;

/**
 * A documented episode for workshops, and a golden test of its questionnaire's policy: its answers
 * were checked against the questionnaire and lead to the expected outcome.
 *
 * @param questionnaireVersion the version (the latest at load time) the case was checked against
 * @param answers answer per question id, as the engine takes them
 * @param source the file it came from
 */
public record Case(
    String id,
    String title,
    String questionnaireId,
    String questionnaireVersion,
    String scenario,
    List<CaseSource> sources,
    Map<String, Object> answers,
    CaseExpectation expected,
    String justification,
    String whatHappened,
    String source) {
  public Case {
    sources = List.copyOf(sources);
    answers = Maps.frozen(answers);
  }
}
