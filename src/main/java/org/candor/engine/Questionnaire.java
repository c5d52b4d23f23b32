package org.candor.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.candor.engine.expression.CompiledExpression;

/**
 * A loaded, validated questionnaire: immutable, with its expressions compiled once. Identified by
 * {@link #id()} and {@link #version()}; {@link #contentHash()} fingerprints its content with every
 * include inlined.
 *
 * <p>Its texts are in the file's source language; {@link #in(Locale)} gives the same questionnaire
 * with its texts in another of its {@link #languages()}.
 */
public final class Questionnaire {

  private final String id;
  private final String version;
  private final String title;
  private final String summary;
  private final List<Dimension> dimensions;
  private final List<Section> sections;
  private final List<Question> questions;
  private final List<Rule> rules;
  private final List<StagePlan> stagePlans;
  private final List<Prompt> prompts;
  private final String source;
  private final List<String> languages;
  private final Translations translations;
  private final String contentHash;
  private final String selfContainedYaml;

  // What the engine needs, prepared once and shared by the questionnaire in every language.
  private final Map<String, Integer> questionIndex;
  private final Map<String, Integer> slots;
  final CompiledExpression[] showIf;
  final CompiledExpression[] ruleConditions;
  final CompiledExpression[] promptConditions;
  /** per question: answer value to weight per dimension (single, multi, yesno), else null */
  final List<Map<String, double[]>> answerWeights;
  /** per question: weight per unit and dimension (scale, number), else null */
  final List<double[]> unitWeights;
  /** per question: the values a choice answer can take */
  private final List<List<String>> optionValues;

