/**
 * Structure checks with the JSON Schema shipped in {@code surveys/schema/}, the same file editors
 * use, with its errors turned into positioned messages an author understands.
 */
package org.candor.engine.schema;
