package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.candor.testing.Api;

/**
 * Team autosave: every member of a large team answers the full project review at once, each
 * answer saved as it is given ({@code PUT /assessments/{id}/answers/{questionId}}, what the answer
 * page's autosave and API clients do). Members answer back to back, without thinking, so this is
 * the save path at saturation; its throughput is the one to compare with the ceiling's.
 */
public class TeamAutosaveSimulation extends Simulation {

  private static final int MEMBERS = LoadSettings.size(3, 100);

  private final Api admin = new Api(LoadSettings.baseUrl()).asAdmin();
  private final LoadTeam team = LoadTeam.create(admin, MEMBERS);
  private final long assessment = team.startAssessment("full-project-review");
  private final Answers answers = Answers.of(admin, "full-project-review");
  private final Iterator<Map<String, Object>> tokens = team.members().stream()
      .map(username -> Map.<String, Object>of("token", new Api(LoadSettings.baseUrl()).login(username, LoadTeam.PASSWORD).bearerToken()))
      .toList().iterator();

  private final ScenarioBuilder members = scenario("Team autosave")
      .feed(tokens)
      .exec(foreach(answers.answers(), "answer").on(
          http("save an answer").put(session -> "/api/v1/assessments/" + assessment + "/answers/" + session.<Answers.Answer>get("answer").questionId())
              .header("Authorization", "Bearer #{token}")
              .header("Content-Type", "application/json")
              .body(StringBody(session -> session.<Answers.Answer>get("answer").body()))
              .check(status().is(200))));

  {
    List<Assertion> targets = new ArrayList<>(List.of(global().failedRequests().count().is(0L)));
    if (LoadSettings.FULL) {
      targets.add(global().responseTime().percentile4().lte(100));
    }
    setUp(members.injectOpen(atOnceUsers(MEMBERS)))
        .protocols(http.baseUrl(LoadSettings.BASE_URL))
        .assertions(targets);
  }
}
