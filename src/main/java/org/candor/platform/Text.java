package org.candor.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message from the interface bundle with its arguments, resolved when the reader's language is
 * known: English in API responses, the page's language in forms.
 */
public record Text(String key, List<Object> arguments) {

  public Text {
    arguments = List.copyOf(arguments);
  }

  public static Text of(String key, Object... arguments) {
    return new Text(key, List.of(arguments));
  }

  public String in(Locale locale) {
    String pattern = bundle(locale).getString(key);
    return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
  }

  public String english() {
    return in(Locale.ENGLISH);
  }

  /**
   * The bundle for exactly this language, else the English base: never the server's own default
   * locale, which would answer an English reader in whatever language the machine is set to.
   */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        Messages.BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
