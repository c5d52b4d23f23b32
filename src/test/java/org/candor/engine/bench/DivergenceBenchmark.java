package org.candor.engine.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.candor.engine.Engine;
import org.candor.engine.Question;
import org.candor.engine.QuestionType;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
import org.candor.engine.divergence.DimensionSpread;
import org.candor.engine.divergence.Divergence;
import org.candor.engine.divergence.QuestionDivergence;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Where we disagree" for a team of 8 on the 60-question questionnaire: each question's divergence,
 * ranked, and the spread of the members' dimension scores. Members start from the same answers and
 * each reads about a third of the choice questions their own way (a fixed seed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DivergenceBenchmark {

  private static final int MEMBERS = 8;

  private Questionnaire questionnaire;
  private List<Map<String, Object>> members;
  private List<Recommendation> recommendations;

  @Setup
  public void team() {
    questionnaire = SixtyQuestions.questionnaire();
    Map<String, Object> shared = SixtyQuestions.answers();
    Random random = new Random(8);
    members = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      Map<String, Object> own = new LinkedHashMap<>(shared);
      for (Question question : questionnaire.questions()) {
        List<String> options = question.optionValues();
        if (!options.isEmpty() && random.nextDouble() < 0.35) {
          String choice = options.get(random.nextInt(options.size()));
          own.put(question.id(), question.type() == QuestionType.MULTI ? List.of(choice) : choice);
        }
      }
      members.add(own);
    }
    Engine engine = new Engine();
    recommendations = members.stream().map(answers -> engine.evaluate(questionnaire, answers)).toList();
  }

  @Benchmark
  public List<QuestionDivergence> rankQuestionsOfTeamOfEight() {
    return Divergence.rank(questionnaire, members);
  }

  @Benchmark
  public List<DimensionSpread> scoreSpreadOfTeamOfEight() {
    return Divergence.scoreSpread(recommendations);
  }
}
