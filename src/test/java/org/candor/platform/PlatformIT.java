package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.candor.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed WAR over HTTP: health, OpenAPI, accounts and tokens, and how the API answers bad
 * input — always problem+json, never a 500, nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

  @ArquillianResource URL base;

  private Api api() {
    return new Api(base);
  }

  private static JsonObject credentials(String username, String password) {
    return Json.createObjectBuilder().add("username", username).add("password", password).build();
  }

  /** Creates an account through the admin API and returns its username. */
  private String newAccount(String prefix, String password, String... roles) {
    String username = Api.unique(prefix);
    var roleArray = Json.createArrayBuilder();
    for (String role : roles) {
      roleArray.add(role);
    }
    Api.Reply created =
        api().asAdmin()
            .post(
                "api/v1/accounts",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("displayName", "Test " + prefix)
                    .add("password", password)
                    .add("roles", roleArray)
                    .build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return username;
  }

  @Test
  void healthAndOpenApiAreServed() {
    Api.Reply health = api().get("health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().getString("status")).isEqualTo("UP");

    Api.Reply openapi = api().get("openapi");
    assertThat(openapi.status()).isEqualTo(200);
    assertThat(openapi.text()).contains("/api/v1/auth/token").contains("Candor API");

    Api.Reply page = api().get("api.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("swagger-ui");
  }

  @Test
  void tokenIsIssuedListedUsedAndRevoked() {
    String password = "member-password-1";
    String username = newAccount("member", password);

    Api.Reply issued = api().post("api/v1/auth/token", Json.createObjectBuilder(credentials(username, password)).add("name", "laptop").build());
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.json().getString("token");
    long id = issued.json().getJsonNumber("id").longValue();
    assertThat(token).startsWith("cnd_");

    Api member = api().as(token);
    assertThat(member.get("api/v1/accounts/me").json().getString("username")).isEqualTo(username);
    JsonArray listed = member.get("api/v1/auth/tokens").structure().asJsonArray();
    assertThat(listed).hasSize(1);
    assertThat(listed.getJsonObject(0).getString("name")).isEqualTo("laptop");
    assertThat(listed.getJsonObject(0).containsKey("token")).as("secrets are never listed").isFalse();
    assertThat(listed.getJsonObject(0).getString("lastUsedAt", null)).as("its use is recorded").isNotNull();

    assertThat(member.delete("api/v1/auth/tokens/" + id).status()).isEqualTo(204);
    Api.Reply afterRevoke = member.get("api/v1/accounts/me");
    assertThat(afterRevoke.status()).isEqualTo(401);
    assertThat(afterRevoke.contentType()).startsWith("application/problem+json");
  }

  @Test
  void nobodyCanRevokeAnotherPersonsToken() {
    String password = "member-password-1";
    String owner = newAccount("owner", password);
    Api.Reply issued = api().post("api/v1/auth/token", credentials(owner, password));
    long id = issued.json().getJsonNumber("id").longValue();

    Api other = api().login(newAccount("other", password), password);
    assertThat(other.delete("api/v1/auth/tokens/" + id).status()).isEqualTo(404);
    assertThat(api().as(issued.json().getString("token")).get("api/v1/accounts/me").status()).isEqualTo(200);
  }

  @Test
  void repeatedFailedLoginsLockTheAccountEvenForTheRightPassword() {
    String password = "member-password-1";
    String username = newAccount("target", password);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(api().post("api/v1/auth/token", credentials(username, "wrong-password")).status()).isEqualTo(401);
    }
    Api.Reply fifth = api().post("api/v1/auth/token", credentials(username, "wrong-password"));
    assertThat(fifth.status()).isEqualTo(429);
    assertThat(fifth.header("Retry-After")).isEqualTo("30");

    Api.Reply rightPassword = api().post("api/v1/auth/token", credentials(username, password));
    assertThat(rightPassword.status()).isEqualTo(429);
    assertThat(rightPassword.json().getString("detail")).contains("try again in");
  }

  @Test
  void unknownUsersAndWrongPasswordsGetTheSameAnswer() {
    Api.Reply unknown = api().post("api/v1/auth/token", credentials(Api.unique("nobody"), "whatever-password"));
    Api.Reply wrong = api().post("api/v1/auth/token", credentials("admin", "whatever-password"));
    assertThat(unknown.status()).isEqualTo(401);
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(unknown.json().getString("detail")).isEqualTo(wrong.json().getString("detail"));
  }

  @Test
  void theApiRefusesCallsWithoutAValidToken() {
    Api.Reply anonymous = api().get("api/v1/accounts/me");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(anonymous.json().getInt("status")).isEqualTo(401);

    assertThat(api().as("cnd_forged").get("api/v1/accounts/me").status()).isEqualTo(401);
    assertThat(api().as("not-even-a-token").get("api/v1/accounts/me").status()).isEqualTo(401);
  }

  @Test
  void onlyAdministratorsManageAccounts() {
    String password = "member-password-1";
    Api member = api().login(newAccount("plain", password), password);
    Api.Reply attempt =
        member.post(
            "api/v1/accounts",
            Json.createObjectBuilder().add("username", Api.unique("sneaky")).add("password", "a-long-password").build());
    assertThat(attempt.status()).isEqualTo(403);
    assertThat(member.get("api/v1/accounts").status()).isEqualTo(403);
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    Api admin = api().asAdmin();

    Api.Reply shortPassword =
        admin.post("api/v1/accounts", Json.createObjectBuilder().add("username", Api.unique("weak")).add("password", "short").build());
    assertThat(shortPassword.status()).isEqualTo(400);
    assertThat(shortPassword.contentType()).startsWith("application/problem+json");
    assertThat(shortPassword.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");

    Api.Reply badRole =
        admin.post(
            "api/v1/accounts",
            Json.createObjectBuilder().add("username", Api.unique("role")).add("password", "a-long-password")
                .add("roles", Json.createArrayBuilder().add("EMPEROR")).build());
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.json().getString("detail")).contains("EMPEROR");

    Api.Reply malformed = admin.postRaw("api/v1/accounts", "application/json", "{\"username\": ");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().getString("title")).isEqualTo("Malformed request body");

    Api.Reply missingField = api().post("api/v1/auth/token", Json.createObjectBuilder().add("username", "admin").build());
    assertThat(missingField.status()).isEqualTo(400);
    assertThat(missingField.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");

    Api.Reply wrongMediaType = api().postRaw("api/v1/auth/token", "text/plain", "admin:secret");
    assertThat(wrongMediaType.status()).isEqualTo(415);
    assertThat(wrongMediaType.contentType()).startsWith("application/problem+json");

    Api.Reply nothingThere = admin.get("api/v1/no-such-thing");
    assertThat(nothingThere.status()).isEqualTo(404);
    assertThat(nothingThere.contentType()).startsWith("application/problem+json");
  }

  @Test
  void oversizedBodiesAreRefusedBeforeTheyAreRead() {
    String huge = "{\"username\":\"" + "x".repeat(600_000) + "\",\"password\":\"p\"}";
    Api.Reply reply = api().postRaw("api/v1/auth/token", "application/json", huge);
    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().getString("detail")).contains("524288 bytes");
  }

  @Test
  void duplicateUsernamesAreRefusedAndTheFirstAccountStaysIntact() {
    String password = "member-password-1";
    String username = newAccount("dup", password);
    Api.Reply again =
        api().asAdmin()
            .post("api/v1/accounts", Json.createObjectBuilder().add("username", username.toUpperCase()).add("password", "another-password-2").build());
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.json().getString("detail")).contains("is taken");
    assertThat(api().post("api/v1/auth/token", credentials(username, password)).status()).isEqualTo(201);
  }
}
