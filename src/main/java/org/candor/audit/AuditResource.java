package org.candor.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log over the API, for administrators. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  static final int MAX_LIMIT = 500;

  @Inject AuditLog log;

  public record Entry(long id, Instant time, String actor, Long actorAccountId, String action, String objectType, String objectId, String detail) {
    static Entry of(AuditEntry e) {
      return new Entry(e.id(), e.occurredAt(), e.actor(), e.actorAccountId(), e.action(), e.objectType(), e.objectId(), e.detail());
    }
  }

  public record Page(long total, int offset, int limit, List<Entry> entries) {}

  @GET
  @Operation(summary = "Administrators: audit entries, newest first. Filters: from, to (ISO-8601 instant, or a UTC date), actor"
      + " (username, participant:<id> or anonymous), action, objectType, objectId; offset and limit (1-500, default 50) page")
  public Page entries(
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("actor") String actor,
      @QueryParam("action") String action, @QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
      @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    log.requireAdmin();
    AuditFilter filter = AuditFilter.parse(from, to, actor, action, objectType, objectId);
    int first = number("offset", offset, 0, 0, Integer.MAX_VALUE);
    int size = number("limit", limit, 50, 1, MAX_LIMIT);
    List<Entry> entries = log.search(filter, first, size).stream().map(Entry::of).toList();
    return new Page(log.count(filter), first, size, entries);
  }

  private static int number(String field, String text, int fallback, int min, int max) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below, like a number out of range
    }
    throw ProblemException.invalidField(field, Text.of("problem.audit.number", min, max));
  }
}
