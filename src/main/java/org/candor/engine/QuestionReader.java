package org.candor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.candor.engine.expression.ExpressionCompiler;
import org.candor.engine.expression.Suggest;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;

/**
 * Reads questions and checks what can be checked about one question on its own: ids, option values,
 * ranges and the dimensions its weights use. Expressions are checked later, in the questionnaire.
 */
final class QuestionReader {

  static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]*$");

  /** The largest weight, either way: far beyond any sensible weight, far below where sums overflow. */
  static final double MAX_WEIGHT = 1_000;

  /** A question as read, with where it came from; {@code question} is null when it could not be read. */
  record Draft(YamlMap node, String source, String id, QuestionType type, Question question) {}

  private final String source;
  private final Problems problems;
  private final TextReader texts;
  private final List<String> dimensions;
  private final String undeclaredDimension;
  private final boolean report;

  /**
   * @param texts reads the question texts of the file the questions are in
   * @param dimensions the dimensions weights may use, in declaration order
   * @param undeclaredDimension how to end the message for a weight on another dimension, e.g.
   *     "which the questionnaire does not declare under 'dimensions'"
   * @param report whether to report problems (false when re-reading an already checked section)
   */
  QuestionReader(
      String source, Problems problems, TextReader texts, List<String> dimensions, String undeclaredDimension, boolean report) {
    this.source = source;
    this.problems = problems;
    this.texts = texts;
    this.dimensions = List.copyOf(dimensions);
    this.undeclaredDimension = undeclaredDimension;
    this.report = report;
  }

  private void problem(Mark mark, String message) {
    if (report) {
      problems.add(source, mark, message);
    }
  }

  /** Reports an id that expressions could not use; returns whether the id is usable. */
  boolean checkName(YamlMap map, String key, String what) {
    String id = Nodes.text(map, key);
    if (id == null || !NAME.matcher(id).matches()) {
      return false;
    }
    if (ExpressionCompiler.RESERVED.contains(id)) {
      problem(Nodes.at(map, key), "'" + id + "' cannot be used as " + what + " id: it is a reserved word in expressions");
      return false;
    }
    return true;
  }

  List<Draft> readAll(List<YamlNode> nodes, String sectionId) {
    List<Draft> drafts = new ArrayList<>();
    for (YamlNode node : nodes) {
      if (node instanceof YamlMap map) {
        drafts.add(read(map, sectionId));
      }
    }
    return drafts;
  }

  Draft read(YamlMap node, String sectionId) {
    boolean usable = checkName(node, "id", "a question");
    String id = usable ? Nodes.text(node, "id") : null;
    QuestionType type = QuestionType.fromYaml(Nodes.text(node, "type"));
    String prompt = texts.read(node, "prompt", Translations.path("question", id, "prompt"));
    YamlMap helpNode = Nodes.map(node, "help");
    String why = texts.read(helpNode, "why", Translations.path("question", id, "help", "why"));
    Help help = why != null && Nodes.text(helpNode, "source") != null ? new Help(why, Nodes.text(helpNode, "source")) : null;
    boolean required = Nodes.flag(node, "required");
    String showIf = Nodes.text(node, "showIf");
    boolean readable = id != null && type != null && prompt != null && help != null;
    if (node.has("showIf") && showIf == null) {
      readable = false;
    }

    List<Option> options = new ArrayList<>();
    Map<String, Map<String, Double>> answerWeights = new LinkedHashMap<>();
    Map<String, Double> weights = Map.of();
    ScaleSpec scale = null;
    NumberSpec number = null;
    Integer maxLength = null;
    if (type != null) {
      switch (type) {
        case SINGLE, MULTI -> readable &= readOptions(node, id, options);
        case YESNO -> {
          YamlMap byAnswer = Nodes.map(node, "weights");
          if (byAnswer != null) {
            for (String value : Question.YESNO_VALUES) {
              YamlMap w = Nodes.map(byAnswer, value);
              if (w != null) {
                answerWeights.put(value, weights(w));
              }
            }
          }
        }
        case SCALE -> {
          scale = readScale(node, id);
          readable &= scale != null;
          weights = weights(Nodes.map(node, "weights"));
        }
        case NUMBER -> {
          number = readNumber(node, id);
          weights = weights(Nodes.map(node, "weights"));
        }
        case TEXT -> {
          Long length = Nodes.whole(node, "maxLength");
          maxLength = length == null ? Question.DEFAULT_MAX_LENGTH : (int) (long) length;
        }
      }
    }
    Question question =
        readable
            ? new Question(id, type, prompt, help, required, showIf, options, answerWeights, weights, scale, number, maxLength, sectionId)
            : null;
    return new Draft(node, source, id, type, question);
  }

  private boolean readOptions(YamlMap node, String questionId, List<Option> options) {
    List<YamlNode> items = Nodes.list(node, "options");
    Map<String, Mark> seen = new HashMap<>();
    boolean ok = items.size() >= 2;
    for (YamlNode item : items) {
      YamlMap option = Nodes.asMap(item);
      String value = Nodes.text(option, "value");
      String label = value == null ? null : texts.read(option, "label", Translations.path("question", questionId, "option", value, "label"));
      if (value == null || label == null) {
        ok = false;
        continue;
      }
      Mark first = seen.putIfAbsent(value, option.get("value").start());
      if (first != null) {
        problem(option.get("value").start(), "duplicate option value '" + value + "' (first used at line " + first.line() + ")");
      }
      options.add(new Option(value, label, weights(Nodes.map(option, "weights"))));
    }
    return ok;
  }

  private ScaleSpec readScale(YamlMap node, String questionId) {
    YamlMap scale = Nodes.map(node, "scale");
    Long min = Nodes.whole(scale, "min");
    Long max = Nodes.whole(scale, "max");
    if (min == null || max == null) {
      return null;
    }
    if (min >= max) {
      problem(Nodes.at(scale, "max"), "the scale's max (" + max + ") must be greater than its min (" + min + ")");
      return null;
    }
    return new ScaleSpec(
        (int) (long) min,
        (int) (long) max,
        texts.read(scale, "minLabel", Translations.path("question", questionId, "scale", "minLabel")),
        texts.read(scale, "maxLabel", Translations.path("question", questionId, "scale", "maxLabel")));
  }

  private NumberSpec readNumber(YamlMap node, String questionId) {
    YamlMap spec = Nodes.map(node, "number");
    Double min = Nodes.number(spec, "min");
    Double max = Nodes.number(spec, "max");
    if (min != null && max != null && min > max) {
      problem(Nodes.at(spec, "max"), "the number's max (" + Fmt.number(max) + ") must not be less than its min (" + Fmt.number(min) + ")");
    }
    if (node.has("weights") && (min == null || max == null)) {
      problem(
          Nodes.keyAt(node, "weights"),
          "a number question with weights needs number.min and number.max, so that its scores have limits");
    }
    return new NumberSpec(
        min, max, Nodes.flag(spec, "integer"), texts.read(spec, "unit", Translations.path("question", questionId, "number", "unit")));
  }

  /** Reads a weights mapping in dimension order, reporting weights on undeclared dimensions. */
  private Map<String, Double> weights(YamlMap map) {
    if (map == null) {
      return Map.of();
    }
    Map<String, Double> read = new LinkedHashMap<>();
    for (YamlMap.Entry entry : map.entries()) {
      String dimension = entry.name();
      if (!(entry.value() instanceof YamlScalar s) || !(s.resolved() instanceof Number n)) {
        continue;
      }
      if (!dimensions.contains(dimension)) {
        if (NAME.matcher(dimension).matches()) {
          problem(
              entry.key().start(),
              "weight on dimension '" + dimension + "', " + undeclaredDimension + Suggest.didYouMean(dimension, dimensions));
        }
        continue;
      }
      if (Math.abs(n.doubleValue()) > MAX_WEIGHT) {
        problem(
            s.start(),
            "the weight on '" + dimension + "' is out of range: weights go from -1000 to 1000");
        continue;
      }
      read.put(dimension, n.doubleValue());
    }
    Map<String, Double> ordered = new LinkedHashMap<>();
    for (String dimension : dimensions) {
      if (read.containsKey(dimension)) {
        ordered.put(dimension, read.get(dimension));
      }
    }
    return ordered;
  }
}
