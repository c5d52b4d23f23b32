package org.candor.engine;

import java.util.List;
import org.candor.engine.yaml.YamlMap;

/** A section that questionnaires include by id ({@code kind: section}), as it was loaded. */
public final class ReusableSection {

  private final String id;
  private final String title;
  private final String description;
  private final List<String> dimensions;
  private final List<String> includes;
  private final List<Question> questions;
  private final String source;
  private final YamlMap node;

  ReusableSection(
      String id,
      String title,
      String description,
      List<String> dimensions,
      List<String> includes,
      List<Question> questions,
      String source,
      YamlMap node) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.dimensions = List.copyOf(dimensions);
    this.includes = List.copyOf(includes);
    this.questions = List.copyOf(questions);
    this.source = source;
    this.node = node;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** The dimensions its weights use; an including questionnaire must declare them. */
  public List<String> dimensions() {
    return dimensions;
  }

  /** Ids of the sections it includes (they come before it). */
  public List<String> includes() {
    return includes;
  }

  /** Its own questions (not those of the sections it includes). */
  public List<Question> questions() {
    return questions;
  }

  /** The name of the file it came from. */
  public String source() {
    return source;
  }

  YamlMap node() {
    return node;
  }

  @Override
  public String toString() {
    return "section " + id + " (" + source + ")";
  }
}
