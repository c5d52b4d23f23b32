package org.candor.engine;

import java.util.List;
import java.util.Map;

/**
 * The lowest and highest raw score each dimension can reach: the sum over questions of the lowest
 * and highest contribution each question can make. A question that may stay unanswered (optional,
 * or with a showIf) can also contribute 0. How showIf conditions combine is not considered.
 */
final class Ranges {

  private Ranges() {}

  /** [dimension][0 = min, 1 = max] */
  static double[][] of(List<Question> questions, List<String> dimensions) {
    double[][] ranges = new double[dimensions.size()][2];
    for (Question question : questions) {
      boolean mayBeEmpty = !question.required() || question.showIf() != null;
      for (int d = 0; d < dimensions.size(); d++) {
        double[] range = contribution(question, dimensions.get(d), mayBeEmpty);
        ranges[d][0] += range[0];
        ranges[d][1] += range[1];
      }
    }
    return ranges;
  }

  private static double[] contribution(Question question, String dimension, boolean mayBeEmpty) {
    double low = mayBeEmpty ? 0 : Double.POSITIVE_INFINITY;
    double high = mayBeEmpty ? 0 : Double.NEGATIVE_INFINITY;
    switch (question.type()) {
      case SINGLE -> {
        for (Option option : question.options()) {
          double w = option.weights().getOrDefault(dimension, 0.0);
          low = Math.min(low, w);
          high = Math.max(high, w);
        }
      }
      case YESNO -> {
        for (String value : Question.YESNO_VALUES) {
          Map<String, Double> w = question.answerWeights().getOrDefault(value, Map.of());
          low = Math.min(low, w.getOrDefault(dimension, 0.0));
          high = Math.max(high, w.getOrDefault(dimension, 0.0));
        }
      }
      case MULTI -> {
        double negatives = 0;
        double positives = 0;
        double smallest = Double.POSITIVE_INFINITY;
        double largest = Double.NEGATIVE_INFINITY;
        for (Option option : question.options()) {
          double w = option.weights().getOrDefault(dimension, 0.0);
          negatives += Math.min(0, w);
          positives += Math.max(0, w);
          smallest = Math.min(smallest, w);
          largest = Math.max(largest, w);
        }
        // At least one option is chosen when answered: with no negative weight the least is the
        // smallest single weight; with no positive weight the most is the largest single weight.
        low = Math.min(low, negatives < 0 ? negatives : smallest);
        high = Math.max(high, positives > 0 ? positives : largest);
      }
      case SCALE -> {
        double w = question.weights().getOrDefault(dimension, 0.0);
        double span = question.scale().max() - question.scale().min();
        low = Math.min(low, Math.min(0, w * span));
        high = Math.max(high, Math.max(0, w * span));
      }
      case NUMBER -> {
        double w = question.weights().getOrDefault(dimension, 0.0);
        if (w != 0 && question.number().min() != null && question.number().max() != null) {
          double a = w * question.number().min();
          double b = w * question.number().max();
          low = Math.min(low, Math.min(a, b));
          high = Math.max(high, Math.max(a, b));
        } else {
          low = Math.min(low, 0);
          high = Math.max(high, 0);
        }
      }
      case TEXT -> {
        low = Math.min(low, 0);
        high = Math.max(high, 0);
      }
    }
    return new double[] {low, high};
  }
}
