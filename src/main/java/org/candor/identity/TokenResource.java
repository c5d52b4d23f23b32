package org.candor.identity;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.candor.platform.Problem;
import org.candor.platform.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;

/** Personal API tokens: exchange a username and password for a bearer token; list and revoke them. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

  private static final int DEFAULT_DAYS = 90;

  @Inject Authenticator authenticator;
  @Inject ApiTokens tokens;
  @Inject CurrentAccount current;

  /** A class, not a record: Payara's OpenAPI scanner fails on constraints on record components. */
  public static class TokenRequest {
    @NotBlank @Size(max = 64) public String username;
    @NotBlank @Size(max = Passwords.MAX_LENGTH) public String password;
    @Size(max = 100) public String name;
    @Min(1) @Max(ApiTokens.MAX_DAYS) public Integer validDays;
  }

  /** A token as listed; the secret appears only in the answer to its creation. */
  public record TokenView(
      long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt, String token) {

    static TokenView of(ApiToken token, String secret) {
      return new TokenView(
          token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(), token.revokedAt(), secret);
    }
  }

  @POST
  @Path("/token")
  @SecurityRequirements
  @Operation(summary = "Exchange a username and password for a personal bearer token")
  public Response issue(@NotNull(message = "send a JSON body with username and password") @Valid TokenRequest request) {
    LoginOutcome outcome = authenticator.login(request.username, request.password);
    if (outcome instanceof LoginOutcome.Throttled throttled) {
      long seconds = Math.max(1, throttled.retryAfter().toSeconds());
      return Response.status(429)
          .header("Retry-After", seconds)
          .type(Problem.MEDIA_TYPE)
          .entity(
              Problem.of(429, "Too many failed logins", "Too many failed attempts; try again in " + seconds + " seconds."))
          .build();
    }
    if (!(outcome instanceof LoginOutcome.Accepted accepted)) {
      throw new ProblemException(Problem.of(401, "Unauthorized", "Unknown username or wrong password."));
    }
    String name = request.name == null || request.name.isBlank() ? "API token" : request.name.trim();
    int days = request.validDays == null ? DEFAULT_DAYS : request.validDays;
    ApiTokens.Issued issued = tokens.issue(accepted.account(), name, days);
    return Response.status(Response.Status.CREATED).entity(TokenView.of(issued.token(), issued.secret())).build();
  }

  @GET
  @Path("/tokens")
  @Operation(summary = "List my tokens (without their secrets)")
  public List<TokenView> list() {
    return tokens.of(current.require()).stream().map(t -> TokenView.of(t, null)).toList();
  }

  @DELETE
  @Path("/tokens/{id}")
  @Operation(summary = "Revoke one of my tokens")
  public Response revoke(@PathParam("id") long id) {
    if (!tokens.revoke(current.require(), id)) {
      throw ProblemException.notFound("You have no token " + id + ".");
    }
    return Response.noContent().build();
  }
}
