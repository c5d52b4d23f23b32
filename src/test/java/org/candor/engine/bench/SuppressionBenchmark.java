package org.candor.engine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.candor.engine.suppression.ReleasedRow;
import org.candor.engine.suppression.Suppression;
import org.candor.engine.suppression.Tally;
import org.candor.engine.suppression.TallyRow;
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
 * Releasing the largest department table, "questions most often answered with a concerning
 * option": 60 questions over 8 quarters, a concerning and an other cell per quarter and the total
 * (1,440 tallies), each quarter released (primary and complementary suppression) and the quarters
 * combined into the period's row. Counts are random (fixed seed), a fifth of them from fewer than
 * k = 5 respondents, so every branch of the suppression runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SuppressionBenchmark {

  private static final int QUESTIONS = 60;
  private static final int QUARTERS = 8;

  private final Suppression suppression = new Suppression(Suppression.MINIMUM_THRESHOLD);
  private List<List<TallyRow>> questions;

  @Setup
  public void department() {
    Random random = new Random(60);
    questions = new ArrayList<>();
    for (int q = 0; q < QUESTIONS; q++) {
      List<TallyRow> quarters = new ArrayList<>();
      for (int quarter = 0; quarter < QUARTERS; quarter++) {
        Tally concerning = tally(random);
        Tally other = tally(random);
        long answers = concerning.value() + other.value();
        // some people gave both kinds of answer, so the total has fewer respondents than the cells together
        Tally total = answers == 0 ? Tally.NONE
            : new Tally(answers, Math.max(concerning.respondents(), other.respondents()) + random.nextInt(3));
        quarters.add(new TallyRow(List.of(concerning, other), total));
      }
      questions.add(quarters);
    }
  }

  private static Tally tally(Random random) {
    int respondents = random.nextDouble() < 0.2 ? random.nextInt(5) : 5 + random.nextInt(60);
    return respondents == 0 ? Tally.NONE : new Tally(respondents + random.nextInt(respondents * 2), respondents);
  }

  @Benchmark
  public List<ReleasedRow> releaseSixtyQuestionsOverEightQuarters() {
    List<ReleasedRow> periods = new ArrayList<>(QUESTIONS);
    for (List<TallyRow> quarters : questions) {
      List<ReleasedRow> released = new ArrayList<>(QUARTERS);
      for (TallyRow row : quarters) {
        released.add(suppression.release(row));
      }
      periods.add(Suppression.combine(released, 2));
    }
    return periods;
  }
}
