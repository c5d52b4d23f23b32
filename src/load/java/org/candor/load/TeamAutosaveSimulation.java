package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.candor.testing.Api;

/**
 * Team autosave: every member of a large team answers the full project review, each answer saved
 * as it is given ({@code PUT /assessments/{id}/answers/{questionId}}, what the answer page's
 * autosave and API clients do).
 *
 * <p>First the target: saves arrive at half the ceiling's throughput ({@link HalfCeiling}), each
 * from the next member in turn, every member going through the questionnaire and on to saving
 * again. Then, for comparison, the save path at saturation: every member answers the whole
 * questionnaire back to back, without thinking (a closed loop, so its latency is mostly queueing).
 */
public class TeamAutosaveSimulation extends Simulation {

  private static final int MEMBERS = LoadSettings.size(3, 100);
  static final String SAVE_AT_HALF_CEILING = "save an answer at half the ceiling";
  static final String SAVE_AT_SATURATION = "save an answer back to back";

  private final Api admin = new Api(LoadSettings.baseUrl()).asAdmin();
  private final LoadTeam team = LoadTeam.create(admin, MEMBERS);
  private final long assessment = team.startAssessment("full-project-review");
  private final Answers answers = Answers.of(admin, "full-project-review");
  private final List<String> tokens = team.members().stream()
      .map(username -> new Api(LoadSettings.baseUrl()).login(username, LoadTeam.PASSWORD).bearerToken())
      .toList();
  private final HalfCeiling halfCeiling = HalfCeiling.ofThisRun();

  /** The n-th save is the next member's, each member's saves going round the questionnaire. */
  private Map<String, Object> nthSave(int n) {
    return Map.of("token", tokens.get(n % tokens.size()), "answer", answers.answers().get(n / tokens.size() % answers.answers().size()));
  }

  private final ScenarioBuilder atHalfCeiling = scenario("Team autosave at half the ceiling")
      .feed(HalfCeiling.feeder(this::nthSave))
      .exec(session -> halfCeiling.sending(session))
      .exec(save(SAVE_AT_HALF_CEILING).check(status().is(200).saveAs("saved")))
      .doIf(session -> session.contains("saved")).then(exec(session -> halfCeiling.answered(session)));

  private final ScenarioBuilder atSaturation = scenario("Team autosave back to back")
      .feed(tokens.stream().map(token -> Map.<String, Object>of("token", token)).iterator())
      .exec(foreach(answers.answers(), "answer").on(save(SAVE_AT_SATURATION).check(status().is(200))));

  private HttpRequestActionBuilder save(String name) {
    return http(name).put(session -> "/api/v1/assessments/" + assessment + "/answers/" + session.<Answers.Answer>get("answer").questionId())
        .header("Authorization", "Bearer #{token}")
        .header("Content-Type", "application/json")
        .body(StringBody(session -> session.<Answers.Answer>get("answer").body()));
  }

  {
    List<Assertion> targets = new ArrayList<>(List.of(global().failedRequests().count().is(0L)));
    if (LoadSettings.FULL) {
      targets.add(details(SAVE_AT_HALF_CEILING).responseTime().percentile4().lte(100));
    }
    setUp(atHalfCeiling.injectOpen(halfCeiling.injection())
            .andThen(atSaturation.injectOpen(atOnceUsers(MEMBERS))))
        .protocols(http.baseUrl(LoadSettings.BASE_URL))
        .assertions(targets);
  }

  @Override
  public void after() {
    Measurements.write(Json.createObjectBuilder().add("savesAtHalfCeiling", halfCeiling.figures()).build());
  }
}
