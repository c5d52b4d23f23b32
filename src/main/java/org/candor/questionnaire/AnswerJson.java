package org.candor.questionnaire;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.candor.platform.JsonBuilders;

/**
 * Answers between JSON and the engine's plain values: strings, lists of strings and numbers.
 * Anything else is passed through as a value the engine will refuse with a message, never dropped.
 */
public final class AnswerJson {

  private AnswerJson() {}

  public static Object toValue(JsonValue json) {
    if (json == null) {
      return null;
    }
    return switch (json.getValueType()) {
      case STRING -> ((JsonString) json).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) json;
        yield number.isIntegral() ? (Object) number.longValue() : (Object) number.doubleValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
      case ARRAY -> {
        List<Object> items = new ArrayList<>();
        for (JsonValue item : (JsonArray) json) {
          items.add(toValue(item));
        }
        yield items;
      }
      case OBJECT -> {
        Map<String, Object> fields = new LinkedHashMap<>();
        ((JsonObject) json).forEach((name, value) -> fields.put(name, toValue(value)));
        yield fields;
      }
    };
  }

  public static Map<String, Object> toAnswers(JsonObject answers) {
    Map<String, Object> values = new LinkedHashMap<>();
    answers.forEach((question, value) -> values.put(question, toValue(value)));
    return values;
  }

  public static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof String text) {
      return JsonBuilders.PROVIDER.createValue(text);
    }
    if (value instanceof Long || value instanceof Integer) {
      return JsonBuilders.PROVIDER.createValue(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return JsonBuilders.PROVIDER.createValue(number.doubleValue());
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof Collection<?> items) {
      JsonArrayBuilder array = JsonBuilders.PROVIDER.createArrayBuilder();
      items.forEach(item -> array.add(toJson(item)));
      return array.build();
    }
    throw new IllegalArgumentException("Not an answer value: " + value.getClass().getName());
  }

  public static Object parse(String json) {
    return toValue(JsonBuilders.PROVIDER.createReader(new StringReader(json)).readValue());
  }
}
