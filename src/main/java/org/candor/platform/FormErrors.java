package org.candor.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows a service's {@link ProblemException} in a form: each field error beside its field. */
public final class FormErrors {

  private FormErrors() {}

  /**
   * @param formId the form whose inputs are named after the problem's fields
   */
  public static void show(FacesContext faces, String formId, ProblemException problem) {
    String message = problem.detailIn(faces.getViewRoot().getLocale());
    if (problem.problem().errors().isEmpty()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
    // A service reports one field at a time, so the localised detail is that field's message.
    for (Problem.FieldError error : problem.problem().errors()) {
      String clientId = formId + ":" + error.field();
      boolean fieldExists = faces.getViewRoot().findComponent(clientId) != null;
      faces.addMessage(fieldExists ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
    faces.validationFailed();
  }

  public static void info(FacesContext faces, String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }
}
