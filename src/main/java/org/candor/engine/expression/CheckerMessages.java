package org.candor.engine.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites CEL parser and checker messages in an author's words. */
final class CheckerMessages {

  private static final Pattern NO_OVERLOAD =
      Pattern.compile("found no matching overload for '(.+?)' applied to '\\((.*?)\\)'");
  private static final Pattern EXPECTED_TYPE = Pattern.compile("expected type '(.+?)' but found '(.+?)'");
  private static final Pattern UNDECLARED = Pattern.compile("undeclared reference to '(.+?)'");
  private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)' expecting");
  private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*?)' expecting");
  private static final Pattern TOKEN = Pattern.compile("token recognition error at: '(.*?)'");
  private static final Pattern TOO_DEEP = Pattern.compile("recursion limit exceeded\\. limit: (\\d+)");

  private static final Map<String, String> OPERATORS =
      Map.ofEntries(
          Map.entry("_==_", "=="),
          Map.entry("_!=_", "!="),
          Map.entry("_<_", "<"),
          Map.entry("_<=_", "<="),
          Map.entry("_>_", ">"),
          Map.entry("_>=_", ">="),
          Map.entry("_&&_", "&&"),
          Map.entry("_||_", "||"),
          Map.entry("_+_", "+"),
          Map.entry("_-_", "-"),
          Map.entry("_*_", "*"),
          Map.entry("_/_", "/"),
          Map.entry("_%_", "%"),
          Map.entry("!_", "!"),
          Map.entry("-_", "-"),
          Map.entry("@in", "in"),
          Map.entry("_?_:_", "? :"),
          Map.entry("_[_]", "[ ]"));

  private CheckerMessages() {}

  static String explain(String message) {
    Matcher m = NO_OVERLOAD.matcher(message);
    if (m.find()) {
      String function = m.group(1);
      List<String> types = splitTypes(m.group(2));
      String operator = OPERATORS.get(function);
      List<String> described = types.stream().map(CheckerMessages::typeName).toList();
      String hint = hint(function, types);
      if (operator != null && described.size() == 2) {
        return "'" + operator + "' cannot be used with " + described.get(0) + " and " + described.get(1) + hint;
      }
      if (operator != null && described.size() == 1) {
        return "'" + operator + "' cannot be used with " + described.get(0) + hint;
      }
      return "the function '" + function + "' cannot be used with " + String.join(", ", described) + hint;
    }
    m = EXPECTED_TYPE.matcher(message);
    if (m.find()) {
      return "the expression must be true or false, but it gives " + typeName(m.group(2));
    }
    m = UNDECLARED.matcher(message);
    if (m.find()) {
      return "unknown function or name '" + m.group(1) + "'";
    }
    return "type error: " + message;
  }

  static String explainSyntax(String celMessage) {
    // CEL escapes '%' in the offending text as if the message were a format string
    String message = celMessage.replace("%%", "%");
    Matcher m = TOO_DEEP.matcher(message);
    if (m.find()) {
      return "the expression is nested more than " + m.group(1) + " levels deep";
    }
    m = MISMATCHED.matcher(message);
    if (m.find()) {
      return m.group(1).equals("<EOF>")
          ? "syntax error: the expression ends too early"
          : "syntax error: unexpected '" + m.group(1) + "'";
    }
    m = EXTRANEOUS.matcher(message);
    if (m.find()) {
      return "syntax error: unexpected '" + m.group(1) + "'";
    }
    m = TOKEN.matcher(message);
    if (m.find()) {
      String token = m.group(1);
      if (token.startsWith("\"") || token.startsWith("'")) {
        return "syntax error: a quoted text is not closed";
      }
      return "syntax error: unexpected character '" + token + "'";
    }
    String cleaned = message.replaceAll("\\s*expecting \\{.*", "").replaceFirst("^Syntax error:\\s*", "");
    return "syntax error: " + cleaned;
  }

  private static String hint(String function, List<String> types) {
    if (types.size() == 2 && (function.equals("_==_") || function.equals("_!=_"))) {
      if (types.contains("double") && types.contains("int")) {
        return "; write the whole number with a decimal point, e.g. 3.0";
      }
      if (types.get(0).startsWith("list") && types.get(1).equals("string")) {
        return "; for a multi question test one choice with 'value' in question";
      }
      if (types.contains("string") && (types.contains("int") || types.contains("double"))) {
        return "; text values are written in quotes, numbers without";
      }
    }
    if (types.size() == 2 && function.equals("@in") && types.get(1).equals("string")) {
      return "; 'in' tests a multi question's choices; compare a single or yes/no answer with ==";
    }
    return "";
  }

  private static List<String> splitTypes(String list) {
    List<String> types = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : list.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        types.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      types.add(current.toString().strip());
    }
    return types;
  }

  static String typeName(String celType) {
    return switch (celType) {
      case "string" -> "text";
      case "int" -> "a whole number";
      case "uint" -> "an unsigned number";
      case "double" -> "a decimal number";
      case "bool" -> "true/false";
      case "list(string)" -> "a list of choices";
      case "null_type" -> "null";
      default -> celType;
    };
  }
}
