package org.candor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candor.testing.Api;
import org.candor.testing.PageSession;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log on the real WAR: changes through the API and through the pages, exports and
 * aggregate views are each found with their actor, object and time, and without answers, free
 * text, passwords or tokens; refused changes leave nothing; only administrators read it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

  private static final String SECRET = "Project Nightjar for the ministry";

  @ArquillianResource URL base;
  Api admin;

  @BeforeEach
  void signIn() {
    admin = new Api(base).asAdmin();
  }

  /** The entries matching a query string (without the '?'), newest first. */
  private JsonArray entries(String query) {
    Api.Reply reply = admin.get("api/v1/audit?limit=500&" + query);
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    return reply.json().getJsonArray("entries");
  }

  private JsonArray about(String objectType, Object objectId) {
    return entries("objectType=" + objectType + "&objectId=" + objectId);
  }

  private static List<JsonObject> withAction(JsonArray entries, String action) {
    return entries.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("action").equals(action)).toList();
  }

  private static void happenedBetween(JsonObject entry, Instant before, Instant after) {
    Instant time = Instant.parse(entry.getString("time"));
    assertThat(time).isBetween(before.minusSeconds(2), after.plusSeconds(2));
  }

  private long assessment(Team team) {
    Api.Reply created = team.lead.api().post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", SECRET).add("description", SECRET).add("questionnaireId", "quick-screen").add("teamId", team.id).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().getJsonNumber("id").longValue();
  }

  @Test
  void apiChangesAreLoggedWithTheirActorObjectAndTimeButNotWhatWasWritten() {
    Team team = new Team(base);
    Instant before = Instant.now();
    long id = assessment(team);
    Api.Reply saved = team.alice.api().put("api/v1/assessments/" + id + "/answers/qs_military", Json.createObjectBuilder().add("value", "yes").build());
    assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    Instant after = Instant.now();

    JsonArray log = about("assessment", id);
    JsonObject created = withAction(log, "assessment.create").get(0);
    assertThat(created.getString("actor")).isEqualTo(team.lead.username());
    assertThat(created.getJsonNumber("actorAccountId").longValue()).isEqualTo(team.lead.id());
    assertThat(created.getString("detail")).contains("quick-screen").contains("team " + team.id);
    happenedBetween(created, before, after);
    JsonObject answer = withAction(log, "answer.save").get(0);
    assertThat(answer.getString("actor")).isEqualTo(team.alice.username());
    assertThat(answer.getString("detail")).isEqualTo("question qs_military");
    happenedBetween(answer, before, after);
    assertThat(log.toString()).doesNotContain("Nightjar").doesNotContain("\"yes\"");
    assertThat(log.get(0).asJsonObject().getString("action")).as("newest first").isEqualTo("answer.save");

    JsonArray enrolments = entries("action=team.enrol&objectId=" + team.id);
    assertThat(enrolments).hasSize(3);
    assertThat(enrolments.getJsonObject(0).getString("actor")).isEqualTo("admin");
    JsonArray accounts = entries("action=account.create&objectId=" + team.alice.id());
    assertThat(accounts).hasSize(1);
    assertThat(accounts.toString()).doesNotContain(Team.PASSWORD);
    JsonArray tokens = entries("action=token.issue&actor=" + team.alice.username());
    assertThat(tokens).hasSize(1);
    assertThat(tokens.toString()).doesNotContain(team.alice.api().bearerToken());
  }

  @Test
  void refusedChangesLeaveNoEntry() {
    Team team = new Team(base);
    long id = assessment(team);

    Api.Reply notTheLead = team.bob.api().post("api/v1/assessments/" + id + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(notTheLead.status()).as(notTheLead.text()).isEqualTo(403);
    Api.Reply badAnswer = team.bob.api().put("api/v1/assessments/" + id + "/answers/qs_military", Json.createObjectBuilder().add("value", "perhaps").build());
    assertThat(badAnswer.status()).as(badAnswer.text()).isEqualTo(400);
    Api.Reply noRound = team.lead.api().post("api/v1/assessments/" + id + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT);
    assertThat(noRound.status()).as("nobody submitted: " + noRound.text()).isEqualTo(409);
    Api.Reply outsider = Team.outsider(base).api().put("api/v1/assessments/" + id + "/answers/qs_military", Json.createObjectBuilder().add("value", "no").build());
    assertThat(outsider.status()).isEqualTo(404);

    JsonArray log = about("assessment", id);
    assertThat(log.stream().map(e -> e.asJsonObject().getString("action"))).containsExactly("assessment.create");
  }

  @Test
  void signingInAndAnsweringThroughThePagesAreLogged() {
    Team team = new Team(base);
    long id = assessment(team);
    PageSession pages = new PageSession(base);

    PageSession.Page login = pages.get("login.xhtml");
    Instant before = Instant.now();
    assertThat(pages.submit("login.xhtml", login, "login",
        Map.of("login:username", team.bob.username(), "login:password", "not-" + Team.PASSWORD, "login:submit", "")).status())
        .isEqualTo(200);
    assertThat(pages.submit("login.xhtml", login, "login",
        Map.of("login:username", team.bob.username(), "login:password", Team.PASSWORD, "login:submit", "")).status())
        .isBetween(302, 303);
    Instant signedIn = Instant.now();
    JsonArray logins = about("account", team.bob.id());
    JsonObject refused = withAction(logins, "account.login.refused").get(0);
    assertThat(refused.getString("actor")).isEqualTo("anonymous");
    assertThat(refused.getString("detail")).isEqualTo("wrong password");
    JsonObject accepted = withAction(logins, "account.login").get(0);
    assertThat(accepted.getString("actor")).isEqualTo(team.bob.username());
    happenedBetween(accepted, before, signedIn);
    assertThat(logins.toString()).doesNotContain(Team.PASSWORD);

    String answerPage = "app/answer.xhtml?id=" + id;
    PageSession.Page page = pages.get(answerPage);
    Matcher radio = Pattern.compile("name=\"(answer:[^\"]*:yesno)\"[^>]*value=\"(no)\"").matcher(page.text());
    assertThat(radio.find()).as("a yes/no question on the answer page:\n" + page.text()).isTrue();
    assertThat(pages.change(answerPage, page, "answer", radio.group(1), radio.group(2)).text()).doesNotContain("error");
    assertThat(team.bob.api().get("api/v1/assessments/" + id + "/answers").text()).as("saved through the page").contains("qs_military");

    JsonObject answer = withAction(about("assessment", id), "answer.save").get(0);
    assertThat(answer.getString("actor")).isEqualTo(team.bob.username());
    assertThat(answer.getString("detail")).isEqualTo("question qs_military");
    happenedBetween(answer, before, Instant.now());
  }

  @Test
  void exportsAndAggregateViewsAreLogged() {
    Team team = new Team(base);
    long id = assessment(team);
    assertThat(team.alice.api().get("api/v1/assessments/" + id + "/report/json").status()).isEqualTo(200);
    assertThat(team.alice.api().download("api/v1/assessments/" + id + "/report/pdf").status()).isEqualTo(200);
    List<JsonObject> reports = withAction(about("assessment", id), "report.export");
    assertThat(reports.stream().map(e -> e.getString("detail"))).containsExactly("pdf", "json");
    assertThat(reports.stream().map(e -> e.getString("actor"))).containsOnly(team.alice.username());

    long department = admin.post("api/v1/organisation/departments", Json.createObjectBuilder().add("name", Api.unique("Physics")).build())
        .json().getJsonNumber("id").longValue();
    String period = "?questionnaire=quick-screen&from=2026-Q1&to=2026-Q4";
    assertThat(admin.get("api/v1/departments/" + department + "/insights" + period).status()).isEqualTo(200);
    assertThat(admin.download("api/v1/departments/" + department + "/insights/export.xlsx" + period).status()).isEqualTo(200);
    JsonArray insights = about("department", department);
    assertThat(withAction(insights, "insights.view").get(0).getString("detail")).isEqualTo("questionnaire quick-screen, 2026-Q1 to 2026-Q4");
    assertThat(withAction(insights, "insights.export").get(0).getString("detail")).startsWith("xlsx, ");
    assertThat(withAction(insights, "insights.export").get(0).getString("actor")).isEqualTo("admin");

    JsonObject workshop = admin.post("api/v1/workshops", Json.createObjectBuilder().add("questionnaireId", "quick-screen")
        .add("pace", "SELF_PACED").build()).json();
    long workshopId = workshop.getJsonNumber("id").longValue();
    Api phone = Api.withCookies(base);
    assertThat(phone.post("api/v1/workshops/room/join", Json.createObjectBuilder()
        .add("code", workshop.getString("joinCode")).add("pseudonym", "Nightjar").build()).status()).isEqualTo(201);
    assertThat(phone.put("api/v1/workshops/room/answers/qs_military", Json.createObjectBuilder().add("value", "yes").build()).status())
        .isEqualTo(200);
    assertThat(admin.get("api/v1/workshops/" + workshopId + "/results").status()).isEqualTo(200);
    assertThat(admin.get("api/v1/workshops/" + workshopId + "/results.csv").status()).isEqualTo(200);

    JsonArray room = about("workshop", workshopId);
    String participant = withAction(room, "workshop.join").get(0).getString("actor");
    assertThat(participant).matches("participant:\\d+");
    assertThat(withAction(room, "workshop.answer.save").get(0).getString("actor")).isEqualTo(participant);
    assertThat(withAction(room, "workshop.results.view")).hasSize(1);
    assertThat(withAction(room, "workshop.results.export").get(0).getString("detail")).isEqualTo("csv");
    assertThat(room.toString()).doesNotContain("Nightjar").doesNotContain("\"yes\"");
  }

  @Test
  void onlyAdministratorsReadTheLogAndBadFiltersAreNamed() {
    Team team = new Team(base);
    assertThat(new Api(base).get("api/v1/audit").status()).isEqualTo(401);
    Api.Reply member = team.lead.api().get("api/v1/audit");
    assertThat(member.status()).isEqualTo(403);
    assertThat(member.contentType()).startsWith("application/problem+json");

    for (Map.Entry<String, String> bad : Map.of(
            "from", "yesterday", "to", "2026-13-01", "actor", "Robert'); DROP TABLE", "objectId", "1 OR 1=1", "limit", "0", "offset", "-1")
        .entrySet()) {
      Api.Reply reply = admin.get("api/v1/audit?" + bad.getKey() + "=" + URLEncoder.encode(bad.getValue(), StandardCharsets.UTF_8));
      assertThat(reply.status()).as(bad.toString()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith("application/problem+json");
      assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(bad.getKey());
    }
    Api.Reply backwards = admin.get("api/v1/audit?from=2026-11-22&to=2026-11-21");
    assertThat(backwards.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("to");

    JsonObject page = admin.get("api/v1/audit?actor=" + team.alice.username() + "&limit=1").json();
    assertThat(page.getJsonNumber("total").longValue()).as("alice signed in for her token").isEqualTo(2);
    assertThat(page.getJsonArray("entries").getJsonObject(0).getString("action")).isEqualTo("token.issue");
    assertThat(entries("actor=" + team.alice.username() + "&to=2000-01-01")).isEmpty();
    assertThat(entries("actor=" + team.alice.username() + "&from=" + Instant.now().minusSeconds(600)))
        .extracting(e -> e.asJsonObject().getString("action")).containsExactly("token.issue", "account.login");
  }
}
