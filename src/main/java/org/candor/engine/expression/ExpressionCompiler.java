package org.candor.engine.expression;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles the expressions of one questionnaire with CEL: parses them, checks every name against
 * the declared questions and dimensions (with messages an author understands), type-checks them
 * and builds a program once.
 *
 * <p>Variables: each question id (its answer), {@code answered.<question>}, {@code
 * score.<dimension>} (normalised 0–10) and {@code raw.<dimension>}.
 */
public final class ExpressionCompiler {

  /** Names an author cannot use as ids, because expressions would misread them. */
  public static final Set<String> RESERVED =
      Set.of(
          // CEL keywords and reserved words
          "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for",
          "function", "if", "import", "let", "loop", "package", "namespace", "return", "var",
          "void", "while",
          // CEL type names
          "int", "uint", "double", "bool", "string", "bytes", "list", "map", "type", "dyn",
          "null_type",
          // the engine's own variable groups
          "answered", "score", "raw");

  private static final Set<String> GROUPS = Set.of("answered", "score", "raw");

  private final Map<String, Declaration> questions = new LinkedHashMap<>();
  private final Set<String> dimensions;
  private final Cel cel;
  private final boolean partial;

  public ExpressionCompiler(List<Declaration> declarations, Collection<String> dimensionIds) {
    this(declarations, dimensionIds, false);
  }

  /**
   * @param partial whether some questions are missing (an include could not be resolved): then
   *     unknown question names are not reported, and expressions that use them are not type-checked
   */
  public ExpressionCompiler(List<Declaration> declarations, Collection<String> dimensionIds, boolean partial) {
    this.partial = partial;
    for (Declaration declaration : declarations) {
      questions.put(declaration.id(), declaration);
    }
    this.dimensions = new LinkedHashSet<>(dimensionIds);
    var builder =
        CelFactory.plannerCelBuilder()
            .setOptions(
                CelOptions.current()
                    .enableHeterogeneousNumericComparisons(true)
                    .comprehensionMaxIterations(10_000)
                    .maxExpressionCodePointSize(2_000)
                    .build())
            .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
            .setResultType(SimpleType.BOOL);
    for (Declaration declaration : declarations) {
      builder.addVar(declaration.id(), declaration.type().celType());
      builder.addVar("answered." + declaration.id(), SimpleType.BOOL);
    }
    for (String dimension : dimensions) {
      builder.addVar("score." + dimension, SimpleType.DOUBLE);
      builder.addVar("raw." + dimension, SimpleType.DOUBLE);
    }
    this.cel = builder.build();
  }

  /** The outcome of compiling one expression: a compiled expression, or the problems found. */
  public record Result(CompiledExpression expression, List<ExpressionIssue> issues) {
    public boolean ok() {
      return expression != null;
    }
  }

  /** Parses only: for expressions that will be checked later, in the questionnaire that uses them. */
  public static List<ExpressionIssue> syntax(String expression) {
    ExpressionCompiler empty = new ExpressionCompiler(List.of(), List.of());
    CelValidationResult parsed = empty.cel.parse(expression);
    return parsed.hasError() ? empty.parseIssues(expression, parsed) : List.of();
  }

  public Result compile(String expression, Scope scope) {
    CelValidationResult parsed = cel.parse(expression);
    if (parsed.hasError()) {
      return new Result(null, parseIssues(expression, parsed));
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = parsed.getAst();
    } catch (CelValidationException e) {
      return new Result(null, List.of(new ExpressionIssue(0, "the expression could not be read")));
    }
    Walk walk = new Walk(ast, scope);
    walk.visit(ast.getExpr());
    if (!walk.issues.isEmpty() || walk.unresolved) {
      return new Result(null, sorted(walk.issues));
    }
    CelValidationResult checked = cel.check(ast);
    if (checked.hasError()) {
      List<ExpressionIssue> issues = new ArrayList<>();
      for (CelIssue issue : checked.getErrors()) {
        issues.add(new ExpressionIssue(offset(expression, issue), CheckerMessages.explain(issue.getMessage())));
      }
      return new Result(null, sorted(issues));
    }
    try {
      CelAbstractSyntaxTree checkedAst = checked.getAst();
      var program = cel.createProgram(checkedAst);
      Dnf dnf = new Shapes(questions).dnf(ast.getExpr());
      return new Result(
          new CompiledExpression(
              expression, program, List.copyOf(walk.variables), walk.questionRefs, walk.dimensionRefs, dnf),
          List.of());
    } catch (CelValidationException | CelEvaluationException e) {
      return new Result(null, List.of(new ExpressionIssue(0, "the expression could not be compiled: " + e.getMessage())));
    }
  }

