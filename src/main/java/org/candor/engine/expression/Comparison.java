package org.candor.engine.expression;

/** A numeric comparison operator as written in an expression. */
public enum Comparison {
  LT("<"),
  LE("<="),
  GT(">"),
  GE(">="),
  EQ("=="),
  NE("!=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The operator that holds exactly when this one does not. */
  public Comparison negate() {
    return switch (this) {
      case LT -> GE;
      case LE -> GT;
      case GT -> LE;
      case GE -> LT;
      case EQ -> NE;
      case NE -> EQ;
    };
  }

  /** The operator with its operands swapped ({@code 3 < x} is {@code x > 3}). */
  public Comparison flip() {
    return switch (this) {
      case LT -> GT;
      case LE -> GE;
      case GT -> LT;
      case GE -> LE;
      case EQ, NE -> this;
    };
  }

  public boolean test(double left, double right) {
    return switch (this) {
      case LT -> left < right;
      case LE -> left <= right;
      case GT -> left > right;
      case GE -> left >= right;
      case EQ -> left == right;
      case NE -> left != right;
    };
  }

  static Comparison ofFunction(String function) {
    return switch (function) {
      case "_<_" -> LT;
      case "_<=_" -> LE;
      case "_>_" -> GT;
      case "_>=_" -> GE;
      case "_==_" -> EQ;
      case "_!=_" -> NE;
      default -> null;
    };
  }
}
