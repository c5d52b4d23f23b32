package org.candor.deliberation;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.candor.engine.Recommendation;
import org.candor.platform.JsonBody;
import org.candor.platform.ProblemException;
import org.candor.questionnaire.AnswerJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Round 2 over the API: consensus answers, threads, dissent, the team's recommendation and conditions. */
@Path("/assessments/{id}/deliberation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliberationResource {

  @Inject Deliberation deliberation;

  @PathParam("id") long id;

  public record ConsensusView(String questionId, JsonValue value, String rationale, long version, long decidedBy, Instant decidedAt) {}

  public record PostView(long accountId, String body, Instant postedAt) {}

  public record DissentView(String questionId, long accountId, String statement, Instant recordedAt) {}

  public record ConditionView(String conditionId, boolean done, String note, long version, long checkedBy, Instant checkedAt) {}

  @GET
  @Path("/consensus")
  @Operation(summary = "The consensus answers settled so far, each with its version")
  public List<ConsensusView> consensus() {
    return deliberation.consensus(id).stream().map(DeliberationResource::view).toList();
  }

  @PUT
  @Path("/consensus/{questionId}")
  @Operation(summary = "Lead only: {\"value\": …, \"rationale\": …, \"version\": the version last seen, absent for a new one}."
      + " 409 if someone changed it since.")
  public ConsensusView settle(@PathParam("questionId") String questionId, JsonValue body) {
    String example = "{\"value\": …, \"rationale\": \"…\", \"version\": 3}";
    JsonBody fields = JsonBody.of(body, example);
    if (!body.asJsonObject().containsKey("value")) {
      throw ProblemException.invalidField("value", "Send " + example + ".");
    }
    Object value = AnswerJson.toValue(body.asJsonObject().get("value"));
    try {
      return view(deliberation.settle(id, questionId, value, fields.string("rationale"), fields.wholeNumber("version")));
    } catch (ConsensusConflict conflict) {
      // Read again after the failed transaction: the answer that won may have committed only now.
      throw conflict.withCurrent(deliberation.consensus(id).stream()
          .filter(c -> c.questionId().equals(questionId)).findFirst().map(DeliberationResource::view).orElse(null));
    }
  }

  @GET
  @Path("/recommendation")
  @Operation(summary = "The recommendation the consensus answers lead to")
  public Recommendation recommendation() {
    return deliberation.teamRecommendation(id);
  }

  @POST
  @Path("/finish")
  @Operation(summary = "Lead only: finish the assessment with the consensus recommendation")
  public Recommendation finish() {
    return deliberation.finish(id);
  }

  @GET
  @Path("/questions/{questionId}/posts")
  @Operation(summary = "A question's discussion thread (after round 1)")
  public List<PostView> thread(@PathParam("questionId") String questionId) {
    return deliberation.thread(id, questionId).stream().map(p -> new PostView(p.accountId(), p.body(), p.postedAt())).toList();
  }

  @POST
  @Path("/questions/{questionId}/posts")
  @Operation(summary = "Add {\"body\": …} to a question's thread")
  public PostView post(@PathParam("questionId") String questionId, JsonValue body) {
    ThreadPost post = deliberation.post(id, questionId, JsonBody.of(body, "{\"body\": \"…\"}").string("body"));
    return new PostView(post.accountId(), post.body(), post.postedAt());
  }

  @GET
  @Path("/dissent")
  @Operation(summary = "Every dissent recorded")
  public List<DissentView> dissents() {
    return deliberation.dissents(id).stream().map(DeliberationResource::view).toList();
  }

  @POST
  @Path("/questions/{questionId}/dissent")
  @Operation(summary = "Record {\"statement\": …}: my disagreement with the consensus on a question; it goes into the report")
  public DissentView dissent(@PathParam("questionId") String questionId, JsonValue body) {
    return view(deliberation.dissent(id, questionId, JsonBody.of(body, "{\"statement\": \"…\"}").string("statement")));
  }

  @GET
  @Path("/conditions")
  @Operation(summary = "The team's checklist of the recommendation's conditions")
  public List<ConditionView> conditions() {
    return deliberation.conditionChecks(id).values().stream().map(DeliberationResource::view).toList();
  }

  @PUT
  @Path("/conditions/{conditionId}")
  @Operation(summary = "Tick or untick a condition: {\"done\": true, \"note\": …, \"version\": the version last seen, absent for a"
      + " condition nobody has checked}. 409 with the current check if someone changed it since.")
  public ConditionView check(@PathParam("conditionId") String conditionId, JsonValue body) {
    JsonBody fields = JsonBody.of(body, "{\"done\": true, \"note\": \"…\"}");
    JsonValue done = body.asJsonObject().get("done");
    if (done != JsonValue.TRUE && done != JsonValue.FALSE) {
      throw ProblemException.invalidField("done", "'done' must be true or false.");
    }
    try {
      return view(deliberation.check(id, conditionId, done == JsonValue.TRUE, fields.string("note"), fields.wholeNumber("version")));
    } catch (ConditionConflict conflict) {
      throw conflict.withCurrent(Optional.ofNullable(deliberation.conditionChecks(id).get(conditionId))
          .map(DeliberationResource::view).orElse(null));
    }
  }

  private static ConsensusView view(ConsensusAnswer c) {
    return new ConsensusView(c.questionId(), AnswerJson.toJson(AnswerJson.parse(c.valueJson())), c.rationale(), c.version(), c.decidedBy(), c.decidedAt());
  }

  private static DissentView view(Dissent d) {
    return new DissentView(d.questionId(), d.accountId(), d.statement(), d.recordedAt());
  }

  private static ConditionView view(ConditionCheck c) {
    return new ConditionView(c.conditionId(), c.done(), c.note(), c.version(), c.checkedBy(), c.checkedAt());
  }
}
