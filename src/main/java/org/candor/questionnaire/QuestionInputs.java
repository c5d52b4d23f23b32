package org.candor.questionnaire;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import org.candor.engine.Question;

/** What the answer inputs on pages need from a question beyond its record. */
@Named
@ApplicationScoped
public class QuestionInputs {

  /** The points of a rating scale, from its minimum to its maximum. */
  public List<String> scalePoints(Question question) {
    return IntStream.rangeClosed(question.scale().min(), question.scale().max()).mapToObj(String::valueOf).toList();
  }
}
