package org.candor.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** A small HTTP client for black-box API tests: JSON in, status and JSON out. */
public final class Api {

  private final HttpClient http;
  private final URI base;
  private String token;
  private String origin;

  public Api(URL base) {
    this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
  }

  private Api(URL base, HttpClient http) {
    this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    this.http = http;
  }

  /** A client without an account that keeps the cookies the server sets, like a workshop participant's phone. */
  public static Api withCookies(URL base) {
    return new Api(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(new java.net.CookieManager()).build());
  }

  public record Reply(int status, String contentType, String text, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      return (JsonObject) structure();
    }

    public JsonStructure structure() {
      return Json.createReader(new StringReader(text)).read();
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Api as(String bearerToken) {
    Api copy = new Api(toUrl());
    copy.token = bearerToken;
    return copy;
  }

  /** Logs in through the token exchange and returns a client that sends that token. */
  public Api login(String username, String password) {
    Reply reply =
        post("api/v1/auth/token", Json.createObjectBuilder().add("username", username).add("password", password).build());
    if (reply.status() != 201) {
      throw new AssertionError("login of " + username + " failed: " + reply.status() + " " + reply.text());
    }
    return as(reply.json().getString("token"));
  }

  /**
   * The same client over plain HTTP/1.1 on fresh connections, for requests the server answers
   * before reading their body (oversized ones): the default client's h2c upgrade reports that as
   * a dropped connection instead of the answer.
   */
  public Api overHttp11() {
    Api copy = new Api(toUrl(), HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build());
    copy.token = token;
    copy.origin = origin;
    return copy;
  }

  /** The same client (cookies, token) sending requests as a page of {@code origin} would, e.g. "https://evil.example". */
  public Api fromOrigin(String origin) {
    Api copy = new Api(toUrl(), http);
    copy.token = token;
    copy.origin = origin;
    return copy;
  }

  /** The bearer token this client sends, for other channels such as a WebSocket handshake. */
  public String bearerToken() {
    return token;
  }

  public Api asAdmin() {
    return login("admin", CandorDeployment.ADMIN_PASSWORD);
  }

  public Reply get(String path) {
    return send(request(path).GET());
  }

  public Reply delete(String path) {
    return send(request(path).DELETE());
  }

  public Reply post(String path, JsonValue body) {
    return postRaw(path, "application/json", body.toString());
  }

  public Reply postRaw(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Reply put(String path, JsonValue body) {
    return putRaw(path, body.toString());
  }

  public Reply putRaw(String path, String body) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Any method with an optional body (null for none), for tests that walk every operation. */
  public Reply send(String method, String path, String contentType, String body) {
    HttpRequest.Builder request = request(path);
    if (body == null) {
      return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
    }
    return send(request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A response kept as bytes, for documents such as PDF reports. */
  public record Download(int status, String contentType, byte[] body) {}

  public Download download(String path) {
    try {
      HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    if (origin != null) {
      builder.header("Origin", origin);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body(),
          response.headers());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URL toUrl() {
    try {
      return base.toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
