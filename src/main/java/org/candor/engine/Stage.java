package org.candor.engine;

/**
 * One stage of a staged release.
 *
 * @param gate what must be true before moving to the next stage, or {@code null} for the last
 */
public record Stage(String id, String name, String description, String gate) {}
