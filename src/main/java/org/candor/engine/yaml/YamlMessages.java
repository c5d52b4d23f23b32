package org.candor.engine.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns snakeyaml-engine's parser messages into words an author understands. */
final class YamlMessages {

  private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token");

  private YamlMessages() {}

  /** Whether the problem is a construct that was opened and never closed (reported at its start). */
  static boolean unclosed(String problem) {
    return problem != null && (problem.contains("<stream end>") || problem.contains("end of stream"));
  }

  static String explain(String problem, String context) {
    String p = problem == null ? "" : problem.strip();
    String c = context == null ? "" : context.strip();
    if (unclosed(p)) {
      if (c.contains("flow sequence")) {
        return "the list opened with '[' here is never closed with ']'";
      }
      if (c.contains("flow mapping")) {
        return "the mapping opened with '{' here is never closed with '}'";
      }
      if (c.contains("quoted scalar")) {
        return "the quoted text that starts here has no closing quote";
      }
    }
    if (p.startsWith("expected ',' or ']'")) {
      return "the list opened with '[' is not closed with ']' before this point";
    }
    if (p.startsWith("expected ',' or '}'")) {
      return "the mapping opened with '{' is not closed with '}' before this point";
    }
    if (p.startsWith("mapping values are not allowed here")) {
      return "unexpected ':' here; put a value that contains ': ' in quotes, or check this line's indentation";
    }
    if (p.contains("(TAB)")) {
      return "a tab character is used for indentation; YAML needs spaces";
    }
    Matcher cannotStart = CANNOT_START.matcher(p);
    if (cannotStart.find()) {
      return "a value cannot start with '" + cannotStart.group(1) + "'; put the value in quotes";
    }
    if (p.startsWith("expected <block end>")) {
      return "the indentation of this line does not match the lines above it";
    }
    if (p.startsWith("could not find expected ':'")) {
      return "expected 'key: value' here; a ':' is missing or a quote is left open";
    }
    return "YAML syntax error: " + p + (c.isEmpty() ? "" : " (" + c + ")");
  }
}
