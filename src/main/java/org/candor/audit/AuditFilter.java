package org.candor.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.candor.platform.ProblemException;
import org.candor.platform.Text;

/**
 * What an administrator looks for in the audit log; every part may be absent. The same parsing
 * serves the API's query parameters and the page's filter fields, so both refuse the same input
 * with the same field named.
 *
 * @param from entries at or after this moment
 * @param to entries before this moment
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String objectType, String objectId)
    implements Serializable {

  public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

  private static final Pattern ACTOR = Pattern.compile("[a-z0-9][a-z0-9._:-]{0,119}");
  private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9._-]{0,59}");
  private static final Pattern OBJECT_TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
  private static final Pattern OBJECT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

  /**
   * Reads a filter from text. A time is an ISO-8601 instant ({@code 2026-11-22T10:15:00Z}) or a
   * date in UTC: {@code from} a date means from its start, {@code to} a date means to its end.
   *
   * @throws ProblemException naming the first field that is not understood
   */
  public static AuditFilter parse(String from, String to, String actor, String action, String objectType, String objectId) {
    Instant start = time("from", from, false);
    Instant end = time("to", to, true);
    if (start != null && end != null && !start.isBefore(end)) {
      throw ProblemException.invalidField("to", Text.of("problem.audit.toBeforeFrom"));
    }
    return new AuditFilter(
        start,
        end,
        matching("actor", blankToNull(actor) == null ? null : actor.trim().toLowerCase(), ACTOR),
        matching("action", action, ACTION),
        matching("objectType", objectType, OBJECT_TYPE),
        matching("objectId", objectId, OBJECT_ID));
  }

  private static Instant time(String field, String text, boolean endOfDay) {
    String value = blankToNull(text);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField(field, Text.of("problem.audit.time", value));
    }
  }

  private static String matching(String field, String text, Pattern pattern) {
    String value = blankToNull(text);
    if (value != null && !pattern.matcher(value).matches()) {
      throw ProblemException.invalidField(field, Text.of("problem.audit.filter", value));
    }
    return value;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
