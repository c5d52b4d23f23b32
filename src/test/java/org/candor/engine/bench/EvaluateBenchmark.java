package org.candor.engine.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.candor.engine.Engine;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;
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
 * Time to evaluate a complete set of answers to a 60-question questionnaire: conditions, scores,
 * policy and the full explanation. The questionnaire is loaded (and its expressions compiled) once,
 * outside the measurement. Run with {@code mvn -o -Pbenchmark test-compile}; never run by the
 * normal build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluateBenchmark {

  private Questionnaire questionnaire;
  private Map<String, Object> answers;
  private Engine engine;

  @Setup
  public void load() {
    questionnaire = SixtyQuestions.questionnaire();
    answers = SixtyQuestions.answers();
    engine = new Engine();
  }

  @Benchmark
  public Recommendation evaluateSixtyQuestions() {
    return engine.evaluate(questionnaire, answers);
  }
}
