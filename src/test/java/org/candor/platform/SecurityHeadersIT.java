package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.candor.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser-side protections on every kind of response: the Content-Security-Policy (scripts
 * only from Candor itself or carrying the page's nonce), nosniff, the referrer policy and frame
 * denial — on pages, error pages, redirects, the API, static files and PrimeFaces' resources.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

  private static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)';$");

  @ArquillianResource URL base;

  private static void assertProtected(Api.Reply reply, String what) {
    String policy = reply.header("Content-Security-Policy");
    assertThat(policy).as(what + ": Content-Security-Policy").isNotNull()
        .contains("default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'",
            "form-action 'self'", "connect-src 'self'")
        .doesNotContain("unsafe-eval");
    assertThat(policy.substring(policy.indexOf("script-src"))).as(what + ": scripts").doesNotContain("unsafe-inline");
    assertThat(reply.headers().allValues("Content-Security-Policy")).as(what + ": one policy, not two to intersect").hasSize(1);
    assertThat(reply.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(reply.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
    assertThat(reply.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
  }

  @Test
  void everyKindOfResponseCarriesThePolicy() {
    Api anonymous = new Api(base);
    Api admin = anonymous.asAdmin();
    record Case(String what, Api.Reply reply, int status) {}
    List<Case> cases = List.of(
        new Case("a page", anonymous.get("login.xhtml"), 200),
        new Case("a missing page", anonymous.get("no-such-page.xhtml"), 404),
        new Case("a signed-in page without a session: the login redirect", anonymous.get("app/home.xhtml"), 302),
        new Case("the API without a token", anonymous.get("api/v1/questionnaires"), 401),
        new Case("the API", admin.get("api/v1/questionnaires"), 200),
        new Case("an API refusal", admin.get("api/v1/assessments/999999999"), 404),
        new Case("a stylesheet", anonymous.get("resources/css/candor.css"), 200),
        new Case("a script", anonymous.get("resources/js/presenter.js"), 200),
        new Case("a PrimeFaces resource", anonymous.get("jakarta.faces.resource/core.js.xhtml?ln=primefaces"), 200),
        new Case("the API browser", anonymous.get("api.html"), 200),
        new Case("the OpenAPI document", anonymous.get("openapi"), 200));
    for (Case c : cases) {
      assertThat(c.reply().status()).as(c.what()).isEqualTo(c.status());
      assertProtected(c.reply(), c.what());
    }
  }

  @Test
  void aPagesOwnInlineScriptsCarryItsNonceAndItHasNoInlineHandlers() {
    Api.Reply page = new Api(base).get("login.xhtml");
    Matcher nonce = NONCE.matcher(page.header("Content-Security-Policy"));
    assertThat(nonce.find()).as("a Faces page's policy ends with its nonce: " + page.header("Content-Security-Policy")).isTrue();

    Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.text());
    int inline = 0;
    while (scripts.find()) {
      inline++;
      assertThat(scripts.group(1)).as("an inline script carries the nonce").contains("nonce=\"" + nonce.group(1) + "\"");
    }
    assertThat(inline).as("PrimeFaces writes its initialisation inline, with the nonce").isPositive();
    assertThat(page.text()).doesNotContainPattern("<[^>]+\\son[a-z]+=");

    Api.Reply another = new Api(base).get("login.xhtml");
    assertThat(another.header("Content-Security-Policy")).as("a new nonce for every page").isNotEqualTo(page.header("Content-Security-Policy"));
  }

  @Test
  void theApiBrowserHasNoInlineScript() {
    String page = new Api(base).get("api.html").text();
    assertThat(page).contains("swagger-ui-bundle.js", "resources/js/api.js").doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
  }
}