  Questionnaire(
      String id,
      String version,
      String title,
      String summary,
      List<Dimension> dimensions,
      List<Section> sections,
      List<Rule> rules,
      List<StagePlan> stagePlans,
      List<Prompt> prompts,
      String source,
      List<String> languages,
      Translations translations,
      CompiledExpression[] showIf,
      CompiledExpression[] ruleConditions,
      CompiledExpression[] promptConditions) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.summary = summary;
    this.dimensions = List.copyOf(dimensions);
    this.sections = List.copyOf(sections);
    this.questions = sections.stream().flatMap(s -> s.questions().stream()).toList();
    this.rules = List.copyOf(rules);
    this.stagePlans = List.copyOf(stagePlans);
    this.prompts = List.copyOf(prompts);
    this.source = source;
    this.languages = List.copyOf(languages);
    this.translations = translations;
    this.showIf = showIf.clone();
    this.ruleConditions = ruleConditions.clone();
    this.promptConditions = promptConditions.clone();
    this.questionIndex = new HashMap<>();
    this.slots = new HashMap<>();
    this.answerWeights = new ArrayList<>();
    this.unitWeights = new ArrayList<>();
    this.optionValues = new ArrayList<>();
    int n = questions.size();
    int m = this.dimensions.size();
    for (int i = 0; i < n; i++) {
      Question question = questions.get(i);
      questionIndex.put(question.id(), i);
      slots.put(question.id(), i);
      slots.put("answered." + question.id(), n + i);
      answerWeights.add(answerWeightsOf(question));
      optionValues.add(question.optionValues());
      unitWeights.add(unitWeightsOf(question));
    }
    for (int d = 0; d < m; d++) {
      slots.put("score." + this.dimensions.get(d).id(), 2 * n + d);
      slots.put("raw." + this.dimensions.get(d).id(), 2 * n + m + d);
    }
    var canonical = Canonical.questionnaire(this, translations);
    this.contentHash = Canonical.sha256(Canonical.json(canonical));
    this.selfContainedYaml = Canonical.yaml(canonical, "questionnaire " + id + " " + version);
  }

  /** The same questionnaire with {@code original}'s evaluation and identity, and these texts. */
  private Questionnaire(
      Questionnaire original,
      String title,
      String summary,
      List<Dimension> dimensions,
      List<Section> sections,
      List<Rule> rules,
      List<StagePlan> stagePlans,
      List<Prompt> prompts) {
    this.id = original.id;
    this.version = original.version;
    this.title = title;
    this.summary = summary;
    this.dimensions = List.copyOf(dimensions);
    this.sections = List.copyOf(sections);
    this.questions = sections.stream().flatMap(s -> s.questions().stream()).toList();
    this.rules = List.copyOf(rules);
    this.stagePlans = List.copyOf(stagePlans);
    this.prompts = List.copyOf(prompts);
    this.source = original.source;
    this.languages = original.languages;
    this.translations = original.translations;
    this.contentHash = original.contentHash;
    this.selfContainedYaml = original.selfContainedYaml;
    this.questionIndex = original.questionIndex;
    this.slots = original.slots;
    this.showIf = original.showIf;
    this.ruleConditions = original.ruleConditions;
    this.promptConditions = original.promptConditions;
    this.answerWeights = original.answerWeights;
    this.unitWeights = original.unitWeights;
    this.optionValues = original.optionValues;
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String title() {
    return title;
  }

  public String summary() {
    return summary;
  }

  /** Hex SHA-256 of the canonical content with includes inlined; formatting and comments do not count. */
  public String contentHash() {
    return contentHash;
  }

  public List<Dimension> dimensions() {
    return dimensions;
  }

  public Optional<Dimension> dimension(String dimensionId) {
    return dimensions.stream().filter(d -> d.id().equals(dimensionId)).findFirst();
  }

  /** Sections in order, reusable sections inlined where they were included. */
  public List<Section> sections() {
    return sections;
  }

  /** Every question, in order. */
  public List<Question> questions() {
    return questions;
  }

  public Optional<Question> question(String questionId) {
    Integer index = questionIndex.get(questionId);
    return index == null ? Optional.empty() : Optional.of(questions.get(index));
  }

  /** The policy: rules in the order they are tried. */
  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> rule(String ruleId) {
    return rules.stream().filter(r -> r.id().equals(ruleId)).findFirst();
  }

  public List<StagePlan> stagePlans() {
    return stagePlans;
  }

  public Optional<StagePlan> stagePlan(String planId) {
    return stagePlans.stream().filter(p -> p.id().equals(planId)).findFirst();
  }

  public List<Prompt> prompts() {
    return prompts;
  }

  /** The name of the file it was loaded from. */
  public String source() {
    return source;
  }

  /**
   * The languages its file declares: the source language of its texts first, then the
   * translations it promises. {@code [en]} for a file that declares none.
   */
  public List<String> languages() {
    return languages;
  }

  /**
   * The same questionnaire (same ids, version, content hash and evaluation) with every text in the
   * language of {@code locale} — its full tag if the file declares it (zh-TW), else its language
   * (zh) — and, where a text has no translation, in the source language. A language the file does
   * not declare gives the questionnaire in its source language.
   */
  public Questionnaire in(Locale locale) {
    String language = Translations.match(languages, locale);
    if (language == null || language.equals(languages.get(0))) {
      return this;
    }
    return Localiser.questionnaire(this, translations, language);
  }

  /** Builds a copy with other texts; see {@link Localiser}. */
  Questionnaire withTexts(
      String title,
      String summary,
      List<Dimension> dimensions,
      List<Section> sections,
      List<Rule> rules,
      List<StagePlan> stagePlans,
      List<Prompt> prompts) {
    return new Questionnaire(this, title, summary, dimensions, sections, rules, stagePlans, prompts);
  }

  /** The content as plain records, e.g. for JSON-B. */
  public QuestionnaireContent content() {
    return new QuestionnaireContent(id, version, title, summary, contentHash, dimensions, sections, rules, stagePlans, prompts);
  }

  /**
   * The questionnaire as one YAML file with every include inlined. Loading it gives an equal
   * questionnaire with the same content hash, so it can be stored as the immutable version.
   */
  public String selfContainedYaml() {
    return selfContainedYaml;
  }

  /**
   * Checks one answer before it is saved.
   *
   * @throws InvalidAnswerException for an unknown question, a value of the wrong type, an unknown
   *     option, a number out of range or a text that is too long
   */
  public void checkAnswer(String questionId, Object value) {
    answerValue(questionId, value);
  }

  int indexOf(String questionId) {
    Integer index = questionIndex.get(questionId);
    return index == null ? -1 : index;
  }

  Map<String, Integer> slots() {
    return slots;
  }

  /**
   * Checks an answer and converts it to the value expressions see: String, List of String, Long
   * (scale and whole numbers) or Double. Empty text and empty lists mean "not answered" and come
   * back as {@code null}.
   */
  Object answerValue(String questionId, Object value) {
    Integer index = questionIndex.get(questionId);
    if (index == null) {
      throw new InvalidAnswerException(questionId, "there is no question '" + questionId + "' in " + id + " " + version);
    }
    Question question = questions.get(index);
    if (value == null) {
      throw new InvalidAnswerException(questionId, "no answer given");
    }
    List<String> options = optionValues.get(index);
    return switch (question.type()) {
      case SINGLE, YESNO -> choice(question, options, value);
      case MULTI -> choices(question, options, value);
      case SCALE -> scale(question, value);
      case NUMBER -> number(question, value);
      case TEXT -> text(question, value);
    };
  }

  private static String choice(Question question, List<String> options, Object value) {
    if (!(value instanceof String text)) {
      throw new InvalidAnswerException(question.id(), "the answer must be one of: " + String.join(", ", options));
    }
    if (!options.contains(text)) {
      throw new InvalidAnswerException(
          question.id(), "'" + text + "' is not an option; choose one of: " + String.join(", ", options));
    }
    return text;
  }

  private static List<String> choices(Question question, List<String> options, Object value) {
    if (!(value instanceof Collection<?> collection)) {
      throw new InvalidAnswerException(question.id(), "the answer must be a list of options");
    }
    List<String> chosen = new ArrayList<>(collection.size());
    for (Object item : collection) {
      if (!(item instanceof String text) || !options.contains(text)) {
        throw new InvalidAnswerException(
            question.id(), "'" + item + "' is not an option; choose from: " + String.join(", ", options));
      }
      if (chosen.contains(text)) {
        throw new InvalidAnswerException(question.id(), "'" + text + "' is chosen twice");
      }
      chosen.add(text);
    }
    return chosen.isEmpty() ? null : List.copyOf(chosen);
  }

  private static Long scale(Question question, Object value) {
    Long number = wholeNumber(value);
    ScaleSpec scale = question.scale();
    if (number == null) {
      throw new InvalidAnswerException(question.id(), "the answer must be a whole number from " + scale.min() + " to " + scale.max());
    }
    if (number < scale.min() || number > scale.max()) {
      throw new InvalidAnswerException(question.id(), number + " is out of range: choose from " + scale.min() + " to " + scale.max());
    }
    return number;
  }

  private static Object number(Question question, Object value) {
    NumberSpec spec = question.number();
    if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      throw new InvalidAnswerException(question.id(), "the answer must be a number");
    }
    double amount = number.doubleValue();
    if (spec.min() != null && amount < spec.min() || spec.max() != null && amount > spec.max()) {
      throw new InvalidAnswerException(question.id(), Fmt.number(amount) + " is out of range: " + range(spec));
    }
    if (spec.integer()) {
      Long whole = wholeNumber(value);
      if (whole == null) {
        throw new InvalidAnswerException(question.id(), "the answer must be a whole number");
      }
      return whole;
    }
    return amount;
  }

  private static String range(NumberSpec spec) {
    if (spec.min() != null && spec.max() != null) {
      return "enter a number from " + Fmt.number(spec.min()) + " to " + Fmt.number(spec.max());
    }
    return spec.min() != null ? "enter at least " + Fmt.number(spec.min()) : "enter at most " + Fmt.number(spec.max());
  }

  private static String text(Question question, Object value) {
    if (!(value instanceof String text)) {
      throw new InvalidAnswerException(question.id(), "the answer must be text");
    }
    int length = text.codePointCount(0, text.length());
    if (length > question.maxLength()) {
      throw new InvalidAnswerException(
          question.id(), "the answer is too long: " + length + " characters, at most " + question.maxLength());
    }
    return text.isEmpty() ? null : text;
  }

  /** The value as a long if it is a whole number that fits, else null. */
  private static Long wholeNumber(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger big) {
      return big.bitLength() < 64 ? big.longValue() : null;
    }
    if (value instanceof BigDecimal decimal) {
      try {
        return decimal.longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
        return (long) d;
      }
    }
    return null;
  }

  private Map<String, double[]> answerWeightsOf(Question question) {
    Map<String, double[]> byValue = new HashMap<>();
    switch (question.type()) {
      case SINGLE, MULTI -> question.options().forEach(o -> byValue.put(o.value(), vector(o.weights())));
      case YESNO -> question.answerWeights().forEach((value, w) -> byValue.put(value, vector(w)));
      default -> {
        return null;
      }
    }
    return byValue;
  }

  private double[] unitWeightsOf(Question question) {
    if ((question.type() == QuestionType.SCALE || question.type() == QuestionType.NUMBER) && !question.weights().isEmpty()) {
      return vector(question.weights());
    }
    return null;
  }

  private double[] vector(Map<String, Double> weights) {
    double[] vector = new double[dimensions.size()];
    for (int d = 0; d < dimensions.size(); d++) {
      vector[d] = weights.getOrDefault(dimensions.get(d).id(), 0.0);
    }
    return vector;
  }

  @Override
  public String toString() {
    return "questionnaire " + id + " " + version;
  }
}
