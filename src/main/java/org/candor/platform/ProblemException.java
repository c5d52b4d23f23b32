package org.candor.platform;

import jakarta.ws.rs.core.Response.Status;

/** Thrown by services for a request that cannot be honoured; rendered as problem+json. */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException invalidField(String field, String message) {
    return new ProblemException(
        Problem.forField(Status.BAD_REQUEST.getStatusCode(), "Invalid request", field, message));
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(Status.NOT_FOUND.getStatusCode(), "Not found", detail));
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(Status.FORBIDDEN.getStatusCode(), "Forbidden", detail));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(Status.CONFLICT.getStatusCode(), "Conflict", detail));
  }
}
