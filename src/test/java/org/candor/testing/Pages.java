package org.candor.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for integration tests that must change state through the pages
 * (Faces forms and PrimeFaces Ajax requests) on every database: keeps the session cookie, and posts
 * back to the last page it read with that page's view state.
 */
public final class Pages {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager()).build();
  private final URI base;
  private URI page;
  private String html;

  public Pages(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  /** Reads a page (following no redirects) and remembers it for the next post. */
  public String open(String path) {
    page = base.resolve(path);
    html = send(HttpRequest.newBuilder(page).GET()).body();
    return html;
  }

  public String html() {
    return html;
  }

  /** Submits a form of the last page as its submit button would; returns the status (302/303 after a redirect). */
  public int submit(String formId, Map<String, String> fields) {
    return post(formId, fields, false).statusCode();
  }

  /** Sends what a PrimeFaces Ajax behaviour on one input sends when it changes; returns the partial response. */
  public String change(String formId, String inputName, String value) {
    return post(formId, Map.of(
            "jakarta.faces.partial.ajax", "true",
            "jakarta.faces.source", inputName,
            "jakarta.faces.partial.execute", inputName,
            "jakarta.faces.behavior.event", "valueChange",
            "jakarta.faces.partial.event", "change",
            inputName, value),
        true).body();
  }

  private HttpResponse<String> post(String formId, Map<String, String> fields, boolean ajax) {
    Matcher state = VIEW_STATE.matcher(html);
    if (!state.find()) {
      throw new AssertionError("No view state on " + page + ":\n" + html);
    }
    Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    all.put(formId, formId);
    all.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    String body = all.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(page)
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (ajax) {
      request.header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest");
    }
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
