package org.candor.platform;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reads of a JSON request body. A field of the wrong type is a 400 naming that field,
 * never a silent conversion (JSON-B would turn {@code ["a"]} into the title {@code "[a]"}).
 */
public final class JsonBody {

  private final JsonObject body;

  private JsonBody(JsonObject body) {
    this.body = body;
  }

  /** The body, which must be a JSON object; {@code example} shows the caller what to send. */
  public static JsonBody of(JsonValue body, String example) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new ProblemException(Problem.of(400, "Invalid request", "Send a JSON object such as " + example + "."));
    }
    return new JsonBody(body.asJsonObject());
  }

  /** A string, or null when absent or JSON null. */
  public String string(String field) {
    JsonValue value = present(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    throw wrongType(field, "text");
  }

  /** A whole number, or null when absent or JSON null. */
  public Long wholeNumber(String field) {
    JsonValue value = present(field);
    if (value == null) {
      return null;
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return number.longValueExact();
      } catch (ArithmeticException e) {
        throw wrongType(field, "a whole number that fits in 64 bits");
      }
    }
    throw wrongType(field, "a whole number");
  }

  /** A list of strings, empty when absent or JSON null. */
  public List<String> strings(String field) {
    JsonValue value = present(field);
    if (value == null) {
      return List.of();
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw wrongType(field, "a list of texts");
    }
    List<String> items = new ArrayList<>();
    for (JsonValue item : value.asJsonArray()) {
      if (!(item instanceof JsonString text)) {
        throw wrongType(field, "a list of texts");
      }
      items.add(text.getString());
    }
    return items;
  }

  private JsonValue present(String field) {
    JsonValue value = body.get(field);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  private static ProblemException wrongType(String field, String expected) {
    return ProblemException.invalidField(field, "'" + field + "' must be " + expected + ".");
  }
}
