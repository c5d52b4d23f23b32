package org.candor.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser reads from a Jakarta Faces page or partial response to post it back: the view
 * state, and the answer page's inputs (as maps, for Gatling's expression language) with the value a participant picks (the first choice) and
 * the event PrimeFaces' autosave sends for them.
 */
final class Faces {

  private Faces() {}

  /** One answer input: {@code event} is "valueChange" for choices, "change" for typed text. */
  private static Map<String, String> field(String name, String value, String event) {
    return Map.of("name", name, "value", value, "event", event);
  }

  private static final Pattern INPUT =
      Pattern.compile("<(input|textarea)\\b[^>]*\\bname=\"(answer:questions:\\d+:(single|multi|yesno|scale|number|text))\"[^>]*>");
  private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  private static final Pattern VIEW_STATE = Pattern.compile(
      "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"|ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");

  /** The script nonce of PrimeFaces' CSP mode, which its script sends with every post from the page. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  /** Signs in on the login page as a browser does; {@code username} may be a Gatling expression. */
  static ChainBuilder signIn(String username, String password) {
    return exec(http("login page").get("/login.xhtml")
            .check(bodyString().transform(Faces::viewState).saveAs("viewState"))
            .check(bodyString().transform(Faces::nonce).saveAs("nonce"))
            .check(regex("name=\"(login:j_idt\\d+)\"").saveAs("loginExtra")))
        .exec(http("sign in").post("/login.xhtml")
            .formParam("login", "login")
            // the page to go back to after signing in; empty, as when the login page is opened directly
            .formParam("#{loginExtra}", "")
            .formParam("login:username", username)
            .formParam("login:password", password)
            .formParam("login:submit", "")
            .formParam("jakarta.faces.ViewState", "#{viewState}")
            .formParam("primefaces.nonce", "#{nonce}")
            .check(currentLocationRegex(".*/app/home\\.xhtml")));
  }

  static List<Map<String, String>> fields(String page) {
    Map<String, Map<String, String>> byName = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(page);
    while (input.find()) {
      String name = input.group(2);
      String kind = input.group(3);
      if (byName.containsKey(name)) {
        continue;
      }
      Matcher value = VALUE.matcher(input.group());
      byName.put(name, switch (kind) {
        case "text" -> field(name, "Answered through the pages by a load test", "change");
        case "number" -> field(name, "1", "change");
        default -> field(name, value.find() ? value.group(1) : "", "valueChange");
      });
    }
    return new ArrayList<>(byName.values());
  }

  static String nonce(String page) {
    Matcher matcher = NONCE.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("no PrimeFaces CSP nonce in the page");
    }
    return matcher.group(1);
  }

  static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("no jakarta.faces.ViewState in the page");
    }
    return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
  }
}
