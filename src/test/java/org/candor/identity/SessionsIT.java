package org.candor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.Map;
import org.candor.testing.Api;
import org.candor.testing.CandorDeployment;
import org.candor.testing.PageSession;
import org.candor.testing.Team;
import org.candor.workshop.RoomCookie;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions and cross-site requests over HTTP, as a browser meets them: signing in gives a new
 * session id, signing out ends the session, cookies are HttpOnly and SameSite, and a write that
 * rides on cookies is refused when another site's page sends it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

  private static final String SESSION = "JSESSIONID";
  private static final String EVIL = "https://evil.example";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CandorDeployment.war();
  }

  @ArquillianResource URL base;

  private Team.Member account() {
    return Team.outsider(base);
  }

  @Test
  void signingInReplacesTheSessionIdSoAPlantedIdIsWorthNothing() {
    Team.Member member = account();
    PageSession browser = new PageSession(base);
    PageSession.Page login = browser.get("login.xhtml");
    String before = browser.cookie(SESSION);
    assertThat(before).as("the login form keeps its view state in a session").isNotNull();

    PageSession.Page signedIn = browser.submit("login.xhtml", login, "login",
        Map.of("login:username", member.username(), "login:password", Team.PASSWORD, "login:submit", ""));

    assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(302);
    assertThat(signedIn.location()).endsWith("/app/home.xhtml");
    String after = browser.cookie(SESSION);
    assertThat(after).isNotNull().isNotEqualTo(before);
    assertThat(browser.get("app/home.xhtml").text()).contains(member.displayName());

    PageSession planted = new PageSession(base);
    planted.setCookie(SESSION, before);
    PageSession.Page withOldId = planted.get("app/home.xhtml");
    assertThat(withOldId.status()).isEqualTo(302);
    assertThat(withOldId.location()).contains("/login.xhtml");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndNotSecureOverPlainHttp() {
    Team.Member member = account();
    PageSession browser = new PageSession(base);
    PageSession.Page signedIn = browser.signIn(member.username(), Team.PASSWORD);

    assertThat(signedIn.cookieAttributes(SESSION)).contains("httponly", "samesite=lax")
        .as("a Secure cookie would never come back over plain HTTP").doesNotContain("secure");
  }

  @Test
  void signingOutEndsTheSessionForPagesAndTheApi() {
    Team.Member member = account();
    PageSession browser = new PageSession(base);
    browser.signIn(member.username(), Team.PASSWORD);
    String session = browser.cookie(SESSION);
    PageSession.Page home = browser.get("app/home.xhtml");
    assertThat(browser.call("GET", "api/v1/accounts/me", null, null).status()).as("the session signs API calls in too").isEqualTo(200);

    PageSession.Page signedOut = browser.submit("app/home.xhtml", home, "nav", Map.of("nav:signOut", ""));

    assertThat(signedOut.status()).as(signedOut.text()).isEqualTo(302);
    assertThat(signedOut.location()).contains("/login.xhtml?signedOut=true");
    PageSession stolen = new PageSession(base);
    stolen.setCookie(SESSION, session);
    PageSession.Page page = stolen.get("app/home.xhtml");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location()).contains("/login.xhtml");
    assertThat(stolen.call("GET", "api/v1/accounts/me", null, null).status()).isEqualTo(401);
  }

  @Test
  void anotherSitesPageCannotChangeAnythingWithTheSessionCookie() {
    Team.Member member = account();
    PageSession browser = new PageSession(base);
    browser.signIn(member.username(), Team.PASSWORD);
    String body = Json.createObjectBuilder().add("title", "Cross-site").add("questionnaireId", "institution-check").build().toString();

    for (String foreign : new String[] {EVIL, "null", "http://" + base.getHost() + ".evil.example:" + base.getPort()}) {
      PageSession.Page refused = browser.call("POST", "api/v1/assessments", body, foreign);
      assertThat(refused.status()).as(foreign).isEqualTo(403);
      assertThat(refused.text()).contains("Candor's own pages");
    }
    assertThat(assessmentsOf(member)).as("nothing was created").isEqualTo("[]");

    assertThat(browser.call("POST", "api/v1/assessments", body, browser.ownOrigin()).status()).as("from Candor's own page").isEqualTo(201);
    // Browsers send Origin with every cross-site write, so a write without one comes from a client
    // that holds the cookie itself (a script, curl): it carries no borrowed authority.
    assertThat(browser.call("POST", "api/v1/assessments", body, null).status()).as("without an Origin").isEqualTo(201);
    assertThat(browser.call("GET", "api/v1/assessments", null, EVIL).status()).as("reads change nothing and pass").isEqualTo(200);
  }

  @Test
  void theParticipantCookieIsHttpOnlySameSiteAndUselessToAnotherSite() {
    Api facilitator = new Api(base).asAdmin();
    Api.Reply workshop = facilitator.post("api/v1/workshops", Json.createObjectBuilder().add("questionnaireId", "quick-screen").build());
    assertThat(workshop.status()).as(workshop.text()).isEqualTo(201);
    Api phone = Api.withCookies(base);

    Api.Reply joined = phone.post("api/v1/workshops/room/join",
        Json.createObjectBuilder().add("code", workshop.json().getString("joinCode")).add("pseudonym", "Pat").build());

    assertThat(joined.status()).as(joined.text()).isEqualTo(201);
    String cookie = joined.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(RoomCookie.NAME + "=")).findFirst().orElseThrow();
    assertThat(PageSession.attributes(cookie)).contains("httponly", "samesite=lax").doesNotContain("secure");

    var answer = Json.createObjectBuilder().add("value", "yes").build();
    Api.Reply crossSite = phone.fromOrigin(EVIL).put("api/v1/workshops/room/answers/qs_military", answer);
    assertThat(crossSite.status()).isEqualTo(403);
    assertThat(crossSite.contentType()).startsWith("application/problem+json");
    assertThat(phone.get("api/v1/workshops/room").json().getJsonObject("myAnswers")).as("nothing saved").isEmpty();

    String own = "http://" + base.getHost() + ":" + base.getPort();
    assertThat(phone.fromOrigin(own).put("api/v1/workshops/room/answers/qs_military", answer).status()).isEqualTo(200);
    assertThat(phone.get("api/v1/workshops/room").json().getJsonObject("myAnswers")).containsKey("qs_military");
  }

  private String assessmentsOf(Team.Member member) {
    return member.api().get("api/v1/assessments").text().replaceAll("\\s", "");
  }
}
