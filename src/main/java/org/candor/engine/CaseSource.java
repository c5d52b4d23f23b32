package org.candor.engine;

/** A published source a case rests on; {@code url} may be {@code null}. */
public record CaseSource(String title, String publisher, String date, String url) {}
