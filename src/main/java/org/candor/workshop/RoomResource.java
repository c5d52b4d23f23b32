package org.candor.workshop;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.candor.engine.Case;
import org.candor.language.LanguageSelection;
import org.candor.platform.ClientAddress;
import org.candor.platform.JsonBody;
import org.candor.platform.Problem;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;
import org.candor.questionnaire.AnswerJson;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/**
 * The participant's side of a workshop, without an account: join with the code (the answer sets
 * the {@value RoomCookie#NAME} cookie), read where the room is, answer, compare at the end.
 */
@Path("/workshops/room")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirements
public class RoomResource {

  @Inject ClientAddress clientAddress;
  @Inject Workshops workshops;
  @Inject LanguageSelection language;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  public record Seat(String pseudonym, long workshopId, Pace pace, WorkshopStatus status, String questionnaireId,
      String questionnaireVersion, int currentQuestion, String currentQuestionId, String caseTitle, String scenario,
      Map<String, Object> myAnswers) {}

  public record Comparison(WorkshopSummary.Verdict mine, WorkshopSummary.Verdict room, WorkshopSummary.CaseOutcome caseOutcome) {}

  @POST
  @Path("/join")
  @Operation(summary = "Join an open workshop with its code ({\"code\": \"K7F-M3Q-XPA\", \"pseudonym\": \"optional\"}); sets the participant cookie. Rate-limited: 429 with Retry-After.")
  public Response join(JsonValue body) {
    JsonBody fields = JsonBody.of(body, "{\"code\": \"K7F-M3Q-XPA\", \"pseudonym\": \"Heron\"}");
    String generated = Text.bundle(language.getLocale()).getString("workshop.pseudonym.generated");
    JoinOutcome outcome = workshops.join(clientAddress.get(), fields.string("code"), fields.string("pseudonym"), Pseudonyms.generate(generated));
    if (outcome instanceof JoinOutcome.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds());
      return Response.status(429).header("Retry-After", seconds).type(Problem.MEDIA_TYPE)
          .entity(Problem.of(429, "Too many attempts", "Too many join attempts; try again in " + seconds + " seconds.")).build();
    }
    if (!(outcome instanceof JoinOutcome.Joined joined)) {
      throw ProblemException.invalidField("code", "No open workshop has this code. Check it with your facilitator.");
    }
    RoomCookie.set(request, response, joined.token());
    return Response.status(Response.Status.CREATED).entity(seat(joined.participant())).build();
  }

  @GET
  @Operation(summary = "Participant: where the room is and my own answers")
  public Seat seat(@CookieParam(RoomCookie.NAME) String token) {
    return seat(workshops.participant(token));
  }

  @PUT
  @Path("/answers/{questionId}")
  @Operation(summary = "Participant: save my answer to one question ({\"value\": …}; null removes it), validated like assessment answers")
  public Map<String, Object> answer(@CookieParam(RoomCookie.NAME) String token, @PathParam("questionId") String questionId, JsonValue body) {
    if (body == null || body.getValueType() != JsonValue.ValueType.OBJECT || !body.asJsonObject().containsKey("value")) {
      throw ProblemException.invalidField("value", "Send {\"value\": …} with the answer, or null to remove it.");
    }
    Map<String, Object> saved = workshops.answer(token, questionId, AnswerJson.toValue(body.asJsonObject().get("value")));
    return Map.of("questionId", questionId, "saved", saved.containsKey(questionId), "answered", saved.size());
  }

  @GET
  @Path("/comparison")
  @Operation(summary = "Participant, once the workshop has ended: my recommendation beside the room's and, with a case, what happened")
  public Comparison comparison(@CookieParam(RoomCookie.NAME) String token) {
    Participant me = workshops.participant(token);
    Workshop workshop = me.workshop();
    if (workshop.open()) {
      throw ProblemException.conflict("The comparison is shown when the facilitator ends the workshop.");
    }
    return new Comparison(
        WorkshopSummary.Verdict.of(workshops.recommendationOf(me)),
        WorkshopSummary.Verdict.of(workshops.roomRecommendation(workshop)),
        workshops.caseOf(workshop).map(WorkshopSummary.CaseOutcome::of).orElse(null));
  }

  private Seat seat(Participant me) {
    Workshop w = me.workshop();
    var questions = workshops.questionnaireOf(w).questions();
    Case c = workshops.caseOf(w).orElse(null);
    return new Seat(me.pseudonym(), w.id(), w.pace(), w.status(), w.questionnaireId(), w.questionnaireVersion(), w.currentQuestion(),
        questions.get(w.currentQuestion()).id(), c == null ? null : c.title(), c == null ? null : c.scenario(), workshops.answersOf(me));
  }
}
