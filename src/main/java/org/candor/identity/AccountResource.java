package org.candor.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jakarta.json.JsonValue;
import org.candor.platform.JsonBody;
import org.candor.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Accounts over the API: the caller's own, and (for administrators) everyone's. */
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

  @Inject AccountAdministration administration;
  @Inject Accounts accounts;
  @Inject CurrentAccount current;

  public record AccountView(long id, String username, String displayName, Set<Role> roles, boolean enabled, Instant createdAt) {
    static AccountView of(Account a) {
      return new AccountView(a.id(), a.username(), a.displayName(), a.roles(), a.enabled(), a.createdAt());
    }
  }

  @GET
  @Path("/me")
  @Operation(summary = "The account I am signed in as")
  public AccountView me() {
    return AccountView.of(current.require());
  }

  @GET
  @Operation(summary = "All accounts (administrators only)")
  public List<AccountView> all() {
    if (!current.hasRole(Role.ADMIN)) {
      throw ProblemException.forbidden("Only administrators list accounts.");
    }
    return accounts.all().stream().map(AccountView::of).toList();
  }

  @POST
  @Operation(summary = "Create an account (administrators only)")
  public Response create(JsonValue body, @jakarta.ws.rs.core.Context UriInfo uri) {
    JsonBody fields =
        JsonBody.of(body, "{\"username\": \"…\", \"displayName\": \"…\", \"password\": \"…\", \"roles\": [\"FACILITATOR\"]}");
    Account created =
        administration.create(fields.string("username"), fields.string("displayName"), fields.string("password"), roles(fields.strings("roles")));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(AccountView.of(created))
        .build();
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      try {
        roles.add(Role.valueOf(name));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField("roles", "Unknown role '" + name + "'; use ADMIN, DEPARTMENT_HEAD or FACILITATOR.");
      }
    }
    return roles;
  }
}
