package org.candor.workshop;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.candor.platform.PageErrors;
import org.candor.platform.ProblemException;

/** The summary page after (or during) a workshop, with links to the CSV and PDF exports. */
@Named
@ViewScoped
public class SummaryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient LiveStates states;
  @Inject transient FacesContext faces;

  private Long id;
  private WorkshopSummary summary;

  public void load() {
    try {
      if (id == null) {
        throw ProblemException.notFound("No workshop given.");
      }
      summary = states.summary(id);
    } catch (ProblemException e) {
      PageErrors.respond(faces, e);
    }
  }

  public WorkshopSummary getSummary() {
    return summary;
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
}
