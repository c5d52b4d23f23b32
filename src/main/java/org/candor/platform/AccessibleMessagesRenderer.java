package org.candor.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages as a valid list: PrimeFaces gives each {@code <li>} the role "alert", which
 * takes it out of its list for screen readers (axe-core rule "list"). The container is already a
 * polite live region, so the messages are still announced.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

  @Override
  protected void encodeMessage(
      ResponseWriter writer, Messages messages, FacesMessage message, String severity, boolean escape)
      throws IOException {
    super.encodeMessage(new WithoutAlertRole(writer), messages, message, severity, escape);
  }

  private static final class WithoutAlertRole extends ResponseWriterWrapper {

    WithoutAlertRole(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if (!("role".equals(name) && "alert".equals(value)) && !"aria-atomic".equals(name)) {
        super.writeAttribute(name, value, property);
      }
    }
  }
}
