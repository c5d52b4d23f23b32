/**
 * Conditions and rule predicates in CEL: names checked against the questionnaire, types checked,
 * programs compiled once; plus the analysis of conditions into clauses used to find unreachable
 * rules and to explain how far a score is from a threshold.
 */
package org.candor.engine.expression;
