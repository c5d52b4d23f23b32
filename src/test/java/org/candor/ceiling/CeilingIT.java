package org.candor.ceiling;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.net.URL;
import org.candor.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load tests' ceiling endpoint is off unless CANDOR_CEILING_ENDPOINT=true (the integration
 * tests never set it): even an administrator finds nothing there. Switched on, it is exercised by
 * every load run (src/load), which fails when a probe is not answered 201.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CeilingIT {

  @ArquillianResource URL base;

  @Test
  void isNotFoundUnlessSwitchedOn() {
    Api.Reply reply = new Api(base).asAdmin().post("api/v1/ceiling", JsonValue.EMPTY_JSON_OBJECT);

    assertThat(reply.status()).as(reply.text()).isEqualTo(404);
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  @Test
  void refusesAnonymousCallers() {
    Api.Reply reply = new Api(base).post("api/v1/ceiling", JsonValue.EMPTY_JSON_OBJECT);

    assertThat(reply.status()).isEqualTo(401);
  }
}
