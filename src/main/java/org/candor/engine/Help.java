package org.candor.engine;

/**
 * Why a question matters.
 *
 * @param why the explanation in plain words
 * @param source the article, framework or documented case it rests on
 */
public record Help(String why, String source) {}
