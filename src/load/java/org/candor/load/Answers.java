package org.candor.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.candor.testing.Api;

/**
 * A valid answer to every question of a questionnaire that is always shown (no {@code showIf}),
 * in the questionnaire's order, as the request body an answer save sends.
 */
record Answers(String questionnaireId, List<Answer> answers) {

  record Answer(String questionId, String body) {}

  static Answers of(Api api, String questionnaireId) {
    Api.Reply reply = api.get("api/v1/questionnaires/" + questionnaireId);
    if (reply.status() != 200) {
      throw new IllegalStateException("questionnaire " + questionnaireId + ": " + reply.status() + " " + reply.text());
    }
    List<Answer> answers = new ArrayList<>();
    for (JsonValue section : reply.json().getJsonArray("sections")) {
      for (JsonValue question : section.asJsonObject().getJsonArray("questions")) {
        JsonObject q = question.asJsonObject();
        if (!q.containsKey("showIf") || q.isNull("showIf")) {
          answers.add(new Answer(q.getString("id"), Json.createObjectBuilder().add("value", valueFor(q)).build().toString()));
        }
      }
    }
    return new Answers(questionnaireId, List.copyOf(answers));
  }

  private static JsonValue valueFor(JsonObject q) {
    return switch (q.getString("type")) {
      case "SINGLE" -> Json.createValue(firstOption(q));
      case "MULTI" -> Json.createArrayBuilder().add(firstOption(q)).build();
      case "YESNO" -> Json.createValue("no");
      case "SCALE" -> Json.createValue(q.getJsonObject("scale").getInt("min"));
      case "NUMBER" -> Json.createValue(q.getJsonObject("number").isNull("min") ? 1 : q.getJsonObject("number").getJsonNumber("min").intValue());
      default -> Json.createValue("Answered by a load test");
    };
  }

  private static String firstOption(JsonObject q) {
    return q.getJsonArray("options").getJsonObject(0).getString("value");
  }
}
