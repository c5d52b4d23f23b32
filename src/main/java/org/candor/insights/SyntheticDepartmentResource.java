package org.candor.insights;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.candor.platform.JsonBody;
import org.candor.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Admin only: generate a synthetic department for demos, tests and benchmarks (see README, Insights). */
@Path("/insights/synthetic-departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SyntheticDepartmentResource {

  @Inject SyntheticDepartment synthetic;

  @POST
  @Operation(summary = "Admin only: generate a department {\"name\", \"teams\" (8), \"membersPerTeam\" (4-8 at random),"
      + " \"assessments\" (400, at most 20000), \"seed\" (1), \"questionnaires\" (all)} with two years of assessments")
  public Response generate(JsonValue body) {
    JsonBody fields = JsonBody.of(body,
        "{\"name\": \"Synthetic informatics\", \"teams\": 8, \"assessments\": 400, \"seed\": 1, \"questionnaires\": [\"quick-screen\"]}");
    SyntheticDepartment.Result result = synthetic.generate(new SyntheticDepartment.Spec(
        fields.string("name"),
        whole(fields, "teams", 8),
        fields.wholeNumber("membersPerTeam") == null ? null : whole(fields, "membersPerTeam", 0),
        whole(fields, "assessments", 400),
        fields.wholeNumber("seed") == null ? 1 : fields.wholeNumber("seed"),
        fields.strings("questionnaires")));
    return Response.status(201).entity(result).build();
  }

  private static int whole(JsonBody fields, String field, int fallback) {
    Long value = fields.wholeNumber(field);
    if (value == null) {
      return fallback;
    }
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw ProblemException.invalidField(field, "The number is too large.");
    }
    return value.intValue();
  }
}
