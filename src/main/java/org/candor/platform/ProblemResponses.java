package org.candor.platform;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure of an API call into problem+json: input errors become 4xx naming the field,
 * anything unexpected a 500 with an incident id in the log and no stack trace to the client.
 */
public final class ProblemResponses {

  private ProblemResponses() {}

  static Response respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  @Provider
  public static class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException exception) {
      Problem problem = exception.problem();
      if (exception.current() == null) {
        return respond(problem);
      }
      return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
          .entity(new Problem.WithCurrent(problem.type(), problem.title(), problem.status(), problem.detail(), problem.errors(), exception.current()))
          .build();
    }
  }

  @Provider
  public static class WebApplicationExceptionMapper
      implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      Response original = exception.getResponse();
      int status = original.getStatus();
      if (original.getEntity() instanceof Problem) {
        return original;
      }
      if (isMalformedBody(exception)) {
        return respond(malformedJson(exception));
      }
      Response.StatusType type = original.getStatusInfo();
      Response.ResponseBuilder response =
          Response.status(status)
              .type(Problem.MEDIA_TYPE)
              .entity(Problem.of(status, type.getReasonPhrase(), describe(status)));
      original.getHeaders().forEach((name, values) -> {
        if (!name.equalsIgnoreCase("Content-Type")) {
          values.forEach(value -> response.header(name, value));
        }
      });
      return response.build();
    }

    private static boolean isMalformedBody(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof JsonbException || cause instanceof jakarta.json.JsonException) {
          return true;
        }
      }
      return false;
    }

    private static String describe(int status) {
      return switch (status) {
        case 404 -> "There is nothing at this address.";
        case 405 -> "This address does not accept that HTTP method.";
        case 406 -> "This address answers with application/json only.";
        case 415 -> "Send the body as application/json.";
        case 401 -> "Authenticate with 'Authorization: Bearer <token>'.";
        case 403 -> "You may not do this.";
        case 400 -> "The request body is missing or is not the JSON this address expects.";
        default -> "The request could not be processed.";
      };
    }
  }

  /** JSON-B failures while reading a request body: malformed JSON or a value of the wrong type. */
  @Provider
  public static class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException exception) {
      return respond(malformedJson(exception));
    }
  }

  /** A JSON-P body parameter (JsonObject) that does not parse. */
  @Provider
  public static class JsonExceptionMapper implements ExceptionMapper<jakarta.json.JsonException> {
    @Override
    public Response toResponse(jakarta.json.JsonException exception) {
      return respond(malformedJson(exception));
    }
  }

  @Provider
  public static class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException exception) {
      return respond(malformedJson(exception));
    }
  }

  /**
   * A body that broke a limit while being parsed surfaces wrapped in the parser's exception; the
   * limit's own answer wins over "malformed".
   */
  static Problem malformedJson(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof WebApplicationException web
          && web.getResponse().getEntity() instanceof Problem problem) {
        return problem;
      }
    }
    return Problem.of(400, "Malformed request body", "The body is not valid JSON of the expected shape" + syntaxError(exception) + ".");
  }

  /**
   * The JSON parser's own message, which says where the syntax breaks. Only the parser's: JSON-B's
   * messages about wrong types name Java classes ("class java.lang.String", the request class).
   */
  private static String syntaxError(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.json.stream.JsonParsingException parsing && parsing.getMessage() != null) {
        String message = parsing.getMessage();
        // Parser messages can quote the whole input; a short excerpt is enough to locate the fault.
        return ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return ", or a property has the wrong type";
  }

  @Provider
  public static class ConstraintViolationMapper
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException exception) {
      List<Problem.FieldError> errors =
          exception.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      String detail =
          errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
      return respond(new Problem("about:blank", "Invalid request", 400, detail, errors));
    }

    /** The last segment of the property path: the JSON field, not the Java method and parameter. */
    private static String fieldName(ConstraintViolation<?> violation) {
      String path = violation.getPropertyPath().toString();
      return path.substring(path.lastIndexOf('.') + 1);
    }
  }

  @Provider
  public static class UnexpectedExceptionMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException exception) {
      if (isConcurrentChange(exception)) {
        return respond(
            Problem.of(
                409,
                "Changed at the same time",
                "Someone else changed this at the same moment; nothing of yours was saved. Reload and try again."));
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
      return respond(
          Problem.of(
              500,
              "Internal error",
              "Something went wrong on our side; nothing was changed. Incident " + incident + "."));
    }
  }

  /**
   * A write that lost a race at commit: another transaction changed the same row (optimistic lock)
   * or inserted the same unique row first. The client should be told, not shown a server error.
   */
  static boolean isConcurrentChange(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof java.sql.SQLIntegrityConstraintViolationException
          || cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
