package org.candor.load;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.candor.testing.Api;
import org.candor.testing.Team;

/**
 * A team of any size made through the admin API (the integration tests' {@link Team} has three
 * people): a lead, signed in over the API, and members who sign in however the scenario does.
 * Accounts take a PBKDF2 hash each, about half a second of CPU here, so large teams take a while.
 */
record LoadTeam(long departmentId, long id, Api lead, List<String> members) {

  static final String PASSWORD = Team.PASSWORD;

  static LoadTeam create(Api admin, int members) {
    long department = created(admin.post("api/v1/organisation/departments",
        Json.createObjectBuilder().add("name", Api.unique("Load department")).build()));
    long team = created(admin.post("api/v1/organisation/teams",
        Json.createObjectBuilder().add("departmentId", department).add("name", Api.unique("Load team")).build()));
    String lead = enrol(admin, team, "LEAD");
    List<String> usernames = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      usernames.add(enrol(admin, team, "MEMBER"));
    }
    return new LoadTeam(department, team, new Api(LoadSettings.baseUrl()).login(lead, PASSWORD), List.copyOf(usernames));
  }

  /** Starts an assessment of the team on a questionnaire and returns its id. */
  long startAssessment(String questionnaireId) {
    return created(lead.post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", Api.unique("Load project")).add("questionnaireId", questionnaireId).add("teamId", id).build()));
  }

  private static String enrol(Api admin, long team, String role) {
    String username = Api.unique("load");
    long account = created(admin.post("api/v1/accounts", Json.createObjectBuilder()
        .add("username", username).add("displayName", "Load " + username).add("password", PASSWORD).build()));
    Api.Reply enrolled = admin.put("api/v1/organisation/teams/" + team + "/members/" + account,
        Json.createObjectBuilder().add("role", role).build());
    if (enrolled.status() != 204) {
      throw new IllegalStateException("enrolment: " + enrolled.status() + " " + enrolled.text());
    }
    return username;
  }

  static long created(Api.Reply reply) {
    if (reply.status() != 201) {
      throw new IllegalStateException(reply.status() + " " + reply.text());
    }
    return reply.json().getJsonNumber("id").longValue();
  }
}
