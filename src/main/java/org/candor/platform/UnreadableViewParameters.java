package org.candor.platform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A page opened with a parameter that cannot be read (an id of {@code abc}, say) names nothing, so
 * it answers 404 like an id that names nothing. Without this, Faces skips the page's view action
 * when a view parameter fails conversion and renders the page with no subject, which fails.
 */
public class UnreadableViewParameters implements PhaseListener {

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.PROCESS_VALIDATIONS;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() && faces.isValidationFailed()) {
      PageErrors.respond(faces, ProblemException.notFound("The address names nothing that can be shown."));
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}
}
