package org.candor.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing strings for Java code, from the same bundle the pages use as {@code msg}. */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "org.candor.messages";

  @Inject FacesContext faces;

  public String get(String key) {
    return Text.bundle(locale()).getString(key);
  }

  public String format(String key, Object... arguments) {
    return new MessageFormat(get(key), locale()).format(arguments);
  }

  private Locale locale() {
    return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
  }
}
