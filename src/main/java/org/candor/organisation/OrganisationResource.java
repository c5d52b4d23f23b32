package org.candor.organisation;

import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.candor.platform.JsonBody;
import org.candor.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Departments and teams over the API, for administrators scripting their institution's set-up. */
@Path("/organisation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

  @Inject Organisation organisation;

  public record Created(long id, String name) {}

  @POST
  @Path("departments")
  @Operation(summary = "Admin only: create a department {\"name\": …, \"description\": …}")
  public Response createDepartment(JsonValue body) {
    JsonBody fields = JsonBody.of(body, "{\"name\": \"Informatics\"}");
    Department department = organisation.createDepartment(fields.string("name"), fields.string("description"));
    return Response.status(201).entity(new Created(department.id(), department.name())).build();
  }

  @PUT
  @Path("departments/{departmentId}/heads/{accountId}")
  @Operation(summary = "Admin only: make an account with the DEPARTMENT_HEAD role a head of the department")
  public Response appointHead(@PathParam("departmentId") long departmentId, @PathParam("accountId") long accountId) {
    organisation.addHead(departmentId, accountId);
    return Response.noContent().build();
  }

  @POST
  @Path("teams")
  @Operation(summary = "Admin only: create a team {\"departmentId\": …, \"name\": …}")
  public Response createTeam(JsonValue body) {
    JsonBody fields = JsonBody.of(body, "{\"departmentId\": 50, \"name\": \"Vision lab\"}");
    Long department = fields.wholeNumber("departmentId");
    if (department == null) {
      throw ProblemException.invalidField("departmentId", "Choose a department.");
    }
    Team team = organisation.createTeam(department, fields.string("name"));
    return Response.status(201).entity(new Created(team.id(), team.name())).build();
  }

  @PUT
  @Path("teams/{teamId}/members/{accountId}")
  @Operation(summary = "Admin only: put an account in a team as {\"role\": \"LEAD\" or \"MEMBER\"}")
  public Response enrol(@PathParam("teamId") long teamId, @PathParam("accountId") long accountId, JsonValue body) {
    String role = JsonBody.of(body, "{\"role\": \"MEMBER\"}").string("role");
    if (role == null || !role.equals("LEAD") && !role.equals("MEMBER")) {
      throw ProblemException.invalidField("role", "Choose LEAD or MEMBER.");
    }
    organisation.enrol(teamId, accountId, TeamRole.valueOf(role));
    return Response.noContent().build();
  }
}
