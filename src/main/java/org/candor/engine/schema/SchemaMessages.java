package org.candor.engine.schema;

import com.networknt.schema.Error;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.candor.engine.expression.Suggest;
import org.candor.engine.yaml.Mark;
import org.candor.engine.yaml.YamlMap;
import org.candor.engine.yaml.YamlNode;
import org.candor.engine.yaml.YamlScalar;
import tools.jackson.databind.JsonNode;

/** Turns JSON Schema errors into positioned messages an author understands. */
final class SchemaMessages {

  private static final Map<String, String> PATTERNS =
      Map.of(
          "^[a-z][a-z0-9_]*$",
          "an id starts with a lowercase letter and uses only lowercase letters, digits and '_'",
          "^[a-z][a-z0-9-]*$",
          "this id starts with a lowercase letter and uses only lowercase letters, digits and '-'",
          "^[a-z0-9][a-z0-9_-]*$",
          "an option value uses only lowercase letters, digits, '_' and '-'",
          "^[0-9]+(\\.[0-9]+){0,3}$",
          "a version is numbers separated by dots, e.g. \"1.0.0\"",
          "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$",
          "a date is written \"2019\", \"2019-06\" or \"2019-06-01\"",
          "^https?://\\S+$",
          "a link starts with http:// or https:// and has no spaces",
          "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
          "a language tag is written like en, fr or zh");

  private final JsonNode schemaDocument;

  SchemaMessages(JsonNode schemaDocument) {
    this.schemaDocument = schemaDocument;
  }

  List<SchemaIssue> translate(YamlNode root, List<Error> errors) {
    List<SchemaIssue> issues = new ArrayList<>();
    for (Error error : errors) {
      SchemaIssue issue = translate(root, error);
      if (!issues.contains(issue)) {
        issues.add(issue);
      }
    }
    issues.sort(
        Comparator.comparingInt((SchemaIssue i) -> i.mark().line())
            .thenComparingInt(i -> i.mark().column())
            .thenComparing(SchemaIssue::message));
    return issues;
  }

  private SchemaIssue translate(YamlNode root, Error error) {
    List<Object> path = new ArrayList<>();
    var location = error.getInstanceLocation();
    for (int i = 0; i < location.getNameCount(); i++) {
      path.add(location.getElement(i));
    }
    List<YamlNode> nodes = Paths.walk(root, path);
    YamlNode node = nodes.get(nodes.size() - 1);
    String where = Paths.describe(root, path);
    String key = path.isEmpty() ? null : path.get(path.size() - 1) instanceof String s ? s : null;
    String name = name(path);
    Object[] args = error.getArguments() == null ? new Object[0] : error.getArguments();
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    switch (keyword) {
      case "required" -> {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(args[0]);
        if (path.isEmpty() && property.equals("kind")) {
          return new SchemaIssue(
              node.start(),
              "missing 'kind' at the top of the file; write kind: questionnaire, kind: section or kind: case");
        }
        return new SchemaIssue(
            node.start(), "missing '" + property + "'" + (path.isEmpty() ? " at the top of the file" : " in " + where));
      }
      case "additionalProperties" -> {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(args[0]);
        YamlMap.Entry entry = Paths.entry(nodes, property);
        Mark mark = entry != null ? entry.key().start() : node.start();
        List<String> allowed = allowedKeys(error);
        String place =
            path.isEmpty() ? "at the top of the file" : key != null && !isNamed(path) ? "in '" + key + "' of " + where : "in " + where;
        return new SchemaIssue(mark, "unknown key '" + property + "' " + place + suggestion(property, allowed, "allowed keys"));
      }
      case "false" -> {
        Mark mark = keyMark(root, path, node);
        String type = questionType(root, path);
        String property = key != null ? key : String.valueOf(args.length > 0 ? args[0] : "");
        if (type != null) {
          return new SchemaIssue(
              mark, "'" + property + "' does not apply to a " + type + " question" + at(where));
        }
        return new SchemaIssue(mark, "'" + property + "' is not allowed here" + at(where));
      }
      case "type" -> {
        String found = String.valueOf(args[0]);
        String expected = String.valueOf(args[1]);
        if (path.isEmpty()) {
          return new SchemaIssue(
              node.start(),
              "the file must be a mapping of keys to values, starting with kind: questionnaire, kind: section or kind: case");
        }
        if (found.equals("null")) {
          return new SchemaIssue(node.start(), name + " is empty" + at(where) + "; it must be " + typeName(expected));
        }
        if (expected.equals("[string, object]") && node instanceof YamlScalar) {
          // a text: a scalar of the wrong kind is meant as plain text, so say so rather than offer a mapping
          expected = "string";
        }
        String hint = "";
        if (expected.equals("string") && node instanceof YamlScalar scalar) {
          hint = "; put it in quotes: \"" + scalar.value() + "\"";
        }
        return new SchemaIssue(
            node.start(),
            name + " must be " + typeName(expected) + ", not " + typeName(found) + at(where) + hint);
      }
      case "enum", "const" -> {
        String value = node instanceof YamlScalar scalar ? scalar.value() : node.describeKind();
        List<String> allowed = enumValues(error.getSchemaNode());
        return new SchemaIssue(
            node.start(),
            "'" + value + "' is not a valid " + (key != null ? key : "value") + at(where) + "; use one of: "
                + String.join(", ", allowed) + suggestion(value, allowed, null).replace("; did", ". Did"));
      }
      case "pattern" -> {
        String value = node instanceof YamlScalar scalar ? scalar.value() : "";
        String rule = PATTERNS.getOrDefault(String.valueOf(args[0]), "it must match " + args[0]);
        return new SchemaIssue(node.start(), "'" + value + "' is not a valid " + (key != null ? key : "value") + at(where) + ": " + rule);
      }
      case "propertyNames" -> {
        String property = error.getProperty() != null ? error.getProperty() : String.valueOf(args[0]);
        YamlMap.Entry entry = Paths.entry(nodes, property);
        Mark mark = entry != null ? entry.key().start() : node.start();
        String what = "answers".equals(key) ? "question id" : "dimension id";
        return new SchemaIssue(
            mark, "'" + property + "' is not a valid " + what + at(where) + ": " + PATTERNS.get("^[a-z][a-z0-9_]*$"));
      }
      case "minLength" -> {
        return new SchemaIssue(node.start(), name + " must not be empty" + at(where));
      }
      case "maxLength" -> {
        return new SchemaIssue(node.start(), name + " is too long" + at(where) + ": at most " + args[0] + " characters");
      }
      case "minItems" -> {
        return new SchemaIssue(node.start(), name + " needs at least " + args[0] + (args[0].toString().equals("1") ? " entry" : " entries") + at(where));
      }
      case "minimum" -> {
        return new SchemaIssue(node.start(), name + " must be at least " + args[0] + at(where));
      }
      case "maximum" -> {
        return new SchemaIssue(node.start(), name + " must be at most " + args[0] + at(where));
      }
      default -> {
        return new SchemaIssue(node.start(), name + ": " + error.getMessage() + at(where));
      }
    }
  }

