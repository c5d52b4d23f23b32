package org.candor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.candor.engine.expression.CompiledExpression;
import org.candor.engine.expression.Declaration;
import org.candor.engine.expression.Dnf;
import org.candor.engine.expression.ExpressionCompiler;
import org.candor.engine.expression.ExpressionIssue;
import org.candor.engine.expression.Scope;
import org.candor.engine.expression.Suggest;
import org.candor.engine.expression.ValueType;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;

/** Checks one questionnaire file as a whole and builds the {@link Questionnaire}. */
final class QuestionnaireBuilder {

  private record DimensionDraft(YamlMap node, String id, String label, DimensionKind kind, String description) {}

  private record SectionDraft(String id, String title, String description, List<QuestionReader.Draft> questions) {}

  private record RuleDraft(
      YamlMap node,
      String id,
      boolean redLine,
      Outcome outcome,
      String when,
      String reason,
      String stagePlan,
      List<Condition> conditions,
      CompiledExpression compiled) {}

  private record PromptDraft(String id, String text, String showIf, CompiledExpression compiled) {}

  private final SectionLibrary library;
  private final Problems problems;
  private final String source;
  private final YamlMap root;
  private final String questionnaireId;
  /** Reads this file's texts; its translations, and those of the sections it includes, go to {@link #translations}. */
  private final TextReader texts;
  private final Map<String, Map<String, String>> translations = new LinkedHashMap<>();
  /** Whether every include was resolved, so that every question of the questionnaire is known. */
  private boolean complete = true;

  QuestionnaireBuilder(Parsed parsed, SectionLibrary library, Problems problems) {
    this.library = library;
    this.problems = problems;
    this.source = parsed.source();
    this.root = parsed.root();
    this.questionnaireId = parsed.id();
    this.texts = new TextReader(source, root, problems, translations, true);
  }

  private void problem(Mark mark, String message) {
    problems.add(source, mark, message);
  }

  /** A problem in another file (an included section), caused by this questionnaire. */
  private void problem(String where, Mark mark, String message) {
    problems.add(where, mark, where.equals(source) ? message : message + " (in questionnaire '" + questionnaireId + "')");
  }

  /** The questionnaire, or null when this file (or what it includes) has problems. */
  Questionnaire build() {
    int before = problems.count();
    List<DimensionDraft> dimensions = readDimensions();
    List<String> dimensionIds = dimensions.stream().map(DimensionDraft::id).toList();
    List<SectionDraft> sections = readSections(dimensionIds);
    List<QuestionReader.Draft> drafts = sections.stream().flatMap(s -> s.questions().stream()).toList();
    checkQuestionIds(drafts);
    boolean allReadable = drafts.stream().allMatch(d -> d.question() != null);
    List<Question> questions = drafts.stream().map(QuestionReader.Draft::question).filter(q -> q != null).toList();
    if (allReadable && complete) {
      checkDimensionsUsed(dimensions, questions);
    }

    List<Declaration> declarations = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (int i = 0; i < drafts.size(); i++) {
      QuestionReader.Draft draft = drafts.get(i);
      if (draft.id() != null && declared.add(draft.id())) {
        declarations.add(new Declaration(draft.id(), valueType(draft), optionsOf(draft), i));
      }
    }
    ExpressionCompiler compiler = new ExpressionCompiler(declarations, dimensionIds, !complete);
    CompiledExpression[] showIf = new CompiledExpression[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      QuestionReader.Draft draft = drafts.get(i);
      showIf[i] = compile(compiler, draft.source(), Nodes.scalar(draft.node(), "showIf"), Scope.showIf(i, draft.id()));
    }

    List<StagePlan> stagePlans = readStagePlans();
    List<RuleDraft> rules = readRules(compiler);
    double[][] ranges = allReadable ? Ranges.of(questions, dimensionIds) : null;
    checkPolicy(rules, stagePlans, dimensionIds, ranges);
    List<PromptDraft> prompts = readPrompts(compiler);
    String title = texts.read(root, "title", "title");
    String summary = texts.read(root, "summary", "summary");

    if (problems.count() > before || problems.any(source)) {
      return null;
    }
    List<Dimension> builtDimensions = new ArrayList<>();
    for (int d = 0; d < dimensions.size(); d++) {
      DimensionDraft draft = dimensions.get(d);
      builtDimensions.add(new Dimension(draft.id(), draft.label(), draft.kind(), draft.description(), ranges[d][0], ranges[d][1]));
    }
    List<Section> builtSections = new ArrayList<>();
    for (SectionDraft section : sections) {
      builtSections.add(
          new Section(section.id(), section.title(), section.description(), section.questions().stream().map(QuestionReader.Draft::question).toList()));
    }
    List<Rule> builtRules = new ArrayList<>();
    CompiledExpression[] ruleConditions = new CompiledExpression[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      RuleDraft rule = rules.get(r);
      builtRules.add(new Rule(rule.id(), rule.redLine(), rule.when(), rule.outcome(), rule.reason(), rule.stagePlan(), rule.conditions()));
      ruleConditions[r] = rule.compiled();
    }
    List<Prompt> builtPrompts = new ArrayList<>();
    CompiledExpression[] promptConditions = new CompiledExpression[prompts.size()];
    for (int p = 0; p < prompts.size(); p++) {
      PromptDraft prompt = prompts.get(p);
      builtPrompts.add(new Prompt(prompt.id(), prompt.text(), prompt.showIf()));
      promptConditions[p] = prompt.compiled();
    }
    return new Questionnaire(
        questionnaireId,
        Nodes.text(root, "version"),
        title,
        summary,
        builtDimensions,
        builtSections,
        builtRules,
        stagePlans,
        builtPrompts,
        source,
        texts.languages(),
        new Translations(translations).restrictedTo(texts.languages()),
        showIf,
        ruleConditions,
        promptConditions);
  }

