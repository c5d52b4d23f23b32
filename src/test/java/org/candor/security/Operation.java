package org.candor.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.candor.testing.Api;

/** One REST operation as the server's own OpenAPI document describes it. */
record Operation(String method, String path, List<String> pathParameters, List<String> bodyTypes) {

  /** "GET /api/v1/accounts": how the policy and the sample bodies name an operation. */
  String key() {
    return method + " " + path;
  }

  boolean takesBody() {
    return !bodyTypes.isEmpty();
  }

  /** Every operation the running server documents at /openapi, in a stable order. */
  static List<Operation> discover(Api anonymous) {
    Api.Reply document = anonymous.get("openapi?format=JSON");
    assertThat(document.status()).as("the OpenAPI document").isEqualTo(200);
    List<Operation> operations = new ArrayList<>();
    document.json().getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, value) -> {
      JsonObject operation = value.asJsonObject();
      List<String> pathParameters = operation.getJsonArray("parameters") == null ? List.of()
          : operation.getJsonArray("parameters").stream().map(JsonValue::asJsonObject)
              .filter(p -> p.getString("in").equals("path")).map(p -> p.getString("name")).toList();
      List<String> bodyTypes = operation.containsKey("requestBody")
          ? List.copyOf(operation.getJsonObject("requestBody").getJsonObject("content").keySet()) : List.of();
      operations.add(new Operation(method.toUpperCase(), path, pathParameters, bodyTypes));
    }));
    operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
    assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(10);
    return operations;
  }
}
