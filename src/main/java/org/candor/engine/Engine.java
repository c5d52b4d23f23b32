package org.candor.engine;

import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.candor.engine.expression.CompiledExpression;

/**
 * Turns a questionnaire and a set of answers into a {@link Recommendation}. Stateless and
 * thread-safe. The same answers, questionnaire version and engine {@link #VERSION} always give an
 * equal recommendation.
 *
 * <p>Answers are JSON-shaped values: a String for single, yesno and text questions, a List of
 * String for multi questions, a Number for scale and number questions. A missing key, a null value,
 * an empty text or an empty list all mean "not answered".
 */
public final class Engine {

  /**
   * The version of the evaluation rules. Raise it whenever a change could make the same answers
   * give a different recommendation (scoring, rule order, explanation content).
   */
  public static final String VERSION = "1.0.0";

  /**
   * Evaluates the answers.
   *
   * @throws InvalidAnswerException if an answer names an unknown question or is not accepted by
   *     its question (checked in questionnaire order, unknown questions last)
   */
  public Recommendation evaluate(Questionnaire questionnaire, Map<String, Object> answers) {
    Objects.requireNonNull(questionnaire, "questionnaire");
    Objects.requireNonNull(answers, "answers");
    List<Question> questions = questionnaire.questions();
    int n = questions.size();
    List<Dimension> dimensions = questionnaire.dimensions();
    int m = dimensions.size();

    Object[] given = new Object[n];
    for (int i = 0; i < n; i++) {
      Object value = answers.get(questions.get(i).id());
      if (value != null) {
        given[i] = questionnaire.answerValue(questions.get(i).id(), value);
      }
    }
    boolean unknownKey = false;
    for (String key : answers.keySet()) {
      unknownKey |= questionnaire.indexOf(key) < 0;
    }
    if (unknownKey) {
      String unknown = new TreeSet<>(answers.keySet()).stream().filter(k -> questionnaire.indexOf(k) < 0).findFirst().orElseThrow();
      throw new InvalidAnswerException(unknown, "there is no question '" + unknown + "' in " + questionnaire.id() + " " + questionnaire.version());
    }

    State state = new State(questionnaire, n, m);
    List<String> notes = new ArrayList<>();
    List<String> visible = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    boolean[] counted = new boolean[n];
    for (int i = 0; i < n; i++) {
      Question question = questions.get(i);
      CompiledExpression showIf = questionnaire.showIf[i];
      boolean shown = showIf == null || test(showIf, state, "the showIf of question", question.id(), notes);
      if (!shown) {
        continue;
      }
      visible.add(question.id());
      if (given[i] != null) {
        state.slots[i] = given[i];
        state.slots[n + i] = Boolean.TRUE;
        counted[i] = true;
      } else if (question.required()) {
        missing.add(question.id());
      }
    }

    double[] raw = new double[m];
    List<Contribution> contributions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (!counted[i]) {
        continue;
      }
      double[] amounts = contribution(questionnaire, i, questions.get(i), state.slots[i], m);
      for (int d = 0; d < m; d++) {
        if (amounts[d] != 0) {
          raw[d] += amounts[d];
          contributions.add(new Contribution(questions.get(i).id(), dimensions.get(d).id(), amounts[d]));
        }
      }
    }
    List<DimensionScore> scores = new ArrayList<>();
    for (int d = 0; d < m; d++) {
      Dimension dimension = dimensions.get(d);
      double normalised = dimension.normalise(raw[d]);
      state.slots[2 * n + d] = normalised;
      state.slots[2 * n + m + d] = raw[d];
      scores.add(new DimensionScore(dimension.id(), dimension.label(), dimension.kind(), raw[d], dimension.min(), dimension.max(), normalised));
    }

    List<PromptText> prompts = new ArrayList<>();
    for (int p = 0; p < questionnaire.prompts().size(); p++) {
      Prompt prompt = questionnaire.prompts().get(p);
      CompiledExpression showIf = questionnaire.promptConditions[p];
      if (showIf == null || test(showIf, state, "the showIf of prompt", prompt.id(), notes)) {
        prompts.add(new PromptText(prompt.id(), prompt.text()));
      }
    }

