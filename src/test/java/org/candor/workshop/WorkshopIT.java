package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.candor.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Workshops over HTTP on the real WAR: the k=5 threshold and the reveal hold in the API and the
 * exports, participants see no tallies, only facilitators create and only their own sessions can
 * they drive, bad answers change nothing, ended codes stop working, and guessing codes trips the
 * rate limit. The guessing test runs last, and this class last of the run (failsafe's alphabetical
 * order; all classes share one server): the lock-out then holds this machine's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkshopIT {

  private static final String PASSWORD = "facilitator-password-1";
  private static final String FIRST = "qs_military";
  private static final String SECOND = "qs_partner_record";

  @ArquillianResource URL base;

  private Api account(String... roles) {
    String username = Api.unique("facilitator");
    var rolesJson = Json.createArrayBuilder();
    for (String role : roles) {
      rolesJson.add(role);
    }
    Api.Reply created = new Api(base).asAdmin().post("api/v1/accounts",
        Json.createObjectBuilder().add("username", username).add("password", PASSWORD).add("roles", rolesJson).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return new Api(base).login(username, PASSWORD);
  }

  private static JsonObject create(Api facilitator, JsonObject body) {
    Api.Reply created = facilitator.post("api/v1/workshops", body);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json();
  }

  private Api join(String code, String pseudonym) {
    Api phone = Api.withCookies(base);
    Api.Reply joined = phone.post("api/v1/workshops/room/join", Json.createObjectBuilder().add("code", code).add("pseudonym", pseudonym).build());
    assertThat(joined.status()).as(joined.text()).isEqualTo(201);
    return phone;
  }

  private static Api.Reply answer(Api phone, String question, JsonValue value) {
    return phone.put("api/v1/workshops/room/answers/" + question, Json.createObjectBuilder().add("value", value).build());
  }

  private static JsonObject tally(Api facilitator, long id, String question) {
    JsonArray questions = facilitator.get("api/v1/workshops/" + id + "/results").json().getJsonObject("live").getJsonArray("questions");
    return questions.stream().map(JsonValue::asJsonObject).filter(q -> q.getString("questionId").equals(question)).findFirst().orElseThrow();
  }

  @Test
  @Order(1)
  void distributionsAreHiddenBelowFiveAnswersAndUntilRevealedInTheApiAndTheExports() {
    Api facilitator = account("FACILITATOR");
    JsonObject workshop = create(facilitator, Json.createObjectBuilder().add("questionnaireId", "quick-screen").build());
    long id = workshop.getJsonNumber("id").longValue();
    String code = workshop.getString("joinCode");
    assertThat(code).matches("[2-9A-HJKMNP-TW-Z]{3}-[2-9A-HJKMNP-TW-Z]{3}-[2-9A-HJKMNP-TW-Z]{3}");
    assertThat(workshop.getString("joinLink")).endsWith("/join?code=" + code.replace("-", ""));

    List<Api> phones = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      phones.add(join(code.toLowerCase(), "Person " + i));
    }
    for (int i = 0; i < 4; i++) {
      assertThat(answer(phones.get(i), FIRST, Json.createValue(i == 0 ? "yes" : "no")).status()).isEqualTo(200);
    }
    assertThat(facilitator.post("api/v1/workshops/" + id + "/questions/" + FIRST + "/reveal", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
    JsonObject four = tally(facilitator, id, FIRST);
    assertThat(four.getInt("answers")).isEqualTo(4);
    assertThat(four.getString("visibility")).isEqualTo("TOO_FEW_ANSWERS");
    assertThat(four.getJsonArray("bars")).as("revealed, but only 4 answers").isEmpty();
    String csvAtFour = facilitator.get("api/v1/workshops/" + id + "/results.csv").text();
    assertThat(csvAtFour).contains(FIRST).contains("hidden until at least 5 people have answered").doesNotContain(",yes,");

    assertThat(answer(phones.get(4), FIRST, Json.createValue("no")).status()).isEqualTo(200);
    JsonObject five = tally(facilitator, id, FIRST);
    assertThat(five.getString("visibility")).isEqualTo("SHOWN");
    assertThat(five.getJsonArray("bars").stream().map(JsonValue::asJsonObject).map(b -> b.getString("value") + "=" + b.getInt("count")))
        .containsExactly("yes=1", "no=4", "unsure=0");
    assertThat(facilitator.get("api/v1/workshops/" + id + "/results.csv").text()).contains("yes,Yes,1,20").contains("no,No,4,80");

    // Not revealed: hidden even with five answers, in the API, the CSV and the PDF.
    assertThat(facilitator.post("api/v1/workshops/" + id + "/advance", JsonValue.NULL).status()).isEqualTo(200);
    phones.forEach(p -> assertThat(answer(p, SECOND, Json.createValue("listed")).status()).isEqualTo(200));
    JsonObject unrevealed = tally(facilitator, id, SECOND);
    assertThat(unrevealed.getInt("answers")).isEqualTo(5);
    assertThat(unrevealed.getString("visibility")).isEqualTo("NOT_REVEALED");
    assertThat(unrevealed.getJsonArray("bars")).isEmpty();
    assertThat(facilitator.get("api/v1/workshops/" + id + "/results.csv").text()).doesNotContain("listed");
    Api.Download pdf = facilitator.download("api/v1/workshops/" + id + "/summary.pdf");
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");

    // A participant sees where the room is and their own answers, never the room's tallies.
    Api.Reply seat = phones.get(0).get("api/v1/workshops/room");
    assertThat(seat.status()).isEqualTo(200);
    assertThat(seat.json().getString("currentQuestionId")).isEqualTo(SECOND);
    assertThat(seat.json().getJsonObject("myAnswers").keySet()).containsExactlyInAnyOrder(FIRST, SECOND);
    assertThat(seat.text()).doesNotContain("bars").doesNotContain("\"answers\"");
    assertThat(phones.get(0).get("api/v1/workshops/" + id + "/results").status()).as("no account").isEqualTo(401);
    assertThat(phones.get(0).get("api/v1/workshops/room/comparison").status()).as("only after the end").isEqualTo(409);
  }

  @Test
  @Order(2)
  void onlyFacilitatorsCreateAndNobodyElseDrivesTheirWorkshop() {
    Api researcher = account();
    Api.Reply refused = researcher.post("api/v1/workshops", Json.createObjectBuilder().add("questionnaireId", "quick-screen").build());
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");

    Api mine = account("FACILITATOR");
    Api other = account("FACILITATOR");
    long id = create(mine, Json.createObjectBuilder().add("questionnaireId", "quick-screen").add("pace", "SELF_PACED").build()).getJsonNumber("id").longValue();
    String path = "api/v1/workshops/" + id;
    assertThat(other.get(path).status()).isEqualTo(404);
    assertThat(other.get(path + "/results").status()).isEqualTo(404);
    assertThat(other.get(path + "/results.csv").status()).isEqualTo(404);
    assertThat(other.post(path + "/advance", JsonValue.NULL).status()).isEqualTo(404);
    assertThat(mine.post(path + "/advance", JsonValue.NULL).status()).as("a self-paced room is not moved").isEqualTo(409);
    assertThat(other.post(path + "/questions/" + FIRST + "/reveal", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(404);
    assertThat(other.post(path + "/end", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(404);
    assertThat(mine.get(path).json().getString("status")).as("the other facilitator changed nothing").isEqualTo("OPEN");
    assertThat(other.get("api/v1/workshops").structure().asJsonArray()).isEmpty();
    assertThat(new Api(base).asAdmin().get(path).status()).as("admins may").isEqualTo(200);

    Api.Reply badPace = mine.post("api/v1/workshops", Json.createObjectBuilder().add("questionnaireId", "quick-screen").add("pace", "FAST").build());
    assertThat(badPace.status()).isEqualTo(400);
    assertThat(badPace.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("pace");
    Api.Reply caseMismatch = mine.post("api/v1/workshops",
        Json.createObjectBuilder().add("questionnaireId", "release-strategy").add("caseId", "autonomous-greenhouse-challenge").build());
    assertThat(caseMismatch.status()).isEqualTo(400);
    assertThat(caseMismatch.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("questionnaireId");
  }

  @Test
  @Order(3)
  void badAnswersAreRefusedWithAProblemAndStoreNothing() {
    Api facilitator = account("FACILITATOR");
    JsonObject workshop = create(facilitator, Json.createObjectBuilder().add("questionnaireId", "quick-screen").add("pace", "SELF_PACED").build());
    long id = workshop.getJsonNumber("id").longValue();
    Api phone = join(workshop.getString("joinCode"), "");
    assertThat(phone.get("api/v1/workshops/room").json().getString("pseudonym")).as("generated").startsWith("Participant ");

    Api.Reply notAnOption = answer(phone, FIRST, Json.createValue("maybe"));
    assertThat(notAnOption.status()).isEqualTo(400);
    assertThat(notAnOption.contentType()).startsWith("application/problem+json");
    assertThat(notAnOption.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("value");
    assertThat(answer(phone, FIRST, Json.createArrayBuilder().add("yes").build()).status()).isEqualTo(400);
    assertThat(phone.putRaw("api/v1/workshops/room/answers/" + FIRST, "{\"answer\": \"yes\"}").status()).isEqualTo(400);
    assertThat(answer(phone, "no_such_question", Json.createValue("yes")).status()).isEqualTo(404);
    assertThat(Api.withCookies(base).put("api/v1/workshops/room/answers/" + FIRST, Json.createObjectBuilder().add("value", "yes").build()).status())
        .as("without joining").isEqualTo(401);
    Api.Reply longName = Api.withCookies(base).post("api/v1/workshops/room/join",
        Json.createObjectBuilder().add("code", workshop.getString("joinCode")).add("pseudonym", "x".repeat(41)).build());
    assertThat(longName.status()).isEqualTo(400);
    assertThat(longName.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("pseudonym");

    Api.Reply fromAnotherSite = phone.fromOrigin("https://evil.example")
        .put("api/v1/workshops/room/answers/" + FIRST, Json.createObjectBuilder().add("value", "yes").build());
    assertThat(fromAnotherSite.status()).as("a page of another site riding on the phone's cookie").isEqualTo(403);
    assertThat(fromAnotherSite.contentType()).startsWith("application/problem+json");

    assertThat(tally(facilitator, id, FIRST).getInt("answers")).isZero();
    assertThat(phone.get("api/v1/workshops/room").json().getJsonObject("myAnswers")).isEmpty();
    assertThat(answer(phone.fromOrigin(base.getProtocol() + "://" + base.getAuthority()), FIRST, Json.createValue("yes")).status())
        .as("Candor's own page").isEqualTo(200);
    assertThat(facilitator.get("api/v1/workshops/" + id).json().getInt("participants")).isEqualTo(1);
    assertThat(facilitator.fromOrigin("https://evil.example").post("api/v1/workshops/" + id + "/end", JsonValue.EMPTY_JSON_OBJECT).status())
        .as("a bearer token is not a cookie a foreign page could use").isEqualTo(200);
  }

  @Test
  @Order(4)
  void anEndedWorkshopsCodeNoLongerJoinsAndEveryoneSeesTheComparison() {
    Api facilitator = account("FACILITATOR");
    JsonObject workshop = create(facilitator, Json.createObjectBuilder().add("caseId", "autonomous-greenhouse-challenge").build());
    long id = workshop.getJsonNumber("id").longValue();
    assertThat(workshop.getString("questionnaireId")).as("the case fixes the questionnaire").isEqualTo("quick-screen");
    Api phone = join(workshop.getString("joinCode"), "Early bird");
    assertThat(phone.get("api/v1/workshops/room").json().getString("scenario")).contains("Greenhouse");

    assertThat(facilitator.post("api/v1/workshops/" + id + "/end", JsonValue.EMPTY_JSON_OBJECT).json().getString("status")).isEqualTo("ENDED");
    assertThat(facilitator.post("api/v1/workshops/" + id + "/end", JsonValue.EMPTY_JSON_OBJECT).status()).as("idempotent").isEqualTo(200);
    Api.Reply late = Api.withCookies(base).post("api/v1/workshops/room/join",
        Json.createObjectBuilder().add("code", workshop.getString("joinCode")).add("pseudonym", "Latecomer").build());
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("code");
    assertThat(facilitator.get("api/v1/workshops/" + id).json().getInt("participants")).isEqualTo(1);
    assertThat(answer(phone, FIRST, Json.createValue("no")).status()).isEqualTo(409);

    JsonObject comparison = phone.get("api/v1/workshops/room/comparison").json();
    assertThat(comparison.getJsonObject("mine").getBoolean("complete")).isFalse();
    assertThat(comparison.getJsonObject("room").getBoolean("complete")).as("one participant is below the threshold").isFalse();
    assertThat(comparison.getJsonObject("caseOutcome").getString("expected")).isEqualTo("GO");
    assertThat(comparison.getJsonObject("caseOutcome").getString("whatHappened")).isNotBlank();
  }

  @Test
  @Order(5)
  void onlyTheWorkshopsFacilitatorReceivesTheLiveFeed() throws Exception {
    Api mine = account("FACILITATOR");
    Api other = account("FACILITATOR");
    long id = create(mine, Json.createObjectBuilder().add("questionnaireId", "quick-screen").build()).getJsonNumber("id").longValue();
    URI feed = URI.create(base.toString().replaceFirst("^http", "ws").replaceFirst("/?$", "") + "/ws/presenter/" + id);

    Feed owner = Feed.open(feed, mine.bearerToken());
    assertThat(owner.messages.poll(20, TimeUnit.SECONDS)).as("the current state on connecting").contains("\"participants\":0");
    join(create(mine, Json.createObjectBuilder().add("questionnaireId", "quick-screen").build()).getString("joinCode"), "Elsewhere");
    Api phone = join(mine.get("api/v1/workshops/" + id).json().getString("joinCode"), "Here");
    assertThat(owner.messages.poll(20, TimeUnit.SECONDS)).as("pushed when someone joins").contains("\"participants\":1");
    answer(phone, FIRST, Json.createValue("no"));
    assertThat(owner.messages.poll(20, TimeUnit.SECONDS)).contains("\"answers\":1").contains("\"bars\":[]");

    Feed intruder = Feed.open(feed, other.bearerToken());
    assertThat(intruder.closed.get(20, TimeUnit.SECONDS)).as("closed as a policy violation").isEqualTo(1008);
    assertThat(intruder.messages).as("nothing was sent before closing").isEmpty();

    assertThatThrownBy(() -> Feed.open(feed, null)).as("no account: the handshake is refused").isInstanceOf(ExecutionException.class);
    assertThatThrownBy(() -> Feed.open(feed, account().bearerToken())).as("not a facilitator").isInstanceOf(ExecutionException.class);
  }

  /** A WebSocket client that collects the text messages it receives and how the server closed it. */
  private static final class Feed implements WebSocket.Listener {
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();

    static Feed open(URI uri, String bearer) throws Exception {
      Feed feed = new Feed();
      WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
      if (bearer != null) {
        builder.header("Authorization", "Bearer " + bearer);
      }
      builder.buildAsync(uri, feed).get(20, TimeUnit.SECONDS);
      return feed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        messages.add(partial.toString());
        partial.setLength(0);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
      closed.complete(status);
      return null;
    }
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void aHundredWrongCodesJoinNothingAndTripTheRateLimit() {
    Api facilitator = account("FACILITATOR");
    JsonObject workshop = create(facilitator, Json.createObjectBuilder().add("questionnaireId", "quick-screen").build());
    long id = workshop.getJsonNumber("id").longValue();
    JoinCodes codes = new JoinCodes(new java.util.Random(42));
    Api guesser = Api.withCookies(base);
    List<Integer> statuses = new ArrayList<>();
    Api.Reply last = null;
    for (int i = 0; i < 100; i++) {
      String guess = codes.next();
      if (guess.equals(workshop.getString("joinCode").replace("-", ""))) {
        continue;
      }
      last = guesser.post("api/v1/workshops/room/join", Json.createObjectBuilder().add("code", guess).build());
      statuses.add(last.status());
    }
    assertThat(statuses).doesNotContain(201).allMatch(s -> s == 400 || s == 429);
    assertThat(statuses.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(90);
    assertThat(last.status()).isEqualTo(429);
    assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
    assertThat(last.contentType()).startsWith("application/problem+json");

    Api.Reply rightCodeNow = guesser.post("api/v1/workshops/room/join", Json.createObjectBuilder().add("code", workshop.getString("joinCode")).build());
    assertThat(rightCodeNow.status()).as("a locked-out client cannot join even with the right code").isEqualTo(429);
    assertThat(facilitator.get("api/v1/workshops/" + id).json().getInt("participants")).isZero();
  }
}
