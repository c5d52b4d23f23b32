package org.candor.platform;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A page whose subject a service refused (not found, forbidden) answers with that status and its error page. */
public final class PageErrors {

  private PageErrors() {}

  public static void respond(FacesContext faces, ProblemException problem) {
    try {
      faces.getExternalContext().responseSendError(problem.problem().status(), problem.problem().detail());
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
