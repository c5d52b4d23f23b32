package org.candor.assessment;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import org.candor.engine.Recommendation;
import org.candor.identity.CurrentAccount;
import org.candor.platform.Idempotent;
import org.candor.platform.ProblemException;
import org.candor.questionnaire.AnswerJson;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Assessments over the API: create, list mine, save answers one by one, read the recommendation. */
@Path("/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

  @Inject Assessments assessments;
  @Inject CurrentAccount current;

  public static class NewAssessment {
    public String title;
    public String description;
    public String questionnaireId;
    public Long teamId;
  }

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
      Instant createdAt) {}

  public record AnswerView(String questionId, JsonValue value, Instant answeredAt) {}

  @POST
  @Operation(summary = "Start an assessment of a project with a questionnaire (optionally for a team I lead)")
  public Response create(NewAssessment body, @Context UriInfo uri) {
    if (body == null) {
      throw ProblemException.invalidField("title", "Send {\"title\": …, \"questionnaireId\": …}.");
    }
    Assessment created = assessments.create(body.title, body.description, body.questionnaireId, body.teamId);
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
  public Map<String, Object> saveAnswer(@PathParam("id") long id, @PathParam("questionId") String questionId, JsonObject body) {
    if (body == null || !body.containsKey("value")) {
      throw ProblemException.invalidField("value", "Send {\"value\": …} with the answer, or null to remove it.");
    }
    Map<String, Object> saved = assessments.saveAnswer(id, questionId, AnswerJson.toValue(body.get("value")));
    return Map.of("questionId", questionId, "saved", saved.containsKey(questionId), "answered", saved.size());
  }

  @GET
  @Path("/{id}/recommendation")
  @Operation(summary = "The recommendation my answers lead to, with its explanation")
  public Recommendation recommendation(@PathParam("id") long id) {
    return assessments.myRecommendation(id);
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
        a.createdAt());
  }
}
