package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import jakarta.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.candor.testing.Api;
import org.candor.workshop.RoomCookie;

/**
 * Workshop burst: participants join one self-paced workshop on the quick screen (12 questions)
 * within half a minute and answer every question with a think time, as phones do over the room
 * API, while the presenter view's WebSocket receives the live counts. The delay from an answer to
 * the presenter's push is measured by {@link PresenterProbe} and written to the summary.
 *
 * <p>The participants' pace bounds that phase's throughput, so the save target is measured after
 * it, with the same participants (joins are rate-limited per address): they save their answers
 * again (a self-paced room replaces an answer to any question while it is open; each save writes
 * its row) at half the ceiling's throughput ({@link HalfCeiling}), each save from the next
 * participant in turn.
 */
public class WorkshopBurstSimulation extends Simulation {

  private static final int PARTICIPANTS = LoadSettings.size(5, 300);
  private static final Duration ARRIVALS = Duration.ofSeconds(LoadSettings.size(2, 30));
  private static final Duration THINK_MIN = Duration.ofMillis(LoadSettings.size(100, 3_000));
  private static final Duration THINK_MAX = Duration.ofMillis(LoadSettings.size(300, 10_000));
  static final String SAVE = "save a room answer";
  static final String SAVE_AGAIN_AT_HALF_CEILING = "save a room answer again at half the ceiling";

  private final Api admin = new Api(LoadSettings.baseUrl()).asAdmin();
  private final Answers answers = Answers.of(admin, "quick-screen");
  private final Api.Reply workshop = admin.post("api/v1/workshops",
      Json.createObjectBuilder().add("questionnaireId", "quick-screen").add("pace", "SELF_PACED").build());
  private final long workshopId = LoadTeam.created(workshop);
  private final String joinCode = workshop.json().getString("joinCode");
  private final PresenterProbe presenter = new PresenterProbe(LoadSettings.BASE_URL, workshopId, admin.bearerToken());
  private final List<String> roomTokens = new CopyOnWriteArrayList<>();
  private final HalfCeiling halfCeiling = HalfCeiling.ofThisRun();

  private final ScenarioBuilder participants = scenario("Workshop burst")
      .exec(http("join the workshop").post("/api/v1/workshops/room/join")
          .header("Content-Type", "application/json")
          .body(StringBody("{\"code\": \"" + joinCode + "\"}"))
          .check(status().is(201)))
      .exec(getCookieValue(CookieKey(RoomCookie.NAME).saveAs("roomToken")))
      .exec(session -> {
        roomTokens.add(session.getString("roomToken"));
        return session;
      })
      .exec(foreach(answers.answers(), "answer").on(
          pause(THINK_MIN, THINK_MAX),
          exec(session -> session.set("sentAt", System.nanoTime()).remove("saved")),
          exec(http(SAVE).put(session -> "/api/v1/workshops/room/answers/" + session.<Answers.Answer>get("answer").questionId())
              .header("Content-Type", "application/json")
              .body(StringBody(session -> session.<Answers.Answer>get("answer").body()))
              .check(status().is(200).saveAs("saved"))),
          exec(session -> {
            if (session.contains("saved")) {
              presenter.acknowledged(session.getLong("sentAt"));
            }
            return session;
          })));

  /** The n-th save is the next participant's, each participant's saves going round the questions. */
  private Map<String, Object> nthSave(int n) {
    return Map.of("roomToken", roomTokens.get(n % roomTokens.size()),
        "answer", answers.answers().get(n / roomTokens.size() % answers.answers().size()));
  }

  private final ScenarioBuilder savesAgainAtHalfCeiling = scenario("Workshop answers saved again at half the ceiling")
      .feed(HalfCeiling.feeder(this::nthSave))
      .exec(session -> halfCeiling.sending(session))
      .exec(http(SAVE_AGAIN_AT_HALF_CEILING).put(session -> "/api/v1/workshops/room/answers/" + session.<Answers.Answer>get("answer").questionId())
          .header("Cookie", RoomCookie.NAME + "=#{roomToken}")
          .header("Content-Type", "application/json")
          .body(StringBody(session -> session.<Answers.Answer>get("answer").body()))
          .check(status().is(200).saveAs("saved")))
      .doIf(session -> session.contains("saved")).then(exec(session -> halfCeiling.answered(session)));

  {
    List<Assertion> targets = new ArrayList<>(List.of(global().failedRequests().count().is(0L)));
    if (LoadSettings.FULL) {
      targets.add(details(SAVE).responseTime().percentile4().lte(100));
      targets.add(details(SAVE_AGAIN_AT_HALF_CEILING).responseTime().percentile4().lte(100));
    }
    setUp(participants.injectOpen(rampUsers(PARTICIPANTS).during(ARRIVALS))
            .andThen(savesAgainAtHalfCeiling.injectOpen(halfCeiling.injection())))
        .protocols(http.baseUrl(LoadSettings.BASE_URL))
        .assertions(targets);
  }

  @Override
  public void after() {
    presenter.awaitLastAnswer(Duration.ofSeconds(60));
    Measurements.write(Json.createObjectBuilder(presenter.close()).add("savesAgainAtHalfCeiling", halfCeiling.figures()).build());
  }
}
