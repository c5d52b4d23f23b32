package org.candor.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.candor.testing.Api;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lab team journey over the API: blind answers, the lead closing round 1, divergence,
 * consensus that is never silently overwritten, dissent, the recommendation, the report, and a new
 * version. Uses the institution questionnaire (military_partner → partner_kind → notes).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamJourneyIT {

  @ArquillianResource URL base;

  private static JsonObject value(String value) {
    return Json.createObjectBuilder().add("value", value).build();
  }

  /** The lead starts an assessment for the team; returns its API path. */
  private String start(Team team, String title) {
    Api.Reply created = team.lead.api().post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", title).add("questionnaireId", "institution-check").add("teamId", team.id).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().getInt("participants")).isEqualTo(3);
    return "api/v1/assessments/" + created.json().getJsonNumber("id");
  }

  private static void answerAndSubmit(Team.Member member, String path, String military, String partnerKind) {
    assertThat(member.api().put(path + "/answers/military_partner", value(military)).status()).isEqualTo(200);
    if (partnerKind != null) {
      assertThat(member.api().put(path + "/answers/partner_kind", value(partnerKind)).status()).isEqualTo(200);
    }
    Api.Reply submitted = member.api().post(path + "/submission", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
  }

  @Test
  void roundOneIsBlindUntilTheLeadClosesIt() {
    Team team = new Team(base);
    String path = start(team, "Video analytics with a defence firm");

    team.alice.api().put(path + "/answers/military_partner", value("no"));
    Api.Reply incomplete = team.alice.api().post(path + "/submission", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(incomplete.status()).isEqualTo(400);
    assertThat(incomplete.json().getString("detail")).contains("partner_kind");

    answerAndSubmit(team.alice, path, "no", "state_owned");
    assertThat(team.alice.api().put(path + "/answers/partner_kind", value("university")).status())
        .as("submitted answers are final").isEqualTo(409);

    // Nobody, not even the lead, sees answers before the round closes.
    for (Team.Member who : new Team.Member[] {team.lead, team.alice, team.bob}) {
      Api.Reply divergence = who.api().get(path + "/divergence");
      assertThat(divergence.status()).isEqualTo(409);
      assertThat(divergence.contentType()).startsWith("application/problem+json");
    }
    // The lead sees who submitted, not what.
    Api.Reply participants = team.lead.api().get(path + "/participants");
    assertThat(participants.text()).doesNotContain("state_owned");
    JsonArray people = participants.structure().asJsonArray();
    assertThat(people).hasSize(3);
    assertThat(people.stream().map(JsonValue::asJsonObject).filter(p -> p.getString("displayName").equals("Alice Member")).findFirst().orElseThrow()
        .containsKey("submittedAt")).isTrue();

    assertThat(team.alice.api().post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT).status())
        .as("only the lead closes the round").isEqualTo(403);
    answerAndSubmit(team.bob, path, "unsure", "company");
    Api.Reply closed = team.lead.api().post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(closed.status()).as(closed.text()).isEqualTo(200);
    assertThat(closed.json().getString("status")).isEqualTo("DELIBERATING");
    assertThat(team.lead.api().post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(409);
    assertThat(team.lead.api().put(path + "/answers/military_partner", value("no")).status())
        .as("the lead did not submit and can no longer answer").isEqualTo(409);

    JsonObject divergence = team.bob.api().get(path + "/divergence").json();
    JsonArray questions = divergence.getJsonArray("questions");
    assertThat(questions.getJsonObject(0).getJsonNumber("score").doubleValue()).isEqualTo(1.0);
    assertThat(divergence.getJsonArray("members")).hasSize(2);
    assertThat(divergence.getJsonArray("members").getJsonObject(0).getJsonObject("recommendation").getString("outcome")).isNotBlank();
    assertThat(divergence.getJsonArray("scoreSpread")).isNotEmpty();
  }

  @Test
  void consensusIsNeverSilentlyOverwrittenAndTheReportRecordsTheJourney() throws Exception {
    Team team = new Team(base);
    String path = start(team, "Crowd analytics for a city");
    answerAndSubmit(team.alice, path, "no", "state_owned");
    answerAndSubmit(team.bob, path, "no", "university");
    assertThat(team.lead.api().post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
    String deliberation = path + "/deliberation";

    Api.Reply post = team.alice.api().post(deliberation + "/questions/partner_kind/posts",
        Json.createObjectBuilder().add("body", "The city owns the partner outright.").build());
    assertThat(post.status()).as(post.text()).isEqualTo(200);
    assertThat(team.bob.api().get(deliberation + "/questions/partner_kind/posts").text()).contains("owns the partner outright");

    JsonObject first = Json.createObjectBuilder().add("value", "no").add("rationale", "Nobody found a military tie.").build();
    Api.Reply settled = team.lead.api().put(deliberation + "/consensus/military_partner", first);
    assertThat(settled.status()).as(settled.text()).isEqualTo(200);
    assertThat(team.alice.api().put(deliberation + "/consensus/military_partner", first).status())
        .as("only the lead settles consensus").isEqualTo(403);
    Api.Reply noRationale = team.lead.api().put(deliberation + "/consensus/partner_kind", value("state_owned"));
    assertThat(noRationale.status()).isEqualTo(400);
    assertThat(noRationale.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("rationale");

    JsonObject kind = Json.createObjectBuilder().add("value", "state_owned").add("rationale", "Owned by the city.").build();
    long seen = team.lead.api().put(deliberation + "/consensus/partner_kind", kind).json().getJsonNumber("version").longValue();
    // Two editors saw the same version: the first save wins, the second is told.
    JsonObject revision = Json.createObjectBuilder().add("value", "company").add("rationale", "Privatised last year.").add("version", seen).build();
    assertThat(team.lead.api().put(deliberation + "/consensus/partner_kind", revision).status()).isEqualTo(200);
    JsonObject stale = Json.createObjectBuilder().add("value", "university").add("rationale", "Stale view.").add("version", seen).build();
    Api.Reply conflict = team.lead.api().put(deliberation + "/consensus/partner_kind", stale);
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.json().getString("detail")).contains("company").contains("Privatised last year.");
    assertThat(team.bob.api().get(deliberation + "/consensus").text()).contains("\"company\"").doesNotContain("Stale view.");

    Api.Reply dissent = team.alice.api().post(deliberation + "/questions/partner_kind/dissent",
        Json.createObjectBuilder().add("statement", "The city still controls the board.").build());
    assertThat(dissent.status()).as(dissent.text()).isEqualTo(200);

    JsonObject recommendation = team.bob.api().get(deliberation + "/recommendation").json();
    assertThat(recommendation.getBoolean("complete")).isTrue();
    assertThat(recommendation.getString("outcome")).isEqualTo("GO");
    team.lead.api().put(deliberation + "/consensus/partner_kind", Json.createObjectBuilder()
        .add("value", "state_owned").add("rationale", "The city controls the board after all.")
        .add("version", seen + 1).build());
    recommendation = team.bob.api().get(deliberation + "/recommendation").json();
    assertThat(recommendation.getString("outcome")).as("the recommendation follows the consensus").isEqualTo("GO_WITH_CONDITIONS");

    Api.Reply ticked = team.bob.api().put(deliberation + "/conditions/written_use_limits",
        Json.createObjectBuilder().add("done", true).add("note", "Signed on 3 March").build());
    assertThat(ticked.status()).as(ticked.text()).isEqualTo(200);
    assertThat(team.bob.api().put(deliberation + "/conditions/no_such_condition",
        Json.createObjectBuilder().add("done", true).build()).status()).isEqualTo(404);

    assertThat(team.alice.api().post(deliberation + "/finish", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(403);
    Api.Reply finished = team.lead.api().post(deliberation + "/finish", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(finished.status()).as(finished.text()).isEqualTo(200);
    assertThat(team.lead.api().get(path).json().getString("finalOutcome")).isEqualTo("GO_WITH_CONDITIONS");

    Api.Download pdf = team.bob.api().download(path + "/report/pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    String text;
    try (var document = Loader.loadPDF(pdf.body())) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text.replaceAll("\\s+", " "))
        .contains("Crowd analytics for a city")
        .contains("institution-check 1.0.0")
        .contains("GO WITH CONDITIONS")
        .contains("state_owned_partner")
        .contains("The city controls the board after all.")
        .contains("Alice Member: The city still controls the board.")
        .contains("[x] Agree in writing")
        .contains("Lena Lead");
    JsonObject export = team.alice.api().get(path + "/report/json").json();
    assertThat(export.getString("contentHash")).hasSize(64);
    assertThat(export.getJsonArray("dissent")).hasSize(1);

    Api.Reply reopened = team.lead.api().post(path + "/reopen", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(reopened.status()).as(reopened.text()).isEqualTo(201);
    assertThat(reopened.json().getInt("version")).isEqualTo(2);
    String next = "api/v1/assessments/" + reopened.json().getJsonNumber("id");
    assertThat(team.alice.api().get(next + "/answers").text()).as("members start from their earlier answers").contains("state_owned");
    JsonArray versions = team.alice.api().get(next + "/versions").structure().asJsonArray();
    assertThat(versions).hasSize(2);
    assertThat(versions.getJsonObject(1).getString("finalOutcome")).isEqualTo("GO_WITH_CONDITIONS");
    assertThat(team.lead.api().post(path + "/reopen", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(409);
  }

  @Test
  void whoeverLosesAConcurrentEditIsToldTheCurrentStateAndOverwritesNothing() {
    Team team = new Team(base);
    String path = start(team, "Two editors at once");
    answerAndSubmit(team.alice, path, "no", "state_owned");
    assertThat(team.lead.api().post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
    String deliberation = path + "/deliberation";

    // The lead in two browser tabs, both showing version 0 of the consensus answer.
    long seen = team.lead.api().put(deliberation + "/consensus/partner_kind", Json.createObjectBuilder()
        .add("value", "state_owned").add("rationale", "Owned by the city.").build()).json().getJsonNumber("version").longValue();
    Api.Reply won = team.lead.api().put(deliberation + "/consensus/partner_kind", Json.createObjectBuilder()
        .add("value", "company").add("rationale", "Privatised last year.").add("version", seen).build());
    assertThat(won.status()).as(won.text()).isEqualTo(200);
    Api.Reply lost = team.lead.api().put(deliberation + "/consensus/partner_kind", Json.createObjectBuilder()
        .add("value", "university").add("rationale", "From the stale tab.").add("version", seen).build());
    assertThat(lost.status()).isEqualTo(409);
    assertThat(lost.contentType()).startsWith("application/problem+json");
    JsonObject consensusNow = lost.json().getJsonObject("current");
    assertThat(consensusNow.getString("value")).isEqualTo("company");
    assertThat(consensusNow.getString("rationale")).isEqualTo("Privatised last year.");
    assertThat(consensusNow.getJsonNumber("version").longValue()).isEqualTo(won.json().getJsonNumber("version").longValue());

    // Alice and Bob both look at the unticked condition; Alice ticks it first.
    String condition = deliberation + "/conditions/written_use_limits";
    Api.Reply first = team.alice.api().put(condition, Json.createObjectBuilder().add("done", false).add("note", "Draft sent").build());
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    long shown = first.json().getJsonNumber("version").longValue();
    Api.Reply alices = team.alice.api().put(condition,
        Json.createObjectBuilder().add("done", true).add("note", "Signed on 3 March").add("version", shown).build());
    assertThat(alices.status()).as(alices.text()).isEqualTo(200);
    Api.Reply bobs = team.bob.api().put(condition,
        Json.createObjectBuilder().add("done", false).add("note", "Still waiting").add("version", shown).build());
    assertThat(bobs.status()).isEqualTo(409);
    JsonObject checkNow = bobs.json().getJsonObject("current");
    assertThat(checkNow.getBoolean("done")).isTrue();
    assertThat(checkNow.getString("note")).isEqualTo("Signed on 3 March");
    assertThat(checkNow.getJsonNumber("checkedBy").longValue()).isEqualTo(team.alice.id());
    Api.Reply blind = team.bob.api().put(condition, Json.createObjectBuilder().add("done", false).build());
    assertThat(blind.status()).as("a save without the version seen cannot overwrite a check").isEqualTo(409);
    assertThat(team.bob.api().get(deliberation + "/conditions").text()).contains("Signed on 3 March").doesNotContain("Still waiting");

    Api.Reply retried = team.bob.api().put(condition, Json.createObjectBuilder()
        .add("done", false).add("note", "Signature withdrawn").add("version", checkNow.getJsonNumber("version").longValue()).build());
    assertThat(retried.status()).as("with the current version the change goes through").isEqualTo(200);
  }

  @Test
  void outsidersFindNothing() {
    Team team = new Team(base);
    String path = start(team, "Confidential partnership");
    Api outsider = Team.outsider(base).api();
    assertThat(outsider.get(path + "/participants").status()).isEqualTo(404);
    assertThat(outsider.get(path + "/divergence").status()).isEqualTo(404);
    assertThat(outsider.post(path + "/submission", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(404);
    assertThat(outsider.post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(404);
    assertThat(outsider.get(path + "/deliberation/consensus").status()).isEqualTo(404);
    assertThat(outsider.put(path + "/deliberation/consensus/military_partner",
        Json.createObjectBuilder().add("value", "no").add("rationale", "x").build()).status()).isEqualTo(404);
    assertThat(outsider.download(path + "/report/pdf").status()).isEqualTo(404);
    assertThat(outsider.get(path + "/report/json").status()).isEqualTo(404);
    assertThat(new Api(base).download(path + "/report/pdf").status()).isEqualTo(401);
  }
}
