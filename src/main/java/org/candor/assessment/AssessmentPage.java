package org.candor.assessment;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.candor.platform.PageErrors;
import org.candor.platform.ProblemException;

/**
 * What every page about one assessment shares: the {@code id} request parameter, loading the
 * assessment once per request for someone who takes part in it, and a 404 for anyone else.
 * Entities are not kept across requests, so a view never shows what another member changed long ago.
 */
public abstract class AssessmentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  private Long id;
  private transient Assessment assessment;

  protected abstract Assessments assessments();

  protected abstract FacesContext faces();

  /** The page's {@code f:viewAction}: refuses the page to people who do not take part. */
  public void load() {
    try {
      if (id == null) {
        throw ProblemException.notFound("No assessment given.");
      }
      assessment = assessments().get(id);
      loaded();
    } catch (ProblemException e) {
      PageErrors.respond(faces(), e);
    }
  }

  /** Called after the assessment is loaded for the page. */
  protected void loaded() {}

  /** The page's assessment; null only when {@link #viewGone()}. */
  public Assessment getAssessment() {
    if (assessment == null && !viewGone()) {
      assessment = assessments().get(id);
    }
    return assessment;
  }

  /**
   * True for a late ajax request to a page whose view no longer exists, such as a delayed autosave
   * the browser queued before a submission navigated away: the request gets a new bean that knows
   * no assessment, and has nothing left to do (what it carried was saved when the field lost focus).
   */
  protected boolean viewGone() {
    return id == null;
  }

  /** Forgets what was loaded, after a change. */
  protected void reload() {
    assessment = null;
  }

  public Long getId() { return id; }
  public void setId(Long v) { id = v; }
}
