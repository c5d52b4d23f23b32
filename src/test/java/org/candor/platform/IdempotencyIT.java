package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.candor.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Idempotency-Key header on saving an answer, over HTTP: a replay returns the first result
 * and stores nothing new, the same key with another body is refused, concurrent duplicates are told
 * to wait.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyIT {

  private static final String PASSWORD = "member-password-1";
  private static final String QUESTION = "military_partner";

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private String token;
  private String assessment;

  @BeforeEach
  void anAccountWithAnAssessment() {
    String username = Api.unique("idempotent");
    Api.Reply created =
        new Api(base).asAdmin()
            .post("api/v1/accounts", Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    Api.Reply login =
        new Api(base).post("api/v1/auth/token", Json.createObjectBuilder().add("username", username).add("password", PASSWORD).build());
    token = login.json().getString("token");
    Api.Reply assessmentCreated =
        new Api(base).as(token)
            .post("api/v1/assessments", Json.createObjectBuilder().add("title", "Idempotent saves").add("questionnaireId", "institution-check").build());
    assertThat(assessmentCreated.status()).as(assessmentCreated.text()).isEqualTo(201);
    assessment = assessmentCreated.json().getJsonNumber("id").toString();
  }

  @Test
  void aReplayReturnsTheFirstResultAndStoresNothingNew() throws Exception {
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = save(key, "no");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue(Idempotent.REPLAYED_HEADER)).isEmpty();
    String answeredAt = answers().getJsonObject(0).getString("answeredAt");

    HttpResponse<String> replay = save(key, "no");

    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.headers().firstValue(Idempotent.REPLAYED_HEADER)).contains("true");
    assertThat(answers().getJsonObject(0).getString("answeredAt")).as("the replay did not save again").isEqualTo(answeredAt);
  }

  @Test
  void theSameKeyWithAnotherBodyIsRefusedAndChangesNothing() throws Exception {
    String key = UUID.randomUUID().toString();
    assertThat(save(key, "no").statusCode()).isEqualTo(200);

    HttpResponse<String> reused = save(key, "yes");

    assertThat(reused.statusCode()).isEqualTo(422);
    assertThat(reused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(Problem.MEDIA_TYPE));
    assertThat(reused.body()).contains(Idempotent.HEADER);
    assertThat(answers().getJsonObject(0).getString("value")).isEqualTo("no");
  }

  @Test
  void aDuplicateArrivingWhileTheFirstRunsGets409AndTheAnswerIsStoredOnce() throws Exception {
    // Timing decides whether duplicates overlap; a few bursts of simultaneous duplicates make it certain enough.
    boolean sawConflict = false;
    for (int burst = 0; burst < 5 && !sawConflict; burst++) {
      String key = UUID.randomUUID().toString();
      List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        inFlight.add(http.sendAsync(request(key, "unsure"), HttpResponse.BodyHandlers.ofString()));
      }
      List<Integer> statuses = inFlight.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
      assertThat(statuses).as("every duplicate is either the first result or told to wait").allMatch(s -> s == 200 || s == 409);
      assertThat(statuses).contains(200);
      sawConflict = statuses.contains(409);
    }
    assertThat(sawConflict).as("a duplicate overlapping the first request was refused with 409").isTrue();
    assertThat(answers()).hasSize(1);
  }

  @Test
  void requestsWithoutAKeyBehaveAsBefore() throws Exception {
    HttpResponse<String> plain =
        http.send(
            HttpRequest.newBuilder(answerUri()).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"no\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue(Idempotent.REPLAYED_HEADER)).isEmpty();
  }

  @Test
  void aSubmissionReplayedWithItsKeyReturnsTheFirstResult() throws Exception {
    answerEveryRequiredQuestion();
    String key = UUID.randomUUID().toString();
    HttpResponse<String> first = submit(key, "{}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);

    HttpResponse<String> replay = submit(key, "{}");

    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.headers().firstValue(Idempotent.REPLAYED_HEADER)).contains("true");
  }

  @Test
  void aSubmissionKeyReusedForAnotherRequestIsRefused() throws Exception {
    answerEveryRequiredQuestion();
    String key = UUID.randomUUID().toString();
    assertThat(submit(key, "{}").statusCode()).isEqualTo(200);

    HttpResponse<String> otherBody = submit(key, "{\"final\": true}");

    assertThat(otherBody.statusCode()).isEqualTo(422);
    assertThat(otherBody.body()).contains(Idempotent.HEADER);
  }

  @Test
  void submissionDuplicatesArrivingTogetherAreToldToWaitAndSubmitOnce() throws Exception {
    answerEveryRequiredQuestion();
    String key = UUID.randomUUID().toString();
    List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      inFlight.add(http.sendAsync(submission(key, "{}"), HttpResponse.BodyHandlers.ofString()));
    }
    List<HttpResponse<String>> replies = inFlight.stream().map(CompletableFuture::join).toList();

    assertThat(replies).as("every duplicate is either the first result or told to wait")
        .allMatch(r -> r.statusCode() == 200 || r.statusCode() == 409 && r.headers().firstValue("Retry-After").isPresent());
    assertThat(replies.stream().filter(r -> r.statusCode() == 200).map(HttpResponse::body).distinct()).as("one submission time").hasSize(1);
    // Whether duplicates overlap depends on timing (the answer test proves the 409); here one submission is what counts.
    assertThat(new Api(base).as(token).get("api/v1/assessments/" + assessment + "/participants").text()).contains("submittedAt");
  }

  private void answerEveryRequiredQuestion() {
    Api me = new Api(base).as(token);
    for (String[] answer : new String[][] {{QUESTION, "no"}, {"partner_kind", "company"}}) {
      Api.Reply saved = me.put("api/v1/assessments/" + assessment + "/answers/" + answer[0], Json.createObjectBuilder().add("value", answer[1]).build());
      assertThat(saved.status()).as(saved.text()).isEqualTo(200);
    }
  }

  private HttpResponse<String> submit(String key, String body) throws Exception {
    return http.send(submission(key, body), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest submission(String key, String body) {
    return HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/assessments/" + assessment + "/submission"))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header(Idempotent.HEADER, key)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private HttpResponse<String> save(String key, String value) throws Exception {
    return http.send(request(key, value), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest request(String key, String value) {
    return HttpRequest.newBuilder(answerUri())
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .header(Idempotent.HEADER, key)
        .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("value", value).build().toString()))
        .build();
  }

  private URI answerUri() {
    return URI.create(base.toString().replaceAll("/$", "") + "/api/v1/assessments/" + assessment + "/answers/" + QUESTION);
  }

  private jakarta.json.JsonArray answers() {
    return new Api(base).as(token).get("api/v1/assessments/" + assessment + "/answers").structure().asJsonArray();
  }
}
