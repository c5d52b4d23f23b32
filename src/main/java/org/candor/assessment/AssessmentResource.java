package org.candor.assessment;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.candor.engine.Outcome;
import org.candor.engine.Recommendation;
import org.candor.identity.CurrentAccount;
import org.candor.platform.Idempotent;
import org.candor.platform.JsonBody;
import org.candor.platform.ProblemException;
import org.candor.questionnaire.AnswerJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Assessments over the API: create, list mine, save answers one by one, submit them, close round 1,
 * see the divergence, re-open as a new version.
 */
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  @Inject Assessments assessments;
  @Inject CurrentAccount current;

  public record QuestionnaireRef(String id, String version, String contentHash) {}

  public record TeamRef(long id, String name) {}

  public record AssessmentView(
      long id,
      String title,
      String description,
      QuestionnaireRef questionnaire,
      TeamRef team,
      AssessmentStatus status,
      String myRole,
      int participants,
      Instant createdAt,
      int version,
      Long previousVersionId,
      Instant roundClosedAt,
      Instant finishedAt,
      Outcome finalOutcome) {}

  public record Submitted(Instant submittedAt) {}

  public record AnswerView(String questionId, JsonValue value, Instant answeredAt) {}

  @POST
  @Operation(summary = "Start an assessment of a project with a questionnaire (optionally for a team I lead)")
  public Response create(JsonValue body, @Context UriInfo uri) {
    JsonBody fields = JsonBody.of(body, "{\"title\": \"…\", \"questionnaireId\": \"quick-screen\"}");
    Assessment created =
        assessments.create(fields.string("title"), fields.string("description"), fields.string("questionnaireId"), fields.wholeNumber("teamId"));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(view(created))
        .build();
  }

  @GET
  @Operation(summary = "The assessments I take part in")
  public List<AssessmentView> mine() {
    return assessments.mine().stream().map(this::view).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One assessment I take part in")
  public AssessmentView get(@PathParam("id") long id) {
    return view(assessments.get(id));
  }

  @GET
  @Path("/{id}/answers")
  @Operation(summary = "My saved answers")
  public List<AnswerView> answers(@PathParam("id") long id) {
    return assessments.myAnswerRows(id).stream()
        .map(a -> new AnswerView(a.questionId(), AnswerJson.toJson(AnswerJson.parse(a.valueJson())), a.answeredAt()))
        .toList();
  }

  @PUT
  @Path("/{id}/answers/{questionId}")
  @Idempotent
  @Operation(summary = "Save my answer to one question ({\"value\": …}; null removes it). Idempotent.")
  public Map<String, Object> saveAnswer(@PathParam("id") long id, @PathParam("questionId") String questionId, JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT || !body.asJsonObject().containsKey("value")) {
      throw ProblemException.invalidField("value", "Send {\"value\": …} with the answer, or null to remove it.");
    }
    Map<String, Object> saved = assessments.saveAnswer(id, questionId, AnswerJson.toValue(body.asJsonObject().get("value")));
    return Map.of("questionId", questionId, "saved", saved.containsKey(questionId), "answered", saved.size());
  }

  @GET
  @Path("/{id}/recommendation")
  @Operation(summary = "The recommendation my answers lead to, with its explanation")
  public Recommendation recommendation(@PathParam("id") long id) {
    return assessments.myRecommendation(id);
  }

  @GET
  @Path("/{id}/participants")
  @Operation(summary = "Who takes part and whether each has submitted round 1 (never what they answered)")
  public List<ParticipantStatus> participants(@PathParam("id") long id) {
    return assessments.participants(id);
  }

  @POST
  @Path("/{id}/submission")
  @Idempotent
  @Operation(summary = "Submit my round-1 answers: they become final. Every required question must be answered. Idempotent;"
      + " honours Idempotency-Key.")
  public Submitted submit(@PathParam("id") long id) {
    return new Submitted(assessments.submit(id));
  }

  @POST
  @Path("/{id}/round-one/close")
  @Operation(summary = "Lead only: close round 1, revealing submitted answers to the team and starting deliberation")
  public AssessmentView closeRoundOne(@PathParam("id") long id) {
    return view(assessments.closeRoundOne(id));
  }

  @GET
  @Path("/{id}/divergence")
  @Operation(summary = "After round 1: questions by disagreement, with distributions and each member's own recommendation")
  public TeamDivergence divergence(@PathParam("id") long id) {
    return assessments.divergence(id);
  }

  @POST
  @Path("/{id}/reopen")
  @Operation(summary = "Lead only: re-open a finished assessment as its next version; the finished one stays as it was")
  public Response reopen(@PathParam("id") long id, @Context UriInfo uri) {
    Assessment next = assessments.reopen(id);
    return Response.created(uri.getBaseUriBuilder().path("assessments").path(String.valueOf(next.id())).build())
        .entity(view(next))
        .build();
  }

  @GET
  @Path("/{id}/versions")
  @Operation(summary = "Every version of the assessment, newest first, with the outcome each finished with")
  public List<AssessmentView> versions(@PathParam("id") long id) {
    return assessments.versions(id).stream().map(this::view).toList();
  }

  private AssessmentView view(Assessment a) {
    long me = current.require().id();
    return new AssessmentView(
        a.id(),
        a.title(),
        a.description(),
        new QuestionnaireRef(a.questionnaireId(), a.questionnaireVersion(), a.contentHash()),
        a.team() == null ? null : new TeamRef(a.team().id(), a.team().name()),
        a.status(),
        a.roleOf(me).map(Enum::name).orElse(null),
        a.participants().size(),
        a.createdAt(),
        a.versionNumber(),
        a.previous() == null ? null : a.previous().id(),
        a.roundClosedAt(),
        a.finishedAt(),
        a.finalOutcome());
  }
}
