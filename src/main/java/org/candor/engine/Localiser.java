package org.candor.engine;

import static org.candor.engine.Translations.path;

import java.util.List;

/**
 * Puts a questionnaire's texts into one of its languages. The paths here are those the readers
 * file translations under ({@link QuestionReader}, {@link QuestionnaireBuilder}) and that {@link
 * Canonical} writes them back from.
 */
final class Localiser {

  private final Translations translations;
  private final String language;

  private Localiser(Translations translations, String language) {
    this.translations = translations;
    this.language = language;
  }

  static Questionnaire questionnaire(Questionnaire q, Translations translations, String language) {
    Localiser l = new Localiser(translations, language);
    return q.withTexts(
        l.text("title", q.title()),
        l.text("summary", q.summary()),
        q.dimensions().stream().map(l::dimension).toList(),
        q.sections().stream().map(l::section).toList(),
        q.rules().stream().map(l::rule).toList(),
        q.stagePlans().stream().map(l::stagePlan).toList(),
        q.prompts().stream().map(l::prompt).toList());
  }

  private String text(String path, String source) {
    return translations.text(path, language, source);
  }

  private Dimension dimension(Dimension d) {
    return new Dimension(
        d.id(),
        text(path("dimension", d.id(), "label"), d.label()),
        d.kind(),
        text(path("dimension", d.id(), "description"), d.description()),
        d.min(),
        d.max());
  }

  private Section section(Section s) {
    return new Section(
        s.id(),
        text(path("section", s.id(), "title"), s.title()),
        text(path("section", s.id(), "description"), s.description()),
        s.questions().stream().map(this::question).toList());
  }

  private Question question(Question q) {
    String id = q.id();
    List<Option> options =
        q.options().stream()
            .map(o -> new Option(o.value(), text(path("question", id, "option", o.value(), "label"), o.label()), o.weights()))
            .toList();
    ScaleSpec scale =
        q.scale() == null
            ? null
            : new ScaleSpec(
                q.scale().min(),
                q.scale().max(),
                text(path("question", id, "scale", "minLabel"), q.scale().minLabel()),
                text(path("question", id, "scale", "maxLabel"), q.scale().maxLabel()));
    NumberSpec number =
        q.number() == null
            ? null
            : new NumberSpec(
                q.number().min(), q.number().max(), q.number().integer(), text(path("question", id, "number", "unit"), q.number().unit()));
    return new Question(
        id,
        q.type(),
        text(path("question", id, "prompt"), q.prompt()),
        new Help(text(path("question", id, "help", "why"), q.help().why()), q.help().source()),
        q.required(),
        q.showIf(),
        options,
        q.answerWeights(),
        q.weights(),
        scale,
        number,
        q.maxLength(),
        q.sectionId());
  }

  private Rule rule(Rule r) {
    List<Condition> conditions =
        r.conditions().stream()
            .map(
                c ->
                    new Condition(
                        c.id(),
                        text(path("rule", r.id(), "condition", c.id(), "text"), c.text()),
                        text(path("rule", r.id(), "condition", c.id(), "reason"), c.reason())))
            .toList();
    return new Rule(r.id(), r.redLine(), r.when(), r.outcome(), text(path("rule", r.id(), "reason"), r.reason()), r.stagePlan(), conditions);
  }

  private StagePlan stagePlan(StagePlan p) {
    List<Stage> stages =
        p.stages().stream()
            .map(
                s ->
                    new Stage(
                        s.id(),
                        text(path("stagePlan", p.id(), "stage", s.id(), "name"), s.name()),
                        text(path("stagePlan", p.id(), "stage", s.id(), "description"), s.description()),
                        text(path("stagePlan", p.id(), "stage", s.id(), "gate"), s.gate())))
            .toList();
    return new StagePlan(p.id(), text(path("stagePlan", p.id(), "title"), p.title()), stages);
  }

  private Prompt prompt(Prompt p) {
    return new Prompt(p.id(), text(path("prompt", p.id(), "text"), p.text()), p.showIf());
  }
}