    boolean complete = missing.isEmpty();
    Outcome outcome = null;
    FiredRule firedRule = null;
    List<Condition> conditions = List.of();
    StagePlan stagePlan = null;
    List<Change> changes = List.of();
    if (complete) {
      int fired = -1;
      List<Rule> rules = questionnaire.rules();
      for (int r = 0; r < rules.size() && fired < 0; r++) {
        if (test(questionnaire.ruleConditions[r], state, "the condition of rule", rules.get(r).id(), notes)) {
          fired = r;
        }
      }
      if (fired < 0) {
        // Loading guarantees a final catch-all rule; only a failing expression can get here.
        fired = rules.size() - 1;
        notes.add("no rule matched; the last rule '" + rules.get(fired).id() + "' was applied");
      }
      Rule rule = rules.get(fired);
      outcome = rule.outcome();
      List<Fact> facts = new ArrayList<>();
      for (String variable : questionnaire.ruleConditions[fired].variables()) {
        facts.add(new Fact(variable, Fmt.value(state.value(variable))));
      }
      firedRule = new FiredRule(rule.id(), rule.outcome(), rule.reason(), rule.redLine(), rule.when(), facts);
      conditions = rule.conditions();
      stagePlan = rule.stagePlan() == null ? null : questionnaire.stagePlan(rule.stagePlan()).orElse(null);
      changes = new Explainer(questionnaire, state, contributions, notes).whatWouldChange(fired);
    }
    return new Recommendation(
        VERSION,
        questionnaire.id(),
        questionnaire.version(),
        questionnaire.contentHash(),
        complete,
        missing,
        visible,
        scores,
        outcome,
        firedRule,
        contributions,
        conditions,
        stagePlan,
        prompts,
        changes,
        notes);
  }

  /** Evaluates an expression; a failure is noted ("the condition of rule 'x' could not ...") and counts as false. */
  static boolean test(CompiledExpression expression, State state, String what, String id, List<String> notes) {
    try {
      return expression.test(state);
    } catch (CompiledExpression.EvaluationFailure e) {
      String note = what + " '" + id + "' could not be evaluated (" + e.getMessage() + "); it was treated as false";
      if (!notes.contains(note)) {
        notes.add(note);
      }
      return false;
    }
  }

  private static double[] contribution(Questionnaire questionnaire, int index, Question question, Object value, int m) {
    double[] amounts = new double[m];
    switch (question.type()) {
      case SINGLE, YESNO -> {
        double[] weights = questionnaire.answerWeights.get(index).get((String) value);
        if (weights != null) {
          System.arraycopy(weights, 0, amounts, 0, m);
        }
      }
      case MULTI -> {
        for (Object choice : (List<?>) value) {
          double[] weights = questionnaire.answerWeights.get(index).get((String) choice);
          for (int d = 0; d < m; d++) {
            amounts[d] += weights[d];
          }
        }
      }
      case SCALE -> {
        double[] perPoint = questionnaire.unitWeights.get(index);
        if (perPoint != null) {
          long points = (Long) value - question.scale().min();
          for (int d = 0; d < m; d++) {
            amounts[d] = points * perPoint[d];
          }
        }
      }
      case NUMBER -> {
        double[] perUnit = questionnaire.unitWeights.get(index);
        if (perUnit != null) {
          double units = ((Number) value).doubleValue();
          for (int d = 0; d < m; d++) {
            amounts[d] = units * perUnit[d];
          }
        }
      }
      case TEXT -> {
        // text answers carry no weight
      }
    }
    return amounts;
  }

  /** The variables expressions read: answers, answered flags, scores, raw scores. */
  static final class State implements CelVariableResolver {
    final Object[] slots;
    private final Map<String, Integer> names;

    State(Questionnaire questionnaire, int n, int m) {
      this.names = questionnaire.slots();
      this.slots = new Object[2 * n + 2 * m];
      List<Question> questions = questionnaire.questions();
      for (int i = 0; i < n; i++) {
        slots[i] = zero(questions.get(i));
        slots[n + i] = Boolean.FALSE;
      }
      for (int d = 0; d < 2 * m; d++) {
        slots[2 * n + d] = 0.0;
      }
    }

    private static Object zero(Question question) {
      return switch (question.type()) {
        case SINGLE, YESNO, TEXT -> "";
        case MULTI -> List.of();
        case SCALE -> 0L;
        case NUMBER -> question.number().integer() ? (Object) 0L : (Object) 0.0;
      };
    }

    Object value(String name) {
      Integer slot = names.get(name);
      return slot == null ? null : slots[slot];
    }

    @Override
    public Optional<Object> find(String name) {
      Integer slot = names.get(name);
      return slot == null ? Optional.empty() : Optional.of(slots[slot]);
    }
  }
}
