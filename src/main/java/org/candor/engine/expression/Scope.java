package org.candor.engine.expression;

/** Where an expression is used, which decides the names it may refer to. */
public record Scope(Kind kind, int questionOrder, String questionId) {

  public enum Kind {
    /** a question's showIf: only earlier questions, no scores */
    SHOW_IF,
    /** a policy rule's when */
    RULE,
    /** a conversation prompt's showIf: answers and scores */
    PROMPT
  }

  public static Scope showIf(int questionOrder, String questionId) {
    return new Scope(Kind.SHOW_IF, questionOrder, questionId);
  }

  public static final Scope RULE = new Scope(Kind.RULE, Integer.MAX_VALUE, null);
  public static final Scope PROMPT = new Scope(Kind.PROMPT, Integer.MAX_VALUE, null);
}
