package org.candor.engine;

import java.util.List;

/**
 * A questionnaire's content as plain data (records all the way down), for serialising with JSON-B
 * or showing in views. {@link Questionnaire} itself also holds compiled expressions, so it is not
 * meant to be serialised.
 */
public record QuestionnaireContent(
    String id,
    String version,
    String title,
    String summary,
    String contentHash,
    List<Dimension> dimensions,
    List<Section> sections,
    List<Rule> rules,
    List<StagePlan> stagePlans,
    List<Prompt> prompts) {

  public QuestionnaireContent {
    dimensions = List.copyOf(dimensions);
    sections = List.copyOf(sections);
    rules = List.copyOf(rules);
    stagePlans = List.copyOf(stagePlans);
    prompts = List.copyOf(prompts);
  }
}
