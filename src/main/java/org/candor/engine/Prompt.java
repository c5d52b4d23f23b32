package org.candor.engine;

/**
 * A question for the team's conversation, shown with the recommendation.
 *
 * @param showIf a CEL condition over answers and scores, or {@code null} (always shown)
 */
public record Prompt(String id, String text, String showIf) {}
