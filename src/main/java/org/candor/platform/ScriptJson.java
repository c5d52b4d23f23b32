package org.candor.platform;

import jakarta.json.JsonStructure;

/**
 * JSON to be written inside a page's {@code <script>} element, as PrimeFaces does with a chart's
 * configuration. JSON escapes quotes but not {@code </script>}, which ends the element wherever it
 * stands, even inside a string, and lets the rest of a label (a dimension's name, a question's
 * prompt) become markup. Inside strings, {@code <}, {@code >} and {@code &} are written as
 * {@code \}{@code u} escapes, which mean the same characters to the script; so are the line and
 * paragraph separators, which older engines take for line ends.
 */
public final class ScriptJson {

  private ScriptJson() {}

  public static String of(JsonStructure json) {
    String text = json.toString();
    StringBuilder safe = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
