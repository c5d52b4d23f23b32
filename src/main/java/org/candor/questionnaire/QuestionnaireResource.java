package org.candor.questionnaire;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.candor.engine.DefinitionProblem;
import org.candor.engine.Engine;
import org.candor.engine.InvalidAnswerException;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireContent;
import org.candor.engine.Recommendation;
import org.candor.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The questionnaires: browse them, validate a definition, evaluate answers without storing them. */
@Path("/questionnaires")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {

  @Inject QuestionnaireCatalog catalog;
  @Inject Engine engine;

  public record Summary(
      String id, String version, String title, String summary, String contentHash, int questionCount, List<String> versions) {}

  /** {@code valid} unless a problem is an error; warnings (e.g. a missing translation) leave it valid. */
  public record Validation(boolean valid, List<DefinitionProblem> problems) {}

  @GET
  @Operation(summary = "The newest version of every questionnaire")
  public List<Summary> list() {
    return catalog.latestVersions().stream()
        .map(q -> new Summary(q.id(), q.version(), q.title(), q.summary(), q.contentHash(), q.questions().size(), catalog.versionsOf(q.id())))
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One questionnaire with its policy: the newest version, or the one named by ?version=")
  public QuestionnaireContent get(@PathParam("id") String id, @QueryParam("version") String version) {
    return resolve(id, version).content();
  }

  @POST
  @Path("/validate")
  @Consumes({"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
  @Operation(summary = "Validate a questionnaire, section or case definition (YAML body); problems carry line and column")
  public Validation validate(String yaml) {
    if (yaml == null || yaml.isBlank()) {
      throw ProblemException.invalidField("body", "Send the YAML definition as the request body.");
    }
    List<DefinitionProblem> problems = catalog.validate("request body", yaml);
    return new Validation(problems.stream().allMatch(DefinitionProblem::isWarning), problems);
  }

  @POST
  @Path("/{id}/evaluate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Evaluate answers ({\"answers\": {questionId: value}}) into a recommendation; nothing is stored")
  public Recommendation evaluate(@PathParam("id") String id, @QueryParam("version") String version, JsonValue body) {
    Questionnaire q = resolve(id, version);
    JsonValue answers = body == null || body.getValueType() != JsonValue.ValueType.OBJECT ? null : body.asJsonObject().get("answers");
    if (answers == null || answers.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ProblemException.invalidField("answers", "Send {\"answers\": {\"questionId\": value, …}}.");
    }
    try {
      return engine.evaluate(q, AnswerJson.toAnswers(answers.asJsonObject()));
    } catch (InvalidAnswerException e) {
      throw ProblemException.invalidField("answers." + e.questionId(), e.getMessage());
    }
  }

  private Questionnaire resolve(String id, String version) {
    return (version == null ? catalog.latest(id) : catalog.find(id, version))
        .orElseThrow(
            () -> ProblemException.notFound(
                version == null ? "There is no questionnaire '" + id + "'." : "Questionnaire '" + id + "' has no version " + version + "."));
  }
}