  private List<ExpressionIssue> parseIssues(String expression, CelValidationResult parsed) {
    List<ExpressionIssue> issues = new ArrayList<>();
    for (CelIssue issue : parsed.getErrors()) {
      issues.add(new ExpressionIssue(offset(expression, issue), CheckerMessages.explainSyntax(issue.getMessage())));
    }
    // CEL's parser often reports one mistake several times; the first says it best.
    return issues.isEmpty() ? issues : List.of(sorted(issues).get(0));
  }

  private static List<ExpressionIssue> sorted(List<ExpressionIssue> issues) {
    List<ExpressionIssue> copy = new ArrayList<>(new LinkedHashSet<>(issues));
    copy.sort((a, b) -> a.offset() != b.offset() ? Integer.compare(a.offset(), b.offset()) : a.message().compareTo(b.message()));
    return copy;
  }

  /** Code point offset of a CEL issue (line 1-based, column 0-based) in the expression. */
  private static int offset(String expression, CelIssue issue) {
    int line = issue.getSourceLocation().getLine();
    int column = Math.max(0, issue.getSourceLocation().getColumn());
    if (line <= 0) {
      return 0;
    }
    int offset = 0;
    int currentLine = 1;
    int[] codePoints = expression.codePoints().toArray();
    int i = 0;
    while (currentLine < line && i < codePoints.length) {
      if (codePoints[i] == '\n') {
        currentLine++;
      }
      i++;
      offset++;
    }
    return Math.min(offset + column, codePoints.length);
  }

  /** Checks every name an expression uses and records what it reads. */
  private final class Walk {
    private final CelAbstractSyntaxTree ast;
    private final Scope scope;
    private final Deque<Set<String>> locals = new ArrayDeque<>();
    final List<ExpressionIssue> issues = new ArrayList<>();
    final Set<String> variables = new LinkedHashSet<>();
    final Set<String> questionRefs = new TreeSet<>();
    final Set<String> dimensionRefs = new TreeSet<>();
    boolean unresolved;

    Walk(CelAbstractSyntaxTree ast, Scope scope) {
      this.ast = ast;
      this.scope = scope;
    }

    private int position(CelExpr expr) {
      Integer position = ast.getSource().getPositionsMap().get(expr.id());
      return position == null ? 0 : position;
    }

    private boolean isLocal(String name) {
      for (Set<String> frame : locals) {
        if (frame.contains(name)) {
          return true;
        }
      }
      return false;
    }

    void visit(CelExpr expr) {
      switch (expr.getKind()) {
        case IDENT -> ident(expr);
        case SELECT -> select(expr);
        case CALL -> {
          if (expr.call().function().equals("dyn") && expr.call().target().isEmpty()) {
            // dyn() switches type checking off, so a mistake would only show when answers arrive
            issues.add(new ExpressionIssue(position(expr), "dyn() is not allowed: it switches type checking off"));
          }
          expr.call().target().ifPresent(this::visit);
          expr.call().args().forEach(this::visit);
          optionValues(expr);
        }
        case LIST -> expr.list().elements().forEach(this::visit);
        case MAP -> expr.map().entries().forEach(e -> {
              visit(e.key());
              visit(e.value());
            });
        case STRUCT -> expr.struct().entries().forEach(e -> visit(e.value()));
        case COMPREHENSION -> {
          var c = expr.comprehension();
          visit(c.iterRange());
          visit(c.accuInit());
          Set<String> frame = new HashSet<>();
          frame.add(c.iterVar());
          if (!c.iterVar2().isEmpty()) {
            frame.add(c.iterVar2());
          }
          frame.add(c.accuVar());
          locals.push(frame);
          visit(c.loopCondition());
          visit(c.loopStep());
          visit(c.result());
          locals.pop();
        }
        default -> {
          // constants and empty nodes read nothing
        }
      }
    }

    private void ident(CelExpr expr) {
      String name = expr.ident().name();
      if (isLocal(name)) {
        return;
      }
      int at = position(expr);
      if (GROUPS.contains(name)) {
        String what = name.equals("answered") ? "question id" : "dimension id";
        issues.add(new ExpressionIssue(at, "write " + name + ".<" + what + ">, e.g. " + example(name)));
        return;
      }
      Declaration question = questions.get(name);
      if (question != null) {
        useQuestion(question, name, at);
        return;
      }
      if (dimensions.contains(name)) {
        issues.add(
            new ExpressionIssue(
                at,
                "'" + name + "' is a dimension, not a question; write score." + name + " (0 to 10) or raw." + name));
        return;
      }
      if (partial) {
        unresolved = true;
        return;
      }
      issues.add(new ExpressionIssue(at, "unknown name '" + name + "': no question has this id" + Suggest.didYouMean(name, questions.keySet())));
    }

