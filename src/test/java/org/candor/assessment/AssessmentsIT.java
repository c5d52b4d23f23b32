package org.candor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.candor.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Questionnaires and assessments over the API, on the real WAR with the bundled questionnaires:
 * answers are saved and kept, bad answers change nothing, nobody sees another's assessment.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentsIT {

  private static final String PASSWORD = "member-password-1";

  @ArquillianResource URL base;

  private Api me;
  private JsonObject questionnaire;

  /** From the institution folder the tests configure (src/test/resources/institution-surveys). */
  private static final String INSTITUTION_CHECK = "institution-check";

  @BeforeEach
  void signInAndPickAQuestionnaire() {
    me = new Api(base).login(newAccount("researcher"), PASSWORD);
    questionnaire = me.get("api/v1/questionnaires/" + INSTITUTION_CHECK).json();
  }

  private String newAccount(String prefix) {
    String username = Api.unique(prefix);
    Api.Reply created =
        new Api(base).asAdmin()
            .post("api/v1/accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return username;
  }

  private String questionnaireId() {
    return questionnaire.getString("id");
  }

  /** A required yes/no question of the institution questionnaire, always visible. */
  private static final String QUESTION = "military_partner";

  private String create(Api who, String title) {
    Api.Reply created =
        who.post("api/v1/assessments", Json.createObjectBuilder().add("title", title).add("questionnaireId", questionnaireId()).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).endsWith("/api/v1/assessments/" + created.json().getJsonNumber("id"));
    return created.json().getJsonNumber("id").toString();
  }

  @Test
  void bundledAndInstitutionQuestionnairesAreListedButNotTheBrokenOne() {
    JsonArray all = me.get("api/v1/questionnaires").structure().asJsonArray();
    var ids = all.stream().map(q -> q.asJsonObject().getString("id")).toList();
    assertThat(ids).contains(INSTITUTION_CHECK).doesNotContain("broken-institution-check");
    assertThat(all.size()).as("bundled questionnaires load beside the institution's").isGreaterThan(1);
    JsonObject check = all.stream().map(JsonValue::asJsonObject).filter(q -> q.getString("id").equals(INSTITUTION_CHECK)).findFirst().orElseThrow();
    assertThat(check.getString("contentHash")).hasSize(64);
    assertThat(check.getInt("questionCount")).isEqualTo(3);
    assertThat(questionnaire.getJsonArray("sections")).isNotEmpty();
    assertThat(me.get("api/v1/questionnaires/no-such-questionnaire").status()).isEqualTo(404);
    assertThat(me.get("api/v1/questionnaires/" + questionnaireId() + "?version=999.0").status()).isEqualTo(404);
  }

  @Test
  void anAnswerSavedIsKeptAndSavingItAgainChangesNothing() {
    String id = create(me, "Video analytics with a new partner");
    String path = "api/v1/assessments/" + id + "/answers/" + QUESTION;
    JsonObject body = Json.createObjectBuilder().add("value", "no").build();

    assertThat(me.put(path, body).status()).isEqualTo(200);
    JsonArray afterFirst = me.get("api/v1/assessments/" + id + "/answers").structure().asJsonArray();
    assertThat(me.put(path, body).status()).isEqualTo(200);
    JsonArray afterSecond = me.get("api/v1/assessments/" + id + "/answers").structure().asJsonArray();

    assertThat(afterFirst).hasSize(1);
    assertThat(afterSecond).isEqualTo(afterFirst);
    assertThat(afterSecond.getJsonObject(0).getString("value")).isEqualTo("no");

    assertThat(me.put(path, Json.createObjectBuilder().add("value", JsonValue.NULL).build()).status()).isEqualTo(200);
    assertThat(me.get("api/v1/assessments/" + id + "/answers").structure().asJsonArray()).isEmpty();
  }

  @Test
  void badAnswersAreRefusedWithTheReasonAndChangeNothing() {
    String id = create(me, "Release of a speech model");
    String path = "api/v1/assessments/" + id + "/answers/" + QUESTION;
    me.put(path, Json.createObjectBuilder().add("value", "no").build());

    Api.Reply notAnOption = me.put(path, Json.createObjectBuilder().add("value", "not-an-option").build());
    assertThat(notAnOption.status()).isEqualTo(400);
    assertThat(notAnOption.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("value");
    assertThat(notAnOption.json().getString("detail")).contains("not-an-option");

    Api.Reply wrongType = me.put(path, Json.createObjectBuilder().add("value", 42).build());
    assertThat(wrongType.status()).isEqualTo(400);

    Api.Reply noValue = me.put(path, Json.createObjectBuilder().add("answer", "x").build());
    assertThat(noValue.status()).isEqualTo(400);

    Api.Reply malformed = me.putRaw(path, "{\"value\": ");
    assertThat(malformed.status()).isEqualTo(400);

    Api.Reply unknownQuestion = me.put("api/v1/assessments/" + id + "/answers/no_such_question", Json.createObjectBuilder().add("value", "x").build());
    assertThat(unknownQuestion.status()).isEqualTo(404);
    assertThat(unknownQuestion.contentType()).startsWith("application/problem+json");

    JsonArray answers = me.get("api/v1/assessments/" + id + "/answers").structure().asJsonArray();
    assertThat(answers).hasSize(1);
    assertThat(answers.getJsonObject(0).getString("value")).isEqualTo("no");
  }

  @Test
  void anIncompleteAssessmentListsWhatIsMissingInsteadOfAnOutcome() {
    String id = create(me, "Agriculture contest entry");
    JsonObject recommendation = me.get("api/v1/assessments/" + id + "/recommendation").json();
    assertThat(recommendation.getBoolean("complete")).isFalse();
    assertThat(recommendation.containsKey("outcome") && !recommendation.isNull("outcome")).isFalse();
    assertThat(recommendation.getJsonArray("missingRequired")).isNotEmpty();
    assertThat(recommendation.getString("contentHash")).isEqualTo(questionnaire.getString("contentHash"));
  }

  @Test
  void theRecommendationFollowsTheSavedAnswers() {
    String id = create(me, "Joint project with a state-owned firm");
    String answers = "api/v1/assessments/" + id + "/answers/";
    me.put(answers + "military_partner", Json.createObjectBuilder().add("value", "no").build());
    me.put(answers + "partner_kind", Json.createObjectBuilder().add("value", "state_owned").build());

    JsonObject withConditions = me.get("api/v1/assessments/" + id + "/recommendation").json();
    assertThat(withConditions.getBoolean("complete")).isTrue();
    assertThat(withConditions.getString("outcome")).isEqualTo("GO_WITH_CONDITIONS");
    assertThat(withConditions.getJsonObject("firedRule").getString("id")).isEqualTo("state_owned_partner");
    assertThat(withConditions.getJsonArray("conditions").getJsonObject(0).getString("id")).isEqualTo("written_use_limits");

    me.put(answers + "military_partner", Json.createObjectBuilder().add("value", "yes").build());
    JsonObject redLine = me.get("api/v1/assessments/" + id + "/recommendation").json();
    assertThat(redLine.getString("outcome")).isEqualTo("NO_GO");
    assertThat(redLine.getJsonObject("firedRule").getString("id")).isEqualTo("military_red_line");
    assertThat(redLine.getJsonArray("visibleQuestions").getValuesAs(jakarta.json.JsonString::getString))
        .as("the partner-kind question is hidden once the partner is military")
        .doesNotContain("partner_kind");
  }

  @Test
  void nobodyElseSeesOrAnswersMyAssessment() {
    String id = create(me, "Confidential partnership");
    Api stranger = new Api(base).login(newAccount("stranger"), PASSWORD);

    assertThat(stranger.get("api/v1/assessments/" + id).status()).isEqualTo(404);
    assertThat(stranger.get("api/v1/assessments/" + id + "/answers").status()).isEqualTo(404);
    assertThat(stranger.get("api/v1/assessments/" + id + "/recommendation").status()).isEqualTo(404);
    assertThat(stranger.put("api/v1/assessments/" + id + "/answers/" + QUESTION,
        Json.createObjectBuilder().add("value", "no").build()).status()).isEqualTo(404);
    assertThat(stranger.get("api/v1/assessments").structure().asJsonArray()).isEmpty();
    assertThat(new Api(base).get("api/v1/assessments/" + id).status()).isEqualTo(401);

    assertThat(me.get("api/v1/assessments").structure().asJsonArray()).hasSize(1);
  }

  @Test
  void creatingAnAssessmentNeedsATitleAndAKnownQuestionnaire() {
    Api.Reply noTitle = me.post("api/v1/assessments", Json.createObjectBuilder().add("questionnaireId", questionnaireId()).build());
    assertThat(noTitle.status()).isEqualTo(400);
    assertThat(noTitle.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("title");

    Api.Reply unknown = me.post("api/v1/assessments", Json.createObjectBuilder().add("title", "x").add("questionnaireId", "nope").build());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("questionnaireId");

    Api.Reply notMyTeam = me.post("api/v1/assessments",
        Json.createObjectBuilder().add("title", "x").add("questionnaireId", questionnaireId()).add("teamId", 999999).build());
    assertThat(notMyTeam.status()).isEqualTo(400);

    Api.Reply wrongTypes = me.postRaw("api/v1/assessments", "application/json",
        "{\"title\": [\"a\"], \"questionnaireId\": \"" + questionnaireId() + "\"}");
    assertThat(wrongTypes.status()).isEqualTo(400);
    assertThat(wrongTypes.contentType()).startsWith("application/problem+json");
    Api.Reply textForNumber = me.postRaw("api/v1/assessments", "application/json",
        "{\"title\": \"x\", \"questionnaireId\": \"" + questionnaireId() + "\", \"teamId\": \"abc\"}");
    assertThat(textForNumber.status()).isEqualTo(400);
    Api.Reply notAnObject = me.postRaw("api/v1/assessments", "application/json", "[1, 2]");
    assertThat(notAnObject.status()).isEqualTo(400);

    assertThat(me.get("api/v1/assessments").structure().asJsonArray()).isEmpty();
  }

  @Test
  void evaluateComputesARecommendationWithoutStoringAnything() {
    Api.Reply evaluated = me.post("api/v1/questionnaires/" + questionnaireId() + "/evaluate",
        Json.createObjectBuilder().add("answers", Json.createObjectBuilder().add(QUESTION, "yes")).build());
    assertThat(evaluated.status()).as(evaluated.text()).isEqualTo(200);
    assertThat(evaluated.json().getString("engineVersion")).isNotBlank();
    assertThat(evaluated.json().getJsonArray("scores")).isNotEmpty();
    assertThat(evaluated.json().getString("outcome")).isEqualTo("NO_GO");

    Api.Reply invalid = me.post("api/v1/questionnaires/" + questionnaireId() + "/evaluate",
        Json.createObjectBuilder().add("answers", Json.createObjectBuilder().add(QUESTION, 12)).build());
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("answers." + QUESTION);

    Api.Reply noAnswers = me.post("api/v1/questionnaires/" + questionnaireId() + "/evaluate", Json.createObjectBuilder().build());
    assertThat(noAnswers.status()).isEqualTo(400);
    assertThat(me.get("api/v1/assessments").structure().asJsonArray()).isEmpty();
  }

  @Test
  void definitionsAreValidatedWithLineAndColumn() {
    Api.Reply broken = me.postRaw("api/v1/questionnaires/validate", "application/yaml",
        "kind: questionnaire\nid: broken\nversion: 1.0.0\ntitle: [unclosed\n");
    assertThat(broken.status()).isEqualTo(200);
    JsonObject result = broken.json();
    assertThat(result.getBoolean("valid")).isFalse();
    JsonObject problem = result.getJsonArray("problems").getJsonObject(0);
    assertThat(problem.getInt("line")).isPositive();
    assertThat(problem.getInt("column")).isPositive();
    assertThat(problem.getString("message")).isNotBlank();

    assertThat(me.postRaw("api/v1/questionnaires/validate", "application/yaml", "").status()).isEqualTo(400);
  }

  @Test
  void aMissingTranslationIsAWarningAndLeavesTheDefinitionValid() {
    String section =
        """
        kind: section
        id: translated-partners
        languages: [en, fr, zh]
        title: { en: Partners, fr: Partenaires, zh: 合作方 }
        dimensions: [partner_risk]
        questions:
          - id: partner_military
            type: yesno
            prompt: { en: Is a partner military?, fr: Un partenaire est-il militaire ? }
            help: { why: { en: It matters., fr: Cela compte., zh: 这很重要。 }, source: Test }
            weights: { "yes": { partner_risk: 10 } }
        """;
    Api.Reply checked = me.postRaw("api/v1/questionnaires/validate", "application/yaml", section);
    assertThat(checked.status()).isEqualTo(200);
    JsonObject result = checked.json();
    assertThat(result.getBoolean("valid")).isTrue();
    JsonObject warning = result.getJsonArray("problems").getJsonObject(0);
    assertThat(warning.getString("severity")).isEqualTo("WARNING");
    assertThat(warning.getInt("line")).isEqualTo(9);
    assertThat(warning.getInt("column")).isEqualTo(13);
    assertThat(warning.getString("message")).contains("'prompt' is missing its zh translation");

    Api.Reply wrong = me.postRaw("api/v1/questionnaires/validate", "application/yaml", section.replace("zh: 合作方", "de: Partner"));
    assertThat(wrong.json().getBoolean("valid")).isFalse();
    assertThat(wrong.json().getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("severity"))).contains("ERROR");
  }
}
