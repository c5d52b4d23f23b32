package org.candor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerJsonTest {

  @Test
  void jsonAnswersBecomeTheEngineValues() {
    var answers =
        AnswerJson.toAnswers(
            Json.createObjectBuilder()
                .add("partner", "state_defence")
                .add("artifacts", Json.createArrayBuilder().add("weights").add("code"))
                .add("severity", 3)
                .add("share", 0.25)
                .build());
    assertThat(answers)
        .containsExactly(
            Map.entry("partner", "state_defence"),
            Map.entry("artifacts", List.of("weights", "code")),
            Map.entry("severity", 3L),
            Map.entry("share", 0.25));
  }

  @Test
  void valuesTheEngineWillRefuseArePassedOnNotDropped() {
    assertThat(AnswerJson.toValue(jakarta.json.JsonValue.TRUE)).isEqualTo(true);
    assertThat(AnswerJson.toValue(Json.createObjectBuilder().add("a", 1).build())).isEqualTo(Map.of("a", 1L));
  }

  @Test
  void storedJsonRoundTrips() {
    for (Object value : List.of("yes", List.of("a", "b"), 4L, 2.5)) {
      assertThat(AnswerJson.parse(AnswerJson.toJson(value).toString())).isEqualTo(value);
    }
  }
}
