package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import jakarta.json.Json;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.candor.testing.Api;

/**
 * Participant path: team members sign in on the login page and complete round-1 responses to the
 * release strategy questionnaire (26 questions, none conditional) through the real pages, as a
 * browser does: each page is loaded with its style sheets and scripts (cached like a browser's), every answer is the answer page's own autosave (a PrimeFaces
 * Ajax post with the view state), "Next" moves section by section, "Submit" follows the redirect
 * to the assessment page. Members go straight on without thinking, so this measures capacity:
 * completed responses per second and server CPU per response (the pid comes from load.sh).
 */
public class ParticipantPathSimulation extends Simulation {

  private static final String QUESTIONNAIRE = "release-strategy";
  private static final int MEMBERS = LoadSettings.size(2, 20);
  private static final int RESPONSES_EACH = LoadSettings.size(1, 5);

  private final LoadTeam team = LoadTeam.create(new Api(LoadSettings.baseUrl()).asAdmin(), MEMBERS);
  private final List<Long> assessments = IntStream.range(0, RESPONSES_EACH).mapToObj(i -> team.startAssessment(QUESTIONNAIRE)).toList();
  private final Iterator<Map<String, Object>> members =
      team.members().stream().map(username -> Map.<String, Object>of("username", username)).toList().iterator();

  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastEnd = new AtomicLong();
  private OptionalLong cpuAtStart = OptionalLong.empty();

  private static final Map<String, String> AJAX = Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");

  /** Reads what the next posts need from a full page or a partial response. */
  private static List<CheckBuilder> formState() {
    return List.of(
        bodyString().transform(Faces::viewState).saveAs("viewState"),
        bodyString().transform(Faces::fields).saveAs("fields"),
        bodyString().transform(page -> page.contains("id=\"answer:next\"")).saveAs("hasNext"));
  }

  private static HttpRequestActionBuilder ajax(String name, String source) {
    return http(name).post("/app/answer.xhtml").headers(AJAX)
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam("jakarta.faces.source", source)
        .formParam("jakarta.faces.partial.execute", source)
        .formParam("answer", "answer")
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .formParam("primefaces.nonce", "#{nonce}");
  }

  private static final ChainBuilder ANSWER_SECTION = foreach("#{fields}", "field").on(
      exec(ajax("answer page: autosave an answer", "#{field.name}")
          .formParam("jakarta.faces.behavior.event", "#{field.event}")
          .formParam("jakarta.faces.partial.event", "change")
          .formParam("#{field.name}", "#{field.value}")
          .check(substring("class=\"saved\""))));

  private final ScenarioBuilder participants = scenario("Participant path")
      .feed(members)
      .exec(Faces.signIn("#{username}", LoadTeam.PASSWORD))
      .exec(foreach(assessments, "assessment").on(
          exec(session -> {
            firstStart.accumulateAndGet(System.nanoTime(), Math::min);
            // a failure in an earlier response must not stop this one from counting
            return session.markAsSucceeded();
          }),
          exec(http("assessment page").get("/app/assessment.xhtml?id=#{assessment}").check(status().is(200))),
          exec(http("answer page").get("/app/answer.xhtml?id=#{assessment}")
              .check(formState()).check(bodyString().transform(Faces::nonce).saveAs("nonce"))),
          asLongAs("#{hasNext}").on(
              ANSWER_SECTION,
              exec(ajax("answer page: next section", "answer:next")
                  .formParam("jakarta.faces.partial.render", "answer")
                  .formParam("answer:next", "answer:next")
                  .check(formState()))),
          ANSWER_SECTION,
          exec(ajax("answer page: submit", "answer:submit")
              .formParam("jakarta.faces.partial.render", "answer")
              .formParam("answer:submit", "answer:submit")
              .check(regex("<redirect url=\"([^\"]+)\"").saveAs("submitted"))),
          exec(http("assessment page after submitting").get(session -> session.getString("submitted").replace("&amp;", "&"))
              .check(status().is(200))),
          exec(session -> {
            if (!session.isFailed()) {
              completed.incrementAndGet();
              lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
            }
            return session;
          })));

  {
    setUp(participants.injectOpen(atOnceUsers(MEMBERS)))
        .protocols(http.baseUrl(LoadSettings.BASE_URL).inferHtmlResources())
        .assertions(global().failedRequests().count().is(0L));
  }

  @Override
  public void before() {
    cpuAtStart = ServerCpu.millis();
  }

  @Override
  public void after() {
    int responses = completed.get();
    double seconds = (lastEnd.get() - firstStart.get()) / 1e9;
    var figures = Json.createObjectBuilder()
        .add("questionnaire", QUESTIONNAIRE)
        .add("completedResponses", responses)
        .add("responsesPerSecond", responses == 0 ? 0 : Math.round(responses / seconds * 100) / 100.0);
    OptionalLong cpu = ServerCpu.since(cpuAtStart);
    if (cpu.isPresent() && responses > 0) {
      figures.add("serverCpuMs", cpu.getAsLong()).add("serverCpuMsPerResponse", cpu.getAsLong() / responses);
    }
    Measurements.write(figures.build());
  }
}
