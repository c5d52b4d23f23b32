package org.candor.testing;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's view of Candor's pages over plain HTTP, without a browser: it keeps the cookies the
 * server sets in a map the test can read and replace (to replay an old session id), follows no
 * redirects (so each Set-Cookie can be inspected) and posts Faces forms with their view state.
 */
public final class PageSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** The script nonce PrimeFaces' CSP mode gives a page; its script adds it to every form the page posts. */
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
  private final URI base;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  public PageSession(URL base) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
  }

  /** A page's reply: the raw {@code Set-Cookie} lines stay available for their attributes. */
  public record Page(int status, String text, List<String> setCookies, String location) {
    /** The Set-Cookie line that sets {@code name}, or {@code null}. */
    public String setCookie(String name) {
      return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }

    /** The attributes of the cookie {@code name} as set here, lower-cased ("httponly", "samesite=lax"…). */
    public List<String> cookieAttributes(String name) {
      String line = setCookie(name);
      if (line == null) {
        throw new AssertionError("no cookie " + name + " set in " + setCookies);
      }
      return attributes(line);
    }

    public String viewState() {
      Matcher matcher = VIEW_STATE.matcher(text);
      if (!matcher.find()) {
        throw new AssertionError("no Faces view state in the page (status " + status + ")");
      }
      return matcher.group(1);
    }

    /** The fields a browser adds to every post from this page: its view state and script nonce. */
    Map<String, String> postbackFields() {
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("jakarta.faces.ViewState", viewState());
      Matcher nonce = NONCE.matcher(text);
      if (nonce.find()) {
        fields.put("primefaces.nonce", nonce.group(1));
      }
      return fields;
    }
  }

  /** The attributes of one Set-Cookie line, after its name=value pair, lower-cased. */
  public static List<String> attributes(String setCookie) {
    return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).toList();
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  /** Sends {@code value} as cookie {@code name} from now on, as a browser holding an old cookie would. */
  public void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** Posts a Faces form: the form's id marker, the page's view state and the given fields (with their client ids). */
  public Page submit(String path, Page shown, String formId, Map<String, String> fields) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put(formId, formId);
    body.putAll(fields);
    body.putAll(shown.postbackFields());
    return post(path, body);
  }

  public Page post(String path, Map<String, String> form) {
    return send(formPost(path, form));
  }

  /**
   * Sends what a PrimeFaces Ajax behaviour on one input of a shown page sends when the input
   * changes (as the answer page's autosave does); the reply is the partial response.
   */
  public Page change(String path, Page shown, String formId, String inputName, String value) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("jakarta.faces.partial.ajax", "true");
    body.put("jakarta.faces.source", inputName);
    body.put("jakarta.faces.partial.execute", inputName);
    body.put("jakarta.faces.behavior.event", "valueChange");
    body.put("jakarta.faces.partial.event", "change");
    body.put(formId, formId);
    body.put(inputName, value);
    body.putAll(shown.postbackFields());
    return send(formPost(path, body).header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest"));
  }

  private HttpRequest.Builder formPost(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /**
   * An API call riding on this session's cookies, as a script on a page would make it: {@code origin}
   * is the page's origin, or {@code null} for a client that sends none.
   */
  public Page call(String method, String path, String json, String origin) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return send(request);
  }

  /** Candor's own origin, as its pages send it. */
  public String ownOrigin() {
    return base.getScheme() + "://" + base.getAuthority();
  }

  /** Signs in through the login form; the reply is the redirect that follows a success. */
  public Page signIn(String username, String password) {
    Page login = get("login.xhtml");
    return submit("login.xhtml", login, "login",
        Map.of("login:username", username, "login:password", password, "login:submit", ""));
  }

  private Page send(HttpRequest.Builder request) {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      List<String> setCookies = response.headers().allValues("Set-Cookie");
      for (String line : setCookies) {
        String pair = line.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
      return new Page(response.statusCode(), response.body(), setCookies, response.headers().firstValue("Location").orElse(null));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
