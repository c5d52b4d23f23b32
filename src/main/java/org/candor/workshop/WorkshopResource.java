package org.candor.workshop;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.candor.language.LanguageSelection;
import org.candor.platform.JsonBody;
import org.candor.platform.Text;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The facilitator's side of workshops: create a session, drive it, reveal results, end it, export.
 * Only the session's facilitator (or an admin) sees it; to anyone else it does not exist.
 */
@Path("/workshops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkshopResource {

  @Inject Workshops workshops;
  @Inject LiveStates states;
  @Inject LanguageSelection language;
  @Context HttpServletRequest request;

  public record WorkshopView(
      long id,
      String joinCode,
      String joinLink,
      String questionnaireId,
      String questionnaireVersion,
      String caseId,
      Pace pace,
      WorkshopStatus status,
      int currentQuestion,
      int questionCount,
      int participants,
      Instant createdAt,
      Instant endedAt) {}

  @POST
  @Operation(summary = "Facilitators: start a workshop from a questionnaire or a case ({\"questionnaireId\": \"quick-screen\", \"caseId\": null, \"pace\": \"FACILITATOR_LED\" or \"SELF_PACED\"})")
  public Response create(JsonValue body, @Context UriInfo uri) {
    JsonBody fields = JsonBody.of(body, "{\"questionnaireId\": \"quick-screen\", \"pace\": \"FACILITATOR_LED\"}");
    Workshop created = workshops.create(fields.string("questionnaireId"), fields.string("caseId"), fields.string("pace"));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(view(created)).build();
  }

  @GET
  @Operation(summary = "The workshops I facilitate, newest first")
  public List<WorkshopView> mine() {
    return workshops.mine().stream().map(this::view).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One workshop I facilitate, with its join code and link")
  public WorkshopView get(@PathParam("id") long id) {
    return view(workshops.asFacilitator(id));
  }

  @POST
  @Path("/{id}/advance")
  @Operation(summary = "Move a facilitator-led room to a question ({\"questionIndex\": n}, from 0), or to the next one without a body")
  public WorkshopView advance(@PathParam("id") long id, JsonValue body) {
    Long index = body == null || body.getValueType() == JsonValue.ValueType.NULL
        ? null : JsonBody.of(body, "{\"questionIndex\": 2}").wholeNumber("questionIndex");
    return view(workshops.advance(id, index));
  }

  @POST
  @Path("/{id}/questions/{questionId}/reveal")
  @Operation(summary = "Reveal a question's distribution; it is shown only once at least 5 participants answered it")
  public WorkshopView reveal(@PathParam("id") long id, @PathParam("questionId") String questionId) {
    return view(workshops.reveal(id, questionId));
  }

  @POST
  @Path("/{id}/end")
  @Operation(summary = "End the workshop: its join code stops working and answers become final. Idempotent.")
  public WorkshopView end(@PathParam("id") long id) {
    return view(workshops.end(id));
  }

  @GET
  @Path("/{id}/results")
  @Operation(summary = "Answer counts per question, distributions of revealed questions with at least 5 answers, the room's recommendation and, with a case, what happened")
  public WorkshopSummary results(@PathParam("id") long id) {
    return states.summary(id);
  }

  @GET
  @Path("/{id}/results.csv")
  @Produces("text/csv")
  @Operation(summary = "The aggregate distributions as CSV (same threshold; spreadsheet formulas neutralised)")
  public Response csv(@PathParam("id") long id) {
    return Response.ok(ResultsCsv.render(states.export(id, "csv"), Text.bundle(language.getLocale())), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"candor-workshop-" + id + ".csv\"")
        .build();
  }

  @GET
  @Path("/{id}/summary.pdf")
  @Produces("application/pdf")
  @Operation(summary = "The workshop summary as a PDF (same threshold)")
  public Response pdf(@PathParam("id") long id) {
    return Response.ok(new SummaryPdf(language.getLocale()).render(states.export(id, "pdf")), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"candor-workshop-" + id + ".pdf\"")
        .build();
  }

  private WorkshopView view(Workshop w) {
    return new WorkshopView(
        w.id(), JoinCodes.display(w.joinCode()), JoinLinks.link(request, w.joinCode()), w.questionnaireId(), w.questionnaireVersion(),
        w.caseId(), w.pace(), w.status(), w.currentQuestion(), workshops.questionnaireOf(w).questions().size(),
        workshops.participantCount(w), w.createdAt(), w.endedAt());
  }
}
