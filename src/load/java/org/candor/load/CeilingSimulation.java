package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;
import jakarta.json.Json;
import java.time.Duration;
import java.util.OptionalLong;
import org.candor.testing.Api;

/**
 * The platform's own limit on this machine: virtual users that do nothing but POST to the ceiling
 * endpoint (one authenticated request, one row, one transaction) back to back. Every scenario's
 * throughput is reported as a ratio to this one's, measured on the same server just before it, and
 * the server's CPU time per request beside this one's: the least a request can cost here.
 */
public class CeilingSimulation extends Simulation {

  private static final int USERS = LoadSettings.size(4, 32);
  private static final Duration DURATION = Duration.ofSeconds(LoadSettings.size(5, 30));

  private final String token = new Api(LoadSettings.baseUrl()).asAdmin().bearerToken();
  private OptionalLong cpuAtStart = OptionalLong.empty();

  {
    setUp(scenario("Ceiling")
            .during(DURATION).on(
                exec(http("ceiling: persist one row").post("/api/v1/ceiling")
                    .header("Authorization", "Bearer " + token)
                    .check(status().is(201))))
            .injectOpen(atOnceUsers(USERS)))
        .protocols(http.baseUrl(LoadSettings.BASE_URL))
        .assertions(global().failedRequests().count().is(0L));
  }

  @Override
  public void before() {
    cpuAtStart = ServerCpu.millis();
  }

  @Override
  public void after() {
    ServerCpu.since(cpuAtStart).ifPresent(cpu -> Measurements.write(Json.createObjectBuilder().add("serverCpuMs", cpu).build()));
  }
}
