package org.candor.engine.divergence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.candor.engine.DimensionScore;
import org.candor.engine.NumberSpec;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.Recommendation;

/**
 * Measures disagreement between members' answers with a measure suited to each question type (see
 * {@link Measure}). Answers are the engine's values: String, List of String, Number.
 */
public final class Divergence {

  private Divergence() {}

  /**
   * Every question at least one member answered, most disputed first; questions with equal scores
   * keep questionnaire order, and unmeasured (text) questions come last.
   *
   * @param memberAnswers each member's answers by question id
   */
  public static List<QuestionDivergence> rank(Questionnaire questionnaire, Collection<Map<String, Object>> memberAnswers) {
    List<QuestionDivergence> ranked = new ArrayList<>();
    for (Question question : questionnaire.questions()) {
      List<Object> given = new ArrayList<>();
      for (Map<String, Object> answers : memberAnswers) {
        Object value = answers.get(question.id());
        if (value != null) {
          given.add(value);
        }
      }
      if (!given.isEmpty()) {
        ranked.add(measure(question, given));
      }
    }
    // A stable sort keeps questionnaire order among equals.
    ranked.sort(Comparator.comparing((QuestionDivergence d) -> d.score() == null ? -1.0 : d.score()).reversed());
    return ranked;
  }

  /** The divergence of the answers members gave to one question (unanswered ones left out). */
  public static QuestionDivergence measure(Question question, List<Object> answers) {
    return switch (question.type()) {
      case SINGLE, YESNO -> choices(question, answers);
      case MULTI -> multipleChoices(question, answers);
      case SCALE -> range(question, answers, question.scale().max() - question.scale().min());
      case NUMBER -> number(question, answers);
      case TEXT -> new QuestionDivergence(question.id(), Measure.NONE, null, answers.size(), List.of());
    };
  }

  /**
   * For each dimension, the lowest and highest score among members' own recommendations, in the
   * dimensions' order.
   */
  public static List<DimensionSpread> scoreSpread(List<Recommendation> memberRecommendations) {
    Map<String, DimensionSpread> spread = new LinkedHashMap<>();
    for (Recommendation recommendation : memberRecommendations) {
      for (DimensionScore score : recommendation.scores()) {
        spread.merge(
            score.dimension(),
            new DimensionSpread(score.dimension(), score.label(), score.normalised(), score.normalised(), 1),
            (a, b) -> new DimensionSpread(a.dimension(), a.label(), Math.min(a.lowest(), b.lowest()), Math.max(a.highest(), b.highest()), a.members() + 1));
      }
    }
    return List.copyOf(spread.values());
  }

  private static QuestionDivergence choices(Question question, List<Object> answers) {
    Map<String, Integer> counts = optionCounts(question);
    answers.forEach(value -> counts.merge(String.valueOf(value), 1, Integer::sum));
    int n = answers.size();
    int modal = counts.values().stream().max(Integer::compare).orElse(0);
    // Evenly spread: n answers over at most min(n, options) different values.
    int spreadOver = Math.min(n, Math.max(counts.size(), 1));
    double most = 1 - 1.0 / spreadOver;
    double score = n < 2 || most == 0 ? 0 : (1 - (double) modal / n) / most;
    return new QuestionDivergence(question.id(), Measure.NON_MODAL_SHARE, clamp(score), n, QuestionDivergence.counts(counts));
  }

  private static QuestionDivergence multipleChoices(Question question, List<Object> answers) {
    Map<String, Integer> counts = optionCounts(question);
    List<Set<String>> sets = new ArrayList<>();
    for (Object value : answers) {
      Set<String> chosen = new HashSet<>();
      for (Object item : (Collection<?>) value) {
        chosen.add(String.valueOf(item));
        counts.merge(String.valueOf(item), 1, Integer::sum);
      }
      sets.add(chosen);
    }
    double total = 0;
    int pairs = 0;
    for (int i = 0; i < sets.size(); i++) {
      for (int j = i + 1; j < sets.size(); j++) {
        total += jaccardDistance(sets.get(i), sets.get(j));
        pairs++;
      }
    }
    double score = pairs == 0 ? 0 : total / pairs;
    return new QuestionDivergence(question.id(), Measure.MEAN_JACCARD_DISTANCE, clamp(score), answers.size(), QuestionDivergence.counts(counts));
  }

  static double jaccardDistance(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return 1 - (double) both.size() / union.size();
  }

  private static QuestionDivergence number(Question question, List<Object> answers) {
    NumberSpec spec = question.number();
    if (spec.min() != null && spec.max() != null) {
      return range(question, answers, spec.max() - spec.min());
    }
    // Without declared bounds the range is taken relative to the answers' own size: 10 and 20
    // differ by a third of |10| + |20|, 0 and 100 entirely.
    double lowest = answers.stream().mapToDouble(v -> ((Number) v).doubleValue()).min().orElse(0);
    double highest = answers.stream().mapToDouble(v -> ((Number) v).doubleValue()).max().orElse(0);
    return range(question, answers, Math.abs(lowest) + Math.abs(highest));
  }

  private static QuestionDivergence range(Question question, List<Object> answers, double width) {
    TreeMap<Double, Integer> byValue = new TreeMap<>();
    answers.forEach(v -> byValue.merge(((Number) v).doubleValue(), 1, Integer::sum));
    double spread = byValue.isEmpty() ? 0 : byValue.lastKey() - byValue.firstKey();
    double score = width > 0 ? spread / width : 0;
    Map<String, Integer> counts = new LinkedHashMap<>();
    byValue.forEach((value, members) -> counts.put(format(value), members));
    return new QuestionDivergence(question.id(), Measure.NORMALISED_RANGE, clamp(score), answers.size(), QuestionDivergence.counts(counts));
  }

  private static Map<String, Integer> optionCounts(Question question) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    question.optionValues().forEach(value -> counts.put(value, 0));
    return counts;
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(1, score));
  }
}
