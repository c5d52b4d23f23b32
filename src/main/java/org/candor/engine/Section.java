package org.candor.engine;

import java.util.List;

/** A section of a questionnaire as people see it (reusable sections already inlined). */
public record Section(String id, String title, String description, List<Question> questions) {
  public Section {
    questions = List.copyOf(questions);
  }
}
