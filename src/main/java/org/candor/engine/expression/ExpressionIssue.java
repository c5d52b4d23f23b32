package org.candor.engine.expression;

/**
 * A problem in an expression.
 *
 * @param offset the code point offset in the expression text where the problem is, or 0
 * @param message what is wrong, for an author
 */
public record ExpressionIssue(int offset, String message) {}
