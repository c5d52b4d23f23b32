package org.candor.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.candor.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the OpenAPI document, sent by a caller allowed to make it, with bodies that
 * are malformed, of the wrong shape, with each property of the wrong type, empty, oversized or of
 * the wrong media type, with unknown, negative, non-numeric and huge ids, and unknown addresses and
 * methods: always a 4xx problem+json with a readable detail that gives away nothing of the code or
 * the database, and nothing changes.
 *
 * <p>Unknown extra properties are ignored (tolerant reader): a valid body with an extra property
 * sent to an unknown id gets the same 404 as without it, never a 400 or a 500, and a stateless
 * evaluation with one succeeds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileApiInputIT {

  /** Fragments that betray a stack trace, the code's packages or the database. */
  private static final List<String> GIVEAWAYS = List.of("Exception", "\tat ", "org.candor", "java.", "jakarta.", "javax.", "SELECT ",
      "INSERT ", "UPDATE ", "org.h2", "org.postgresql", "hibernate", "eclipselink", "yasson", "parsson", "glassfish", "payara");

  private static final List<JsonValue> WRONG_VALUES = List.of(Json.createValue("text"), Json.createValue(42), Json.createValue(4.5),
      JsonValue.EMPTY_JSON_OBJECT, JsonValue.EMPTY_JSON_ARRAY, JsonValue.TRUE);

  private static final String OVERSIZED = "oversized body";

  private static final List<String> BAD_IDS = List.of("0", "-1", "999999999", "99999999999999999999", "abc", "1.5", "%20");

  @ArquillianResource URL base;

  @Test
  void everyOperationAnswersHostileInputWithAProblemAndChangesNothing() {
    World world = new World(base);
    List<Operation> operations = Operation.discover(new Api(base));
    Map<String, Supplier<World.Body>> bodies = world.bodies();
    String before = world.fingerprint();
    List<String> failures = new ArrayList<>();
    int probes = 0;

    for (Operation operation : operations) {
      Api caller = world.api(callerFor(operation));
      String path = world.path(operation.path());
      List<Probe> sweep = new ArrayList<>();
      if (operation.takesBody()) {
        World.Body valid = bodies.get(operation.key()).get();
        boolean json = valid.contentType().equals("application/json");
        sweep.add(new Probe(OVERSIZED, path, valid.contentType(), "\"" + "x".repeat(600_000) + "\""));
        sweep.add(new Probe("wrong media type", path, json ? "text/plain" : "application/xml", valid.text()));
        if (json) {
          sweep.add(new Probe("malformed JSON", path, "application/json", "{\"value\": "));
          sweep.add(new Probe("not JSON at all", path, "application/json", "<xml/>"));
          for (String shape : List.of("[]", "\"text\"", "42")) {
            sweep.add(new Probe("a body of " + shape, path, "application/json", shape));
          }
          if (!operation.key().equals("POST /api/v1/workshops/{id}/advance") && !operation.key().equals("PUT /api/v1/departments/{id}/insights/settings")) {
            sweep.add(new Probe("every field missing", path, "application/json", "{}"));
          }
          JsonObject sample = Json.createReader(new StringReader(valid.text())).readObject();
          for (String property : sample.keySet()) {
            for (JsonValue wrong : WRONG_VALUES) {
              if (sameKind(wrong, sample.get(property))) {
                continue;
              }
              JsonObjectBuilder changed = Json.createObjectBuilder(sample).add(property, wrong);
              sweep.add(new Probe("'" + property + "' = " + wrong, path, "application/json", changed.build().toString()));
            }
          }
          String unknown = path.replaceAll("/\\d+(?=/|$|\\?)", "/999999999");
          if (!unknown.equals(path)) {
            String extra = Json.createObjectBuilder(sample).add("unexpected", "extra").build().toString();
            sweep.add(new Probe("extra property to an unknown id", unknown, "application/json", extra));
          }
        }
      }
      for (String parameter : operation.pathParameters()) {
        String template = operation.path().replace("{" + parameter + "}", "@@");
        for (String bad : BAD_IDS) {
          String target = world.path(template.replace("@@", "PLACEHOLDER")).replace("PLACEHOLDER", bad);
          World.Body valid = operation.takesBody() ? bodies.get(operation.key()).get() : null;
          sweep.add(new Probe(parameter + " = " + bad, target, valid == null ? null : valid.contentType(), valid == null ? null : valid.text()));
        }
      }
      if (operation.path().startsWith("/api/v1/departments/") && operation.method().equals("GET")) {
        for (String query : List.of("questionnaire=no-such", "questionnaire=" + World.QUESTIONNAIRE + "&from=abc",
            "questionnaire=" + World.QUESTIONNAIRE + "&from=2026-Q9", "questionnaire=" + World.QUESTIONNAIRE + "&from=2030-Q1&to=2020-Q1")) {
          sweep.add(new Probe(query, path.replaceFirst("\\?.*", "") + "?" + query, null, null));
        }
      }
      if (operation.key().equals("GET /api/v1/audit")) {
        for (String query : List.of("from=yesterday", "to=2026-13-45", "offset=-1", "limit=0", "limit=abc")) {
          sweep.add(new Probe(query, path + "?" + query, null, null));
        }
      }
      for (Probe probe : sweep) {
        probes++;
        String fault;
        try {
          Api client = probe.name().equals(OVERSIZED) ? caller.overHttp11() : caller;
          fault = fault(client.send(operation.method(), probe.path(), probe.contentType(), probe.body()));
        } catch (java.io.UncheckedIOException e) {
          fault = "no reply: " + e.getCause();
        }
        if (fault != null) {
          failures.add(operation.key() + " with " + probe.name() + ": " + fault);
        }
      }
    }

    Api admin = world.api(Caller.ADMIN);
    for (String[] request : List.of(new String[] {"GET", "api/v1/no-such-thing"}, new String[] {"DELETE", "api/v1/accounts"},
        new String[] {"PATCH", "api/v1/assessments"}, new String[] {"GET", "api/v1/assessments/1/no-such-thing"})) {
      probes++;
      String fault = fault(admin.send(request[0], request[1], null, null));
      if (fault != null) {
        failures.add(request[0] + " " + request[1] + ": " + fault);
      }
    }

    Api.Reply withExtra = world.api(Caller.MEMBER).post("api/v1/questionnaires/" + World.QUESTIONNAIRE + "/evaluate",
        Json.createObjectBuilder().add("answers", Json.createObjectBuilder().add(World.QUESTION, "no")).add("unexpected", "extra").build());
    assertThat(withExtra.status()).as("an unknown extra property is ignored: %s", withExtra.text()).isEqualTo(200);

    assertThat(failures).as("hostile requests not answered with a clean 4xx problem").isEmpty();
    assertThat(world.fingerprint()).as("what the owners see after %d hostile requests", probes).isEqualTo(before);
    System.out.println("Hostile API input: " + probes + " requests over " + operations.size() + " operations");
  }

  private record Probe(String name, String path, String contentType, String body) {}

  /** The caller allowed to make an operation on the fixture's objects (so that refusals do not hide the input checks). */
  private static Caller callerFor(Operation operation) {
    String path = operation.path();
    if (path.startsWith("/api/v1/workshops/room")) {
      return Caller.PARTICIPANT;
    }
    if (path.startsWith("/api/v1/workshops")) {
      return Caller.FACILITATOR;
    }
    if (path.startsWith("/api/v1/assessments") || path.startsWith("/api/v1/auth/tokens/")) {
      return Caller.LEAD;
    }
    return Caller.ADMIN;
  }

  private static boolean sameKind(JsonValue a, JsonValue b) {
    return a.getValueType() == b.getValueType()
        || a.getValueType() == JsonValue.ValueType.TRUE && b.getValueType() == JsonValue.ValueType.FALSE
        || a.getValueType() == JsonValue.ValueType.FALSE && b.getValueType() == JsonValue.ValueType.TRUE;
  }

  /** What is wrong with a reply to hostile input, or null when it is a clean problem. */
  private static String fault(Api.Reply reply) {
    String excerpt = reply.text().length() > 200 ? reply.text().substring(0, 200) + "…" : reply.text();
    if (reply.status() < 400 || reply.status() >= 500) {
      return "status " + reply.status() + " " + excerpt;
    }
    if (!reply.contentType().startsWith("application/problem+json")) {
      return reply.status() + " as " + reply.contentType() + " " + excerpt;
    }
    String detail;
    try {
      detail = reply.json().getString("detail", "");
    } catch (RuntimeException e) {
      return reply.status() + " problem that is not JSON: " + excerpt;
    }
    if (detail.isBlank()) {
      return reply.status() + " without a detail";
    }
    for (String giveaway : GIVEAWAYS) {
      if (reply.text().contains(giveaway)) {
        return reply.status() + " gives away '" + giveaway + "': " + excerpt;
      }
    }
    return null;
  }
}
