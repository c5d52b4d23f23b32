package org.candor.engine.expression;

import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.List;
import java.util.Map;

/** Analyses a parsed expression into {@link Dnf} form over {@link Atom}s. */
final class Shapes {

  private final Map<String, Declaration> questions;

  Shapes(Map<String, Declaration> questions) {
    this.questions = questions;
  }

  /** The DNF of {@code expr}, or {@code null} if it would be too large. */
  Dnf dnf(CelExpr expr) {
    return dnf(expr, false);
  }

  private Dnf dnf(CelExpr expr, boolean negated) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && expr.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE) {
      return expr.constant().booleanValue() != negated ? Dnf.TRUE : Dnf.FALSE;
    }
    if (expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().target().isEmpty()) {
      String function = expr.call().function();
      List<CelExpr> args = expr.call().args();
      if ((function.equals("_&&_") || function.equals("_||_")) && args.size() == 2) {
        Dnf left = dnf(args.get(0), negated);
        Dnf right = dnf(args.get(1), negated);
        if (left == null || right == null) {
          return null;
        }
        boolean conjunction = function.equals("_&&_") != negated;
        return conjunction ? left.and(right) : left.or(right);
      }
      if (function.equals("!_") && args.size() == 1) {
        return dnf(args.get(0), !negated);
      }
    }
    return Dnf.of(atom(expr, negated));
  }

  private Atom atom(CelExpr expr, boolean negated) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.SELECT) {
      var select = expr.select();
      if (!select.testOnly()
          && select.operand().getKind() == CelExpr.ExprKind.Kind.IDENT
          && select.operand().ident().name().equals("answered")) {
        return new Atom.Answered(select.field(), negated);
      }
    }
    if (expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().args().size() == 2) {
      String function = expr.call().function();
      CelExpr left = expr.call().args().get(0);
      CelExpr right = expr.call().args().get(1);
      Comparison comparison = Comparison.ofFunction(function);
      if (comparison != null) {
        Atom threshold = threshold(left, right, comparison, negated);
        if (threshold == null) {
          threshold = threshold(right, left, comparison.flip(), negated);
        }
        if (threshold != null) {
          return threshold;
        }
        if (comparison == Comparison.EQ || comparison == Comparison.NE) {
          boolean not = (comparison == Comparison.NE) != negated;
          Atom answer = answerIs(left, right, not);
          if (answer == null) {
            answer = answerIs(right, left, not);
          }
          if (answer != null) {
            return answer;
          }
        }
      }
      if (function.equals("@in")
          && right.getKind() == CelExpr.ExprKind.Kind.IDENT
          && isQuestion(right.ident().name(), ValueType.CHOICES)
          && stringConstant(left) != null) {
        return new Atom.ChoiceIncludes(right.ident().name(), stringConstant(left), negated);
      }
    }
    return new Atom.Opaque(text(expr), negated);
  }

  private Atom threshold(CelExpr variable, CelExpr constant, Comparison comparison, boolean negated) {
    if (variable.getKind() != CelExpr.ExprKind.Kind.SELECT
        || variable.select().operand().getKind() != CelExpr.ExprKind.Kind.IDENT) {
      return null;
    }
    String group = variable.select().operand().ident().name();
    Atom.Measure measure =
        switch (group) {
          case "score" -> Atom.Measure.SCORE;
          case "raw" -> Atom.Measure.RAW;
          default -> null;
        };
    Double value = number(constant);
    if (measure == null || value == null) {
      return null;
    }
    return new Atom.Threshold(
        measure, variable.select().field(), negated ? comparison.negate() : comparison, value);
  }

  private Atom answerIs(CelExpr variable, CelExpr constant, boolean negated) {
    if (variable.getKind() != CelExpr.ExprKind.Kind.IDENT
        || !isQuestion(variable.ident().name(), ValueType.TEXT)
        || stringConstant(constant) == null) {
      return null;
    }
    return new Atom.AnswerIs(variable.ident().name(), stringConstant(constant), negated);
  }

  private boolean isQuestion(String name, ValueType type) {
    Declaration declaration = questions.get(name);
    return declaration != null && declaration.type() == type;
  }

  private static String stringConstant(CelExpr expr) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT
        && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE) {
      return expr.constant().stringValue();
    }
    return null;
  }

  private static Double number(CelExpr expr) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.CONSTANT) {
      CelConstant constant = expr.constant();
      return switch (constant.getKind()) {
        case INT64_VALUE -> (double) constant.int64Value();
        case DOUBLE_VALUE -> constant.doubleValue();
        case UINT64_VALUE -> constant.uint64Value().doubleValue();
        default -> null;
      };
    }
    if (expr.getKind() == CelExpr.ExprKind.Kind.CALL
        && expr.call().function().equals("-_")
        && expr.call().args().size() == 1) {
      Double inner = number(expr.call().args().get(0));
      return inner == null ? null : -inner;
    }
    return null;
  }

  /** A stable text for an expression node, used to recognise the same test written twice. */
  private String text(CelExpr expr) {
    return expr.toString().replaceAll("\\[\\d+\\]", "").replaceAll("\\s+", " ");
  }
}
