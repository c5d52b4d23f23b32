package org.candor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.candor.engine.expression.Suggest;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;
import org.candor.engine.yaml.YamlSeq;

/** Reads a case and checks it against its questionnaire: its answers, and the outcome they lead to. */
final class CaseReader {

  private final Problems problems;
  private final Engine engine;

  CaseReader(Problems problems, Engine engine) {
    this.problems = problems;
    this.engine = engine;
  }

  /**
   * @param questionnaires the latest valid version of each questionnaire, by id
   * @param broken ids of questionnaires that exist but have problems
   */
  Case read(Parsed parsed, Map<String, Questionnaire> questionnaires, Set<String> broken) {
    String source = parsed.source();
    YamlMap root = parsed.root();
    int before = problems.count();
    Map<String, Map<String, String>> translations = new LinkedHashMap<>();
    TextReader texts = new TextReader(source, root, problems, translations, true);
    Map<String, String> prose = new LinkedHashMap<>();
    for (String field : List.of("title", "scenario", "justification", "whatHappened")) {
      prose.put(field, texts.read(root, field, field));
    }
    String questionnaireId = Nodes.text(root, "questionnaire");
    Questionnaire questionnaire = questionnaireId == null ? null : questionnaires.get(questionnaireId);
    if (questionnaireId != null && questionnaire == null) {
      if (broken.contains(questionnaireId)) {
        problems.add(source, Nodes.at(root, "questionnaire"), "questionnaire '" + questionnaireId + "' has errors, so this case cannot be checked against it");
      } else {
        problems.add(
            source,
            Nodes.at(root, "questionnaire"),
            "no questionnaire '" + questionnaireId + "' was found" + Suggest.didYouMean(questionnaireId, questionnaires.keySet()));
      }
    }
    Map<String, Object> answers = new LinkedHashMap<>();
    YamlMap answerNodes = Nodes.map(root, "answers");
    boolean answersOk = answerNodes != null;
    if (answerNodes != null) {
      for (YamlMap.Entry entry : answerNodes.entries()) {
        Object value = value(entry.value());
        if (value == null) {
          answersOk = false;
          continue;
        }
        answers.put(entry.name(), value);
        if (questionnaire == null) {
          continue;
        }
        if (questionnaire.question(entry.name()).isEmpty()) {
          problems.add(
              source,
              entry.key().start(),
              "questionnaire '" + questionnaire.id() + "' has no question '" + entry.name() + "'"
                  + Suggest.didYouMean(entry.name(), questionnaire.questions().stream().map(Question::id).toList()));
          answersOk = false;
          continue;
        }
        try {
          questionnaire.checkAnswer(entry.name(), value);
        } catch (InvalidAnswerException e) {
          problems.add(source, entry.value().start(), "answer to '" + entry.name() + "': " + e.getMessage());
          answersOk = false;
        }
      }
    }
    YamlMap expected = Nodes.map(root, "expected");
    Outcome outcome = outcome(Nodes.text(expected, "outcome"));
    String firedRule = Nodes.text(expected, "firedRule");
    List<String> expectedConditions = new ArrayList<>();
    for (YamlNode item : Nodes.list(expected, "conditions")) {
      if (item instanceof YamlScalar s && s.isString()) {
        expectedConditions.add(s.value());
      }
    }
    if (questionnaire != null && expected != null) {
      checkExpectations(source, questionnaire, expected, firedRule);
    }
    if (questionnaire != null && answersOk && outcome != null && firedRule != null && problems.count() == before) {
      compare(source, root, questionnaire, answers, expected, outcome, firedRule, expectedConditions);
    }
    if (problems.count() > before || problems.any(source) || questionnaire == null) {
      return null;
    }
    List<CaseSource> sources = new ArrayList<>();
    for (YamlNode item : Nodes.list(root, "sources")) {
      YamlMap s = Nodes.asMap(item);
      sources.add(new CaseSource(Nodes.text(s, "title"), Nodes.text(s, "publisher"), Nodes.text(s, "date"), Nodes.text(s, "url")));
    }
    return new Case(
        parsed.id(),
        prose.get("title"),
        questionnaire.id(),
        questionnaire.version(),
        prose.get("scenario"),
        sources,
        answers,
        new CaseExpectation(outcome, firedRule, expectedConditions),
        prose.get("justification"),
        prose.get("whatHappened"),
        source,
        texts.languages(),
        translations);
  }

