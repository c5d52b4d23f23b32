package org.candor.ceiling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import org.candor.platform.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code POST /api/v1/ceiling}: persists one row and answers 201 with its id; 404 unless enabled. */
@Path("ceiling")
@RequestScoped
public class CeilingResource {

  @Inject
  @ConfigProperty(name = "candor.ceiling.endpoint", defaultValue = "false")
  boolean enabled;

  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  @POST
  @Transactional
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Load tests only (CANDOR_CEILING_ENDPOINT=true): persist one row, the cheapest write this server can do")
  public Response probe() {
    if (!enabled) {
      throw ProblemException.notFound("There is no ceiling endpoint on this server.");
    }
    CeilingProbe probe = new CeilingProbe(clock.instant());
    em.persist(probe);
    em.flush();
    return Response.status(Response.Status.CREATED).entity(Map.of("id", probe.id())).build();
  }
}
