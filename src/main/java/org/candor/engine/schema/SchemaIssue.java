package org.candor.engine.schema;

import org.candor.engine.yaml.Mark;

/** A structural problem found by the schema, placed in the file and said in an author's words. */
public record SchemaIssue(Mark mark, String message) {}
