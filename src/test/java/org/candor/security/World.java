package org.candor.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.candor.testing.Api;

/**
 * Everything the security tests act on, built through the API: two departments with a team each,
 * an assessment of each team, a workshop of each of two facilitators with a participant in the
 * first, a head of each department, and a signed-in client for every kind of caller.
 *
 * <p>The objects a request names are always those of the first department, team and facilitator:
 * the "other" callers are the non-owners of the very same object.
 */
final class World {

  static final String PASSWORD = "world-password-1";
  static final String QUESTIONNAIRE = "quick-screen";
  static final String QUESTION = "qs_military";
  static final String CONDITION = "record_military_decision";

  final Api admin;
  final long department;
  final long otherDepartment;
  final long team;
  final String teamName;
  final long assessment;
  final String assessmentTitle;
  final long otherAssessment;
  final long workshop;
  final String joinCode;
  final long otherWorkshop;
  final long member;
  final long head;
  final long leadSpareToken;
  private final Map<Caller, Api> clients = new EnumMap<>(Caller.class);
  private final URL base;

  World(URL base) {
    this.base = base;
    admin = new Api(base).asAdmin();
    clients.put(Caller.ADMIN, admin);
    clients.put(Caller.ANONYMOUS, new Api(base));

    department = created(admin.post("api/v1/organisation/departments", object("name", Api.unique("Secret department"))));
    otherDepartment = created(admin.post("api/v1/organisation/departments", object("name", Api.unique("Other department"))));
    teamName = Api.unique("Secret vision lab");
    team = created(admin.post("api/v1/organisation/teams",
        Json.createObjectBuilder().add("departmentId", department).add("name", teamName).build()));
    long otherTeam = created(admin.post("api/v1/organisation/teams",
        Json.createObjectBuilder().add("departmentId", otherDepartment).add("name", Api.unique("Other lab")).build()));

    long lead = enrol(Caller.LEAD, team, "LEAD");
    member = enrol(Caller.MEMBER, team, "MEMBER");
    enrol(Caller.OTHER_TEAM_MEMBER, otherTeam, "LEAD");
    head = account(Caller.HEAD, "DEPARTMENT_HEAD");
    long otherHead = account(Caller.OTHER_HEAD, "DEPARTMENT_HEAD");
    assertThat(admin.put("api/v1/organisation/departments/" + department + "/heads/" + head, JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(204);
    assertThat(admin.put("api/v1/organisation/departments/" + otherDepartment + "/heads/" + otherHead, JsonValue.EMPTY_JSON_OBJECT).status())
        .isEqualTo(204);
    account(Caller.FACILITATOR, "FACILITATOR");
    account(Caller.OTHER_FACILITATOR, "FACILITATOR");

    assessmentTitle = Api.unique("Secret project");
    assessment = created(api(Caller.LEAD).post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", assessmentTitle).add("questionnaireId", QUESTIONNAIRE).add("teamId", team).build()));
    otherAssessment = created(api(Caller.OTHER_TEAM_MEMBER).post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", Api.unique("Other project")).add("questionnaireId", QUESTIONNAIRE).add("teamId", otherTeam).build()));
    assertThat(api(Caller.LEAD).put("api/v1/assessments/" + assessment + "/answers/" + QUESTION, object("value", "yes")).status()).isEqualTo(200);

    Api.Reply opened = api(Caller.FACILITATOR).post("api/v1/workshops", object("questionnaireId", QUESTIONNAIRE));
    workshop = created(opened);
    joinCode = opened.json().getString("joinCode");
    otherWorkshop = created(api(Caller.OTHER_FACILITATOR).post("api/v1/workshops", object("questionnaireId", QUESTIONNAIRE)));
    Api participant = Api.withCookies(base);
    assertThat(participant.post("api/v1/workshops/room/join", Json.createObjectBuilder().add("code", joinCode).add("pseudonym", "Heron").build())
        .status()).isEqualTo(201);
    clients.put(Caller.PARTICIPANT, participant);

    Api.Reply spare = new Api(base).post("api/v1/auth/token", credentials(usernameOf(lead)));
    leadSpareToken = created(spare);
    assertThat(clients.keySet()).containsExactlyInAnyOrder(Caller.values());
  }

  /** The signed-in client of a kind of caller (the participant's carries the room cookie, nobody else's any cookie). */
  Api api(Caller caller) {
    return clients.get(caller);
  }

  /**
   * The concrete request path of an operation: its path parameters filled with the objects of the
   * first department, team, assessment and workshop; the lead's spare token; the team's member.
   */
  String path(String template) {
    String path = template.replaceFirst("^/", "")
        .replace("{departmentId}", String.valueOf(department))
        .replace("{teamId}", String.valueOf(team))
        .replace("{accountId}", String.valueOf(template.contains("/heads/") ? head : member))
        .replace("{questionId}", QUESTION)
        .replace("{conditionId}", CONDITION);
    String id;
    if (template.startsWith("/api/v1/assessments/")) {
      id = String.valueOf(assessment);
    } else if (template.startsWith("/api/v1/workshops/")) {
      id = String.valueOf(workshop);
    } else if (template.startsWith("/api/v1/departments/")) {
      id = String.valueOf(department);
    } else if (template.startsWith("/api/v1/auth/tokens/")) {
      id = String.valueOf(leadSpareToken);
    } else if (template.startsWith("/api/v1/questionnaires/")) {
      id = QUESTIONNAIRE;
    } else {
      id = "{id}";
    }
    path = path.replace("{id}", id);
    if (template.startsWith("/api/v1/departments/") && !template.endsWith("/settings")) {
      path += "?questionnaire=" + QUESTIONNAIRE;
    }
    assertThat(path).as("every path parameter of %s has a fixture value", template).doesNotContain("{");
    return path;
  }

  /**
   * A valid request body for each operation that takes one, keyed "METHOD /path" as the OpenAPI
   * document names it. A supplier because some must be fresh every time (a new username).
   */
  Map<String, Supplier<Body>> bodies() {
    return Map.ofEntries(
        json("POST /api/v1/accounts", () -> Json.createObjectBuilder().add("username", Api.unique("probe"))
            .add("displayName", "Probe").add("password", "a-long-password-1").build()),
        json("POST /api/v1/assessments", () -> Json.createObjectBuilder().add("title", "Probe project").add("questionnaireId", QUESTIONNAIRE).build()),
        json("PUT /api/v1/assessments/{id}/answers/{questionId}", () -> object("value", "no")),
        json("PUT /api/v1/assessments/{id}/deliberation/conditions/{conditionId}", () ->
            Json.createObjectBuilder().add("done", true).add("note", "Probe note").build()),
        json("PUT /api/v1/assessments/{id}/deliberation/consensus/{questionId}", () ->
            Json.createObjectBuilder().add("value", "no").add("rationale", "Probe rationale").build()),
        json("POST /api/v1/assessments/{id}/deliberation/questions/{questionId}/dissent", () -> object("statement", "Probe dissent")),
        json("POST /api/v1/assessments/{id}/deliberation/questions/{questionId}/posts", () -> object("body", "Probe post")),
        json("POST /api/v1/auth/token", () -> credentials(usernameOf(member))),
        json("PUT /api/v1/departments/{id}/insights/settings", () ->
            Json.createObjectBuilder().add("threshold", 5).add("reviewIntervalMonths", 12).build()),
        json("POST /api/v1/insights/synthetic-departments", () -> Json.createObjectBuilder().add("name", Api.unique("Synthetic"))
            .add("teams", 1).add("assessments", 1).add("membersPerTeam", 2).add("seed", 1).build()),
        json("POST /api/v1/organisation/departments", () -> object("name", Api.unique("Probe department"))),
        json("POST /api/v1/organisation/teams", () -> Json.createObjectBuilder().add("departmentId", department).add("name", Api.unique("Probe team")).build()),
        json("PUT /api/v1/organisation/teams/{teamId}/members/{accountId}", () -> object("role", "MEMBER")),
        Map.entry("POST /api/v1/questionnaires/validate", () -> new Body("application/yaml", "id: probe\nversion: '1'\n")),
        json("POST /api/v1/questionnaires/{id}/evaluate", () -> object("answers", object(QUESTION, "no"))),
        json("POST /api/v1/workshops", () -> object("questionnaireId", QUESTIONNAIRE)),
        json("PUT /api/v1/workshops/room/answers/{questionId}", () -> object("value", "no")),
        json("POST /api/v1/workshops/room/join", () -> Json.createObjectBuilder().add("code", joinCode).add("pseudonym", "Probe").build()),
        json("POST /api/v1/workshops/{id}/advance", () -> object("questionIndex", 0)));
  }

  /** A request body with its media type. */
  record Body(String contentType, String text) {}

  /**
   * What the admin and the team's lead can read of the fixture's objects, without times and
   * counters that move on their own: equal before and after means no refused or hostile request
   * changed anything.
   */
  String fingerprint() {
    StringBuilder state = new StringBuilder();
    List<String> adminReads = List.of("api/v1/accounts", "api/v1/workshops/" + workshop, "api/v1/workshops/" + workshop + "/results",
        "api/v1/workshops/" + otherWorkshop, "api/v1/departments/" + department + "/insights?questionnaire=" + QUESTIONNAIRE);
    List<String> leadReads = List.of("api/v1/assessments", "api/v1/assessments/" + assessment, "api/v1/assessments/" + assessment + "/answers",
        "api/v1/assessments/" + assessment + "/participants", "api/v1/assessments/" + assessment + "/versions", "api/v1/auth/tokens");
    adminReads.forEach(path -> state.append(read(admin, path)));
    leadReads.forEach(path -> state.append(read(api(Caller.LEAD), path)));
    state.append(read(api(Caller.PARTICIPANT), "api/v1/workshops/room"));
    state.append(read(api(Caller.OTHER_TEAM_MEMBER), "api/v1/assessments/" + otherAssessment));
    return state.toString();
  }

  private static String read(Api api, String path) {
    Api.Reply reply = api.get(path);
    // lastUsedAt of tokens and generatedAt of insights move with every request.
    return path + " " + reply.status() + " " + reply.text().replaceAll("\"(lastUsedAt|generatedAt|asOf)\":\"[^\"]*\"", "") + "\n";
  }

  private long enrol(Caller caller, long teamId, String role) {
    long id = account(caller);
    Api.Reply enrolled = admin.put("api/v1/organisation/teams/" + teamId + "/members/" + id, object("role", role));
    assertThat(enrolled.status()).as(enrolled.text()).isEqualTo(204);
    return id;
  }

  private final Map<Long, String> usernames = new java.util.HashMap<>();

  private long account(Caller caller, String... roles) {
    String username = Api.unique(caller.name().toLowerCase().replace('_', '-'));
    var roleArray = Json.createArrayBuilder();
    for (String role : roles) {
      roleArray.add(role);
    }
    long id = created(admin.post("api/v1/accounts", Json.createObjectBuilder().add("username", username)
        .add("displayName", "Display " + username).add("password", PASSWORD).add("roles", roleArray).build()));
    usernames.put(id, username);
    clients.put(caller, new Api(base).login(username, PASSWORD));
    return id;
  }

  private String usernameOf(long account) {
    return usernames.get(account);
  }

  private static JsonObject credentials(String username) {
    return Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build();
  }

  private static JsonObject object(String name, String value) {
    return Json.createObjectBuilder().add(name, value).build();
  }

  private static JsonObject object(String name, long value) {
    return Json.createObjectBuilder().add(name, value).build();
  }

  private static JsonObject object(String name, JsonValue value) {
    return Json.createObjectBuilder().add(name, value).build();
  }

  private static Map.Entry<String, Supplier<Body>> json(String operation, Supplier<JsonValue> body) {
    return Map.entry(operation, () -> new Body("application/json", body.get().toString()));
  }

  private static long created(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    return reply.json().getJsonNumber("id").longValue();
  }
}