    private void select(CelExpr expr) {
      var select = expr.select();
      CelExpr operand = select.operand();
      if (operand.getKind() != CelExpr.ExprKind.Kind.IDENT
          || !GROUPS.contains(operand.ident().name())
          || isLocal(operand.ident().name())) {
        visit(operand);
        return;
      }
      String group = operand.ident().name();
      String field = select.field();
      int at = position(operand);
      if (select.testOnly()) {
        issues.add(new ExpressionIssue(at, "has() is not needed here; use " + group + "." + field + " directly"));
        return;
      }
      if (group.equals("answered")) {
        Declaration question = questions.get(field);
        if (question == null && partial) {
          unresolved = true;
          return;
        }
        if (question == null) {
          issues.add(new ExpressionIssue(at, "answered." + field + " refers to an unknown question '" + field + "'" + Suggest.didYouMean(field, questions.keySet())));
          return;
        }
        useQuestion(question, "answered." + field, at);
        return;
      }
      if (scope.kind() == Scope.Kind.SHOW_IF) {
        issues.add(
            new ExpressionIssue(
                at, group + "." + field + " cannot be used in a question's showIf: scores are known only once all answers are in"));
        return;
      }
      if (!dimensions.contains(field)) {
        issues.add(new ExpressionIssue(at, group + "." + field + " refers to an unknown dimension '" + field + "'" + Suggest.didYouMean(field, dimensions)));
        return;
      }
      variables.add(group + "." + field);
      dimensionRefs.add(field);
    }

    private void useQuestion(Declaration question, String variable, int at) {
      if (scope.kind() == Scope.Kind.SHOW_IF && question.order() >= scope.questionOrder()) {
        if (question.id().equals(scope.questionId())) {
          issues.add(new ExpressionIssue(at, "a question's showIf cannot use the question's own answer ('" + question.id() + "')"));
        } else {
          issues.add(
              new ExpressionIssue(
                  at, "'" + question.id() + "' comes later in the questionnaire; a showIf can only use questions that come before it"));
        }
        return;
      }
      variables.add(variable);
      questionRefs.add(question.id());
    }

    /** {@code q == 'x'} and {@code 'x' in q}: 'x' must be one of q's options. */
    private void optionValues(CelExpr expr) {
      String function = expr.call().function();
      List<CelExpr> args = expr.call().args();
      if (args.size() != 2) {
        return;
      }
      CelExpr questionSide;
      CelExpr valueSide;
      if (function.equals("@in")
          && args.get(0).getKind() == CelExpr.ExprKind.Kind.IDENT
          && args.get(1).getKind() == CelExpr.ExprKind.Kind.LIST) {
        for (CelExpr element : args.get(1).list().elements()) {
          checkOption(args.get(0), element, false);
        }
        return;
      }
      if (function.equals("_==_") || function.equals("_!=_")) {
        boolean leftIsIdent = args.get(0).getKind() == CelExpr.ExprKind.Kind.IDENT;
        questionSide = leftIsIdent ? args.get(0) : args.get(1);
        valueSide = leftIsIdent ? args.get(1) : args.get(0);
      } else if (function.equals("@in")) {
        questionSide = args.get(1);
        valueSide = args.get(0);
      } else {
        return;
      }
      checkOption(questionSide, valueSide, function.equals("@in"));
    }

    /** Reports {@code valueSide} if it is a text constant that is not an option of the question. */
    private void checkOption(CelExpr questionSide, CelExpr valueSide, boolean membership) {
      if (questionSide.getKind() != CelExpr.ExprKind.Kind.IDENT
          || valueSide.getKind() != CelExpr.ExprKind.Kind.CONSTANT
          || valueSide.constant().getKind() != CelConstant.Kind.STRING_VALUE
          || isLocal(questionSide.ident().name())) {
        return;
      }
      Declaration question = questions.get(questionSide.ident().name());
      if (question == null || question.options() == null) {
        return;
      }
      if (membership != (question.type() == ValueType.CHOICES)) {
        return; // a type error the checker reports
      }
      String value = valueSide.constant().stringValue();
      if (!question.options().contains(value)) {
        issues.add(
            new ExpressionIssue(
                position(valueSide),
                "'" + value + "' is not an option of question '" + question.id() + "'; its options are: "
                    + String.join(", ", question.options()) + Suggest.didYouMean(value, question.options())));
      }
    }

    private String example(String group) {
      if (group.equals("answered")) {
        return questions.isEmpty() ? "answered.partner_type" : "answered." + questions.keySet().iterator().next();
      }
      return dimensions.isEmpty() ? group + ".partner_risk" : group + "." + dimensions.iterator().next();
    }
  }
}
