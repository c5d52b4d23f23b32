package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.candor.testing.Api;
import org.candor.testing.CandorDeployment;

/**
 * Department dashboard: a synthetic department (10,000 assessments, about a million answers, in a
 * full run; meant for PostgreSQL) is generated first, untimed; then a department head's views are
 * opened one after another — the Insights page, the insights API and the CSV export, for the quick
 * screen and the full project review — once cold (the first time after generation) and then
 * warm, repeatedly. Request names say which.
 */
public class DepartmentDashboardSimulation extends Simulation {

  private static final int ASSESSMENTS = LoadSettings.size(100, 10_000);
  private static final int TEAMS = LoadSettings.size(5, 100);
  private static final int WARM_ROUNDS = LoadSettings.size(2, 10);
  private static final List<String> QUESTIONNAIRES = List.of("quick-screen", "full-project-review");

  private final Api admin = new Api(LoadSettings.baseUrl()).asAdmin();
  private final long department = generate();

  /** The generator runs for minutes at full size, longer than the test client's timeout. */
  private long generate() {
    HttpRequest request = HttpRequest.newBuilder(URI.create(LoadSettings.BASE_URL + "/api/v1/insights/synthetic-departments"))
        .timeout(Duration.ofMinutes(30))
        .header("Authorization", "Bearer " + admin.bearerToken())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
            .add("name", Api.unique("Synthetic department")).add("teams", TEAMS).add("assessments", ASSESSMENTS).add("seed", 1)
            .build().toString()))
        .build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException("synthetic department: " + response.statusCode() + " " + response.body());
      }
      System.out.println("Synthetic department: " + response.body());
      return Json.createReader(new StringReader(response.body())).readObject().getJsonNumber("departmentId").longValue();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private ChainBuilder views(String temperature) {
    ChainBuilder chain = exec(session -> session);
    for (String questionnaire : QUESTIONNAIRES) {
      String query = "questionnaire=" + questionnaire;
      chain = chain.exec(
          http(temperature + ": insights page, " + questionnaire).get("/app/insights.xhtml?department=" + department + "&" + query)
              .check(status().is(200)),
          http(temperature + ": insights API, " + questionnaire).get("/api/v1/departments/" + department + "/insights?" + query)
              .header("Authorization", "Bearer " + admin.bearerToken())
              .check(status().is(200)),
          http(temperature + ": CSV export, " + questionnaire).get("/api/v1/departments/" + department + "/insights/export.csv?" + query)
              .header("Authorization", "Bearer " + admin.bearerToken())
              .check(status().is(200)));
    }
    return chain;
  }

  private final ScenarioBuilder head = scenario("Department dashboard")
      .exec(Faces.signIn("admin", CandorDeployment.ADMIN_PASSWORD))
      .exec(views("cold"))
      .exec(repeat(WARM_ROUNDS).on(views("warm")));

  {
    setUp(head.injectOpen(atOnceUsers(1)))
        .protocols(http.baseUrl(LoadSettings.BASE_URL))
        .assertions(global().failedRequests().count().is(0L));
  }
}