  /** "'title'", "'prompt'", or "item 2 of 'includes'". */
  private static String name(List<Object> path) {
    if (path.isEmpty()) {
      return "the file";
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer index) {
      String list = path.size() > 1 ? String.valueOf(path.get(path.size() - 2)) : "the list";
      return "item " + (index + 1) + " of '" + list + "'";
    }
    return "'" + last + "'";
  }

  /** Whether the path ends at a thing described by name (a list item), rather than inside one. */
  private static boolean isNamed(List<Object> path) {
    return !path.isEmpty() && path.get(path.size() - 1) instanceof Integer;
  }

  private static Mark keyMark(YamlNode root, List<Object> path, YamlNode node) {
    if (!path.isEmpty() && path.get(path.size() - 1) instanceof String key) {
      List<YamlNode> parent = Paths.walk(root, path.subList(0, path.size() - 1));
      YamlMap.Entry entry = Paths.entry(parent, key);
      if (entry != null) {
        return entry.key().start();
      }
    }
    return node.start();
  }

  /** The question type of the question that contains the path, if any. */
  private static String questionType(YamlNode root, List<Object> path) {
    int index = path.lastIndexOf("questions");
    if (index < 0 || index + 1 >= path.size()) {
      return null;
    }
    List<YamlNode> nodes = Paths.walk(root, path.subList(0, index + 2));
    if (nodes.size() == index + 3
        && nodes.get(nodes.size() - 1) instanceof YamlMap question
        && question.get("type") instanceof YamlScalar type) {
      return type.value();
    }
    return null;
  }

  private List<String> allowedKeys(Error error) {
    String fragment = error.getSchemaLocation().getFragment().toString();
    int cut = fragment.lastIndexOf("/additionalProperties");
    if (cut < 0) {
      return List.of();
    }
    JsonNode parent = schemaDocument.at(fragment.substring(0, cut).replaceFirst("^#", ""));
    JsonNode properties = parent.path("properties");
    List<String> keys = new ArrayList<>();
    properties.propertyNames().forEach(keys::add);
    return keys;
  }

  private static List<String> enumValues(JsonNode schemaNode) {
    List<String> values = new ArrayList<>();
    if (schemaNode != null && schemaNode.isArray()) {
      schemaNode.forEach(v -> values.add(v.asString()));
    } else if (schemaNode != null && !schemaNode.isMissingNode()) {
      values.add(schemaNode.asString());
    }
    return values;
  }

  /** " (where)", or nothing at the top level of the file. */
  private static String at(String where) {
    return where.equals("the file") ? "" : " (" + where + ")";
  }

  /** "; did you mean 'x'?" for a near miss, else "; allowed keys: a, b" (when a list name is given). */
  static String suggestion(String given, List<String> allowed, String listName) {
    String best = Suggest.closest(given, allowed);
    if (best != null) {
      return "; did you mean '" + best + "'?";
    }
    if (listName != null && !allowed.isEmpty()) {
      return "; " + listName + ": " + String.join(", ", allowed);
    }
    return "";
  }

  private static String typeName(String jsonType) {
    String t = jsonType.replace("[", "").replace("]", "").strip();
    if (t.contains(",")) {
      List<String> names = new ArrayList<>();
      for (String part : t.split(",")) {
        names.add(typeName(part.strip()));
      }
      return String.join(" or ", names);
    }
    return switch (t) {
      case "string" -> "text";
      case "number" -> "a number";
      case "integer" -> "a whole number";
      case "boolean" -> "true or false";
      case "object" -> "a mapping (key: value lines)";
      case "array" -> "a list";
      case "null" -> "empty";
      default -> t;
    };
  }
}