  private CompiledExpression compile(ExpressionCompiler compiler, String where, YamlScalar expression, Scope scope) {
    if (expression == null || !expression.isString()) {
      return null;
    }
    ExpressionCompiler.Result result = compiler.compile(expression.value(), scope);
    for (ExpressionIssue issue : result.issues()) {
      problem(where, expression.positionOf(issue.offset()), issue.message());
    }
    return result.expression();
  }

  private static ValueType valueType(QuestionReader.Draft draft) {
    if (draft.question() == null || draft.type() == null) {
      return ValueType.UNKNOWN;
    }
    return switch (draft.type()) {
      case SINGLE, YESNO, TEXT -> ValueType.TEXT;
      case MULTI -> ValueType.CHOICES;
      case SCALE -> ValueType.WHOLE_NUMBER;
      case NUMBER -> draft.question().number().integer() ? ValueType.WHOLE_NUMBER : ValueType.DECIMAL;
    };
  }

  private static List<String> optionsOf(QuestionReader.Draft draft) {
    if (draft.question() == null) {
      return null;
    }
    return switch (draft.type()) {
      case SINGLE, MULTI, YESNO -> draft.question().optionValues();
      default -> null;
    };
  }

  private List<DimensionDraft> readDimensions() {
    QuestionReader names = new QuestionReader(source, problems, texts, List.of(), "", true);
    List<DimensionDraft> dimensions = new ArrayList<>();
    Map<String, Mark> seen = new HashMap<>();
    for (YamlNode item : Nodes.list(root, "dimensions")) {
      YamlMap map = Nodes.asMap(item);
      if (map == null || !names.checkName(map, "id", "a dimension")) {
        continue;
      }
      String id = Nodes.text(map, "id");
      Mark first = seen.putIfAbsent(id, Nodes.at(map, "id"));
      if (first != null) {
        problem(Nodes.at(map, "id"), "duplicate dimension id '" + id + "' (first used at line " + first.line() + ")");
        continue;
      }
      DimensionKind kind = null;
      String kindText = Nodes.text(map, "kind");
      for (DimensionKind k : DimensionKind.values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(kindText)) {
          kind = k;
        }
      }
      dimensions.add(
          new DimensionDraft(
              map,
              id,
              texts.read(map, "label", Translations.path("dimension", id, "label")),
              kind,
              texts.read(map, "description", Translations.path("dimension", id, "description"))));
    }
    return dimensions;
  }

  private List<SectionDraft> readSections(List<String> dimensionIds) {
    QuestionReader inline =
        new QuestionReader(source, problems, texts, dimensionIds, "which the questionnaire does not declare under 'dimensions'", true);
    List<SectionDraft> sections = new ArrayList<>();
    Set<String> included = new HashSet<>();
    Set<String> directlyIncluded = new HashSet<>();
    Map<String, Mark> sectionIds = new HashMap<>();
    for (YamlNode item : Nodes.list(root, "sections")) {
      YamlMap entry = Nodes.asMap(item);
      if (entry == null) {
        continue;
      }
      if (entry.has("include")) {
        String include = Nodes.text(entry, "include");
        Mark at = Nodes.at(entry, "include");
        if (include == null) {
          complete = false;
          continue;
        }
        if (!library.exists(include)) {
          complete = false;
          problem(at, "no reusable section '" + include + "' was found (kind: section)" + Suggest.didYouMean(include, library.ids()));
          continue;
        }
        if (library.section(include) == null) {
          complete = false;
          problem(at, "section '" + include + "' has errors (see " + library.sourceOf(include) + "), so it cannot be included");
          continue;
        }
        if (!directlyIncluded.add(include)) {
          problem(at, "section '" + include + "' is included twice");
          continue;
        }
        for (ReusableSection section : library.expand(include, included)) {
          List<String> sectionLanguages = TextReader.languages(section.node());
          if (!sectionLanguages.get(0).equals(texts.sourceLanguage())) {
            complete = false;
            problem(
                at,
                "section '" + section.id() + "' is written in " + sectionLanguages.get(0) + ", but this questionnaire in "
                    + texts.sourceLanguage() + "; include sections written in the questionnaire's source language (the first of its 'languages')");
            continue;
          }
          List<String> untranslated = texts.languages().stream().filter(l -> !sectionLanguages.contains(l)).toList();
          if (!untranslated.isEmpty()) {
            problems.warn(
                source,
                at,
                "section '" + section.id() + "' has no " + String.join(", ", untranslated)
                    + " translations, which this questionnaire's 'languages' promise; its texts will show in " + texts.sourceLanguage());
          }
          for (String dimension : section.dimensions()) {
            if (!dimensionIds.contains(dimension)) {
              problem(
                  at,
                  "section '" + section.id() + "' weighs answers on dimension '" + dimension
                      + "', which this questionnaire does not declare under 'dimensions'");
            }
          }
          checkSectionId(sectionIds, section.id(), at);
          TextReader sectionTexts = new TextReader(section.source(), section.node(), problems, translations, false);
          QuestionReader reader = new QuestionReader(section.source(), problems, sectionTexts, dimensionIds, "", false);
          sections.add(
              new SectionDraft(
                  section.id(),
                  sectionTexts.read(section.node(), "title", Translations.path("section", section.id(), "title")),
                  sectionTexts.read(section.node(), "description", Translations.path("section", section.id(), "description")),
                  reader.readAll(Nodes.list(section.node(), "questions"), section.id())));
        }
      } else {
        String id = Nodes.text(entry, "id");
        if (id != null) {
          checkSectionId(sectionIds, id, Nodes.at(entry, "id"));
        }
        sections.add(
            new SectionDraft(
                id,
                texts.read(entry, "title", Translations.path("section", id, "title")),
                texts.read(entry, "description", Translations.path("section", id, "description")),
                inline.readAll(Nodes.list(entry, "questions"), id)));
      }
    }
    return sections;
  }

  private void checkSectionId(Map<String, Mark> seen, String id, Mark at) {
    Mark first = seen.putIfAbsent(id, at);
    if (first != null) {
      problem(at, "duplicate section id '" + id + "' (first used at line " + first.line() + ")");
    }
  }

  private void checkQuestionIds(List<QuestionReader.Draft> drafts) {
    Map<String, QuestionReader.Draft> seen = new HashMap<>();
    for (QuestionReader.Draft draft : drafts) {
      if (draft.id() == null) {
        continue;
      }
      QuestionReader.Draft first = seen.putIfAbsent(draft.id(), draft);
      if (first != null) {
        Mark firstAt = Nodes.at(first.node(), "id");
        problem(
            draft.source(),
            Nodes.at(draft.node(), "id"),
            "duplicate question id '" + draft.id() + "' (first used at " + Nodes.place(firstAt, first.source(), draft.source()) + ")");
      }
    }
  }

  private void checkDimensionsUsed(List<DimensionDraft> dimensions, List<Question> questions) {
    Set<String> used = new HashSet<>();
    for (Question question : questions) {
      question.options().forEach(o -> used.addAll(o.weights().keySet()));
      question.answerWeights().values().forEach(w -> used.addAll(w.keySet()));
      used.addAll(question.weights().keySet());
    }
    for (DimensionDraft dimension : dimensions) {
      if (!used.contains(dimension.id())) {
        problem(
            Nodes.at(dimension.node(), "id"),
            "dimension '" + dimension.id() + "' is not weighted by any option or question, so its score would always be 0");
      }
    }
  }

  private List<StagePlan> readStagePlans() {
    QuestionReader names = new QuestionReader(source, problems, texts, List.of(), "", true);
    List<StagePlan> plans = new ArrayList<>();
    Map<String, Mark> seen = new HashMap<>();
    for (YamlNode item : Nodes.list(root, "stagePlans")) {
      YamlMap map = Nodes.asMap(item);
      if (map == null || !names.checkName(map, "id", "a stage plan")) {
        continue;
      }
      String id = Nodes.text(map, "id");
      Mark first = seen.putIfAbsent(id, Nodes.at(map, "id"));
      if (first != null) {
        problem(Nodes.at(map, "id"), "duplicate stage plan id '" + id + "' (first used at line " + first.line() + ")");
        continue;
      }
      List<Stage> stages = new ArrayList<>();
      Map<String, Mark> stageIds = new HashMap<>();
      List<YamlNode> stageNodes = Nodes.list(map, "stages");
      for (int s = 0; s < stageNodes.size(); s++) {
        YamlMap stage = Nodes.asMap(stageNodes.get(s));
        if (stage == null || !names.checkName(stage, "id", "a stage")) {
          continue;
        }
        String stageId = Nodes.text(stage, "id");
        Mark firstStage = stageIds.putIfAbsent(stageId, Nodes.at(stage, "id"));
        if (firstStage != null) {
          problem(Nodes.at(stage, "id"), "duplicate stage id '" + stageId + "' in stage plan '" + id + "' (first used at line " + firstStage.line() + ")");
        }
        String gate = texts.read(stage, "gate", Translations.path("stagePlan", id, "stage", stageId, "gate"));
        if (gate == null && s < stageNodes.size() - 1 && !stage.has("gate")) {
          problem(stage.start(), "stage '" + stageId + "' needs a 'gate': what must be true before moving on to the next stage");
        }
        stages.add(
            new Stage(
                stageId,
                texts.read(stage, "name", Translations.path("stagePlan", id, "stage", stageId, "name")),
                texts.read(stage, "description", Translations.path("stagePlan", id, "stage", stageId, "description")),
                gate));
      }
      plans.add(new StagePlan(id, texts.read(map, "title", Translations.path("stagePlan", id, "title")), stages));
    }
    return plans;
  }

  private List<RuleDraft> readRules(ExpressionCompiler compiler) {
    QuestionReader names = new QuestionReader(source, problems, texts, List.of(), "", true);
    List<RuleDraft> rules = new ArrayList<>();
    for (YamlNode item : Nodes.list(Nodes.map(root, "policy"), "rules")) {
      YamlMap map = Nodes.asMap(item);
      if (map == null) {
        continue;
      }
      String id = names.checkName(map, "id", "a rule") ? Nodes.text(map, "id") : null;
      Outcome outcome = outcome(Nodes.text(map, "outcome"));
      List<Condition> conditions = new ArrayList<>();
      Map<String, Mark> conditionIds = new HashMap<>();
      for (YamlNode conditionNode : Nodes.list(map, "conditions")) {
        YamlMap condition = Nodes.asMap(conditionNode);
        if (condition == null || !names.checkName(condition, "id", "a condition")) {
          continue;
        }
        String conditionId = Nodes.text(condition, "id");
        Mark first = conditionIds.putIfAbsent(conditionId, Nodes.at(condition, "id"));
        if (first != null) {
          problem(Nodes.at(condition, "id"), "duplicate condition id '" + conditionId + "' in rule '" + id + "' (first used at line " + first.line() + ")");
          continue;
        }
        conditions.add(
            new Condition(
                conditionId,
                texts.read(condition, "text", Translations.path("rule", id, "condition", conditionId, "text")),
                texts.read(condition, "reason", Translations.path("rule", id, "condition", conditionId, "reason"))));
      }
      CompiledExpression compiled = compile(compiler, source, Nodes.scalar(map, "when"), Scope.RULE);
      rules.add(
          new RuleDraft(
              map,
              id,
              Nodes.flag(map, "redLine"),
              outcome,
              Nodes.text(map, "when"),
              texts.read(map, "reason", Translations.path("rule", id, "reason")),
              Nodes.text(map, "stagePlan"),
              conditions,
              compiled));
    }
    return rules;
  }

  private static Outcome outcome(String text) {
    for (Outcome outcome : Outcome.values()) {
      if (outcome.name().equals(text)) {
        return outcome;
      }
    }
    return null;
  }

  private void checkPolicy(List<RuleDraft> rules, List<StagePlan> plans, List<String> dimensionIds, double[][] ranges) {
    Map<String, Mark> ids = new HashMap<>();
    Map<String, RuleDraft> conditionOwners = new HashMap<>();
    Map<String, Condition> conditionsById = new HashMap<>();
    Set<String> usedPlans = new HashSet<>();
    Set<String> planIds = new HashSet<>();
    plans.forEach(p -> planIds.add(p.id()));
    RuleDraft firstOrdinary = null;
    for (RuleDraft rule : rules) {
      YamlMap node = rule.node();
      if (rule.id() != null) {
        Mark first = ids.putIfAbsent(rule.id(), Nodes.at(node, "id"));
        if (first != null) {
          problem(Nodes.at(node, "id"), "duplicate rule id '" + rule.id() + "' (first used at line " + first.line() + ")");
        }
      }
      if (rule.redLine()) {
        if (firstOrdinary != null) {
          problem(
              Nodes.keyAt(node, "redLine"),
              "red-line rule '" + rule.id() + "' must come before every other rule, but rule '" + firstOrdinary.id() + "' (line "
                  + firstOrdinary.node().start().line() + ") is not a red line");
        }
        if (rule.outcome() != null && rule.outcome() != Outcome.NO_GO && rule.outcome() != Outcome.ESCALATE) {
          problem(Nodes.at(node, "outcome"), "a red-line rule must lead to NO_GO or ESCALATE, not " + rule.outcome());
        }
        if (rule.compiled() != null && !rule.compiled().dimensions().isEmpty()) {
          String dimension = rule.compiled().dimensions().iterator().next();
          problem(
              Nodes.at(node, "when"),
              "a red line depends on answers alone, but this one reads the score of '" + dimension + "'; make it an ordinary rule");
        }
      } else if (firstOrdinary == null) {
        firstOrdinary = rule;
      }
      if (rule.outcome() == Outcome.STAGED_RELEASE && !node.has("stagePlan")) {
        problem(Nodes.at(node, "outcome"), "a STAGED_RELEASE rule needs a 'stagePlan': the id of one of the questionnaire's stage plans");
      }
      if (rule.stagePlan() != null) {
        if (rule.outcome() != null && rule.outcome() != Outcome.STAGED_RELEASE) {
          problem(Nodes.keyAt(node, "stagePlan"), "'stagePlan' applies only to rules with outcome STAGED_RELEASE");
        } else if (!planIds.contains(rule.stagePlan())) {
          problem(
              Nodes.at(node, "stagePlan"),
              "no stage plan '" + rule.stagePlan() + "' is defined under 'stagePlans'" + Suggest.didYouMean(rule.stagePlan(), planIds));
        }
        usedPlans.add(rule.stagePlan());
      }
      List<YamlNode> conditionNodes = Nodes.list(node, "conditions");
      for (Condition condition : rule.conditions()) {
        Condition earlier = conditionsById.putIfAbsent(condition.id(), condition);
        if (earlier != null && !earlier.equals(condition)) {
          RuleDraft owner = conditionOwners.get(condition.id());
          Mark at = conditionNodes.stream()
              .map(Nodes::asMap)
              .filter(m -> m != null && condition.id().equals(Nodes.text(m, "id")))
              .map(m -> Nodes.at(m, "id"))
              .findFirst()
              .orElse(node.start());
          problem(
              at,
              "condition '" + condition.id() + "' is already defined differently in rule '" + owner.id() + "' (line "
                  + owner.node().start().line() + "); use another id, or the same text and reason");
        } else {
          conditionOwners.putIfAbsent(condition.id(), rule);
        }
      }
    }
    boolean unknownPlanNamed = !planIds.containsAll(usedPlans);
    for (YamlNode item : Nodes.list(root, "stagePlans")) {
      YamlMap map = Nodes.asMap(item);
      String id = Nodes.text(map, "id");
      if (id != null && planIds.contains(id) && !usedPlans.contains(id) && !unknownPlanNamed) {
        problem(Nodes.at(map, "id"), "stage plan '" + id + "' is not used by any rule");
      }
    }
    checkReachability(rules, dimensionIds, ranges);
  }

  private void checkReachability(List<RuleDraft> rules, List<String> dimensionIds, double[][] ranges) {
    if (rules.isEmpty()) {
      return;
    }
    Map<String, double[]> bounds = new LinkedHashMap<>();
    for (int d = 0; d < dimensionIds.size(); d++) {
      bounds.put("score." + dimensionIds.get(d), new double[] {0, 10});
      if (ranges != null) {
        bounds.put("raw." + dimensionIds.get(d), ranges[d]);
      }
    }
    List<Dnf> dnfs = rules.stream().map(r -> r.compiled() == null ? null : r.compiled().dnf()).toList();
    for (Reachability.Finding finding : Reachability.analyse(dnfs, new Reachability.Bounds(bounds))) {
      RuleDraft rule = rules.get(finding.rule());
      String message;
      if (finding.coveredBy().isEmpty()) {
        message = "rule '" + rule.id() + "' can never fire: its condition can never be true";
      } else if (finding.coveredBy().size() == 1) {
        RuleDraft by = rules.get(finding.coveredBy().get(0));
        message =
            "rule '" + rule.id() + "' can never fire: rule '" + by.id() + "' (line " + by.node().start().line()
                + ") comes first and matches every assessment this rule matches";
      } else {
        List<String> names = finding.coveredBy().stream().map(i -> "'" + rules.get(i).id() + "'").toList();
        message =
            "rule '" + rule.id() + "' can never fire: rules " + String.join(", ", names)
                + " come first and together match every assessment this rule matches";
      }
      problem(Nodes.at(rule.node(), "when"), message);
    }
    RuleDraft last = rules.get(rules.size() - 1);
    if (last.compiled() != null && last.compiled().dnf() != null && !last.compiled().dnf().alwaysTrue()) {
      problem(
          Nodes.at(last.node(), "when"),
          "the last rule must apply to every assessment (when: \"true\"), so that every complete assessment gets an outcome");
    }
  }

  private List<PromptDraft> readPrompts(ExpressionCompiler compiler) {
    QuestionReader names = new QuestionReader(source, problems, texts, List.of(), "", true);
    List<PromptDraft> prompts = new ArrayList<>();
    Map<String, Mark> seen = new HashMap<>();
    for (YamlNode item : Nodes.list(root, "prompts")) {
      YamlMap map = Nodes.asMap(item);
      if (map == null || !names.checkName(map, "id", "a prompt")) {
        continue;
      }
      String id = Nodes.text(map, "id");
      Mark first = seen.putIfAbsent(id, Nodes.at(map, "id"));
      if (first != null) {
        problem(Nodes.at(map, "id"), "duplicate prompt id '" + id + "' (first used at line " + first.line() + ")");
      }
      CompiledExpression compiled = compile(compiler, source, Nodes.scalar(map, "showIf"), Scope.PROMPT);
      prompts.add(new PromptDraft(id, texts.read(map, "text", Translations.path("prompt", id, "text")), Nodes.text(map, "showIf"), compiled));
    }
    return prompts;
  }
}
