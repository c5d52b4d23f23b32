package org.candor.engine;

/** A conversation prompt shown with a recommendation. */
public record PromptText(String id, String text) {}