  private void checkExpectations(String source, Questionnaire questionnaire, YamlMap expected, String firedRule) {
    Collection<String> ruleIds = questionnaire.rules().stream().map(Rule::id).toList();
    if (firedRule != null && !ruleIds.contains(firedRule)) {
      problems.add(
          source,
          Nodes.at(expected, "firedRule"),
          "questionnaire '" + questionnaire.id() + "' has no rule '" + firedRule + "'" + Suggest.didYouMean(firedRule, ruleIds));
    }
    Set<String> conditionIds = new TreeSet<>();
    questionnaire.rules().forEach(r -> r.conditions().forEach(c -> conditionIds.add(c.id())));
    for (YamlNode item : Nodes.list(expected, "conditions")) {
      if (item instanceof YamlScalar s && s.isString() && !conditionIds.contains(s.value())) {
        problems.add(
            source,
            s,
            "questionnaire '" + questionnaire.id() + "' has no condition '" + s.value() + "'" + Suggest.didYouMean(s.value(), conditionIds));
      }
    }
  }

  private void compare(
      String source,
      YamlMap root,
      Questionnaire questionnaire,
      Map<String, Object> answers,
      YamlMap expected,
      Outcome outcome,
      String firedRule,
      List<String> expectedConditions) {
    Recommendation recommendation = engine.evaluate(questionnaire, answers);
    YamlMap answerNodes = Nodes.map(root, "answers");
    for (YamlMap.Entry entry : answerNodes.entries()) {
      if (!recommendation.visibleQuestions().contains(entry.name())) {
        problems.add(
            source,
            entry.key().start(),
            "'" + entry.name() + "' is answered, but these answers hide it (its showIf is false); remove the answer or change the answers it depends on");
      }
    }
    if (!recommendation.complete()) {
      problems.add(
          source,
          Nodes.keyAt(root, "answers"),
          "the answers leave required questions unanswered: " + String.join(", ", recommendation.missingRequired()));
      return;
    }
    FiredRule fired = recommendation.firedRule();
    if (fired.outcome() != outcome) {
      problems.add(
          source,
          Nodes.at(expected, "outcome"),
          "these answers lead to " + fired.outcome() + " (rule '" + fired.id() + "'), not the expected " + outcome);
    } else if (!fired.id().equals(firedRule)) {
      problems.add(
          source,
          Nodes.at(expected, "firedRule"),
          "these answers fire rule '" + fired.id() + "', not the expected '" + firedRule + "'");
    }
    List<String> attached = recommendation.conditions().stream().map(Condition::id).toList();
    List<YamlNode> conditionNodes = Nodes.list(expected, "conditions");
    for (int i = 0; i < expectedConditions.size(); i++) {
      String condition = expectedConditions.get(i);
      if (!attached.contains(condition)) {
        Mark at = i < conditionNodes.size() ? conditionNodes.get(i).start() : expected.start();
        problems.add(
            source,
            at,
            "condition '" + condition + "' is not attached: rule '" + fired.id() + "' fires and attaches "
                + (attached.isEmpty() ? "no conditions" : String.join(", ", attached)));
      }
    }
  }

  private static Outcome outcome(String text) {
    for (Outcome outcome : Outcome.values()) {
      if (outcome.name().equals(text)) {
        return outcome;
      }
    }
    return null;
  }

  /** A YAML answer as the engine takes it: String, Long, Double or List of String; null if not. */
  private static Object value(YamlNode node) {
    if (node instanceof YamlScalar scalar) {
      Object resolved = scalar.resolved();
      return resolved instanceof String || resolved instanceof Long || resolved instanceof Double ? resolved : null;
    }
    if (node instanceof YamlSeq seq) {
      List<String> values = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        if (!(item instanceof YamlScalar s) || !s.isString()) {
          return null;
        }
        values.add(s.value());
      }
      return values;
    }
    return null;
  }
}
