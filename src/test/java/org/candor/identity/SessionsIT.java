package org.candor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.candor.testing.Api;
import org.candor.testing.CandorDeployment;
import org.candor.testing.PageSession;
import org.candor.testing.Team;
import org.candor.workshop.RoomCookie;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

  @Test
  void openingEveryPageChangesNothing() throws Exception {
    Team team = new Team(base);
    Api.Reply created = team.lead.api().post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", "Looked at, never touched").add("questionnaireId", "institution-check").add("teamId", team.id).build());
    String assessment = created.json().getJsonNumber("id").toString();
    String path = "api/v1/assessments/" + assessment;
    team.alice.api().put(path + "/answers/military_partner", Json.createObjectBuilder().add("value", "no").build());
    team.alice.api().put(path + "/answers/partner_kind", Json.createObjectBuilder().add("value", "company").build());
    assertThat(team.alice.api().post(path + "/submission", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
    team.bob.api().put(path + "/answers/military_partner", Json.createObjectBuilder().add("value", "unsure").build());
    assertThat(team.lead.api().post(path + "/round-one/close", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
    team.lead.api().put(path + "/deliberation/consensus/military_partner",
        Json.createObjectBuilder().add("value", "no").add("rationale", "Checked the register.").build());
    Api admin = new Api(base).asAdmin();
    Api.Reply workshop = admin.post("api/v1/workshops", Json.createObjectBuilder().add("questionnaireId", "quick-screen").build());
    String workshopId = workshop.json().getJsonNumber("id").toString();
    Api phone = Api.withCookies(base);
    Api.Reply joined = phone.post("api/v1/workshops/room/join",
        Json.createObjectBuilder().add("code", workshop.json().getString("joinCode")).add("pseudonym", "Pat").build());
    String roomToken = joined.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(RoomCookie.NAME + "=")).findFirst().orElseThrow().split("[=;]")[1];

    Supplier<List<String>> state = () -> Stream.of(
        team.lead.api().get(path), team.lead.api().get(path + "/participants"), team.lead.api().get(path + "/answers"),
        team.bob.api().get(path + "/answers"), team.lead.api().get(path + "/deliberation/consensus"),
        team.lead.api().get(path + "/deliberation/conditions"), team.lead.api().get(path + "/deliberation/dissent"),
        team.lead.api().get(path + "/deliberation/questions/military_partner/posts"), team.lead.api().get(path + "/versions"),
        team.lead.api().get("api/v1/accounts/me"), team.lead.api().get("api/v1/auth/tokens"), admin.get("api/v1/workshops/" + workshopId),
        admin.get("api/v1/workshops/" + workshopId + "/results"), phone.get("api/v1/workshops/room"))
        .map(reply -> reply.status() + " " + reply.text()).toList();
    List<String> before = state.get();

    PageSession lead = new PageSession(base);
    lead.signIn(team.lead.username(), Team.PASSWORD);
    PageSession administrator = new PageSession(base);
    administrator.signIn("admin", CandorDeployment.ADMIN_PASSWORD);
    PageSession participant = new PageSession(base);
    participant.setCookie(RoomCookie.NAME, roomToken);
    List<String> pages;
    try (var files = Files.walk(Path.of("src/main/webapp"))) {
      pages = files.map(f -> Path.of("src/main/webapp").relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.endsWith(".xhtml") && !f.startsWith("WEB-INF")).sorted().toList();
    }
    assertThat(pages).contains("app/answer.xhtml", "app/recommendation.xhtml", "admin/accounts.xhtml", "room.xhtml");
    int shown = 0;
    for (String page : pages) {
      for (String query : new String[] {"?id=" + assessment + "&q=military_partner", "?id=" + workshopId, "?code=" + workshop.json().getString("joinCode")}) {
        for (PageSession who : new PageSession[] {lead, administrator, participant}) {
          PageSession.Page reply = who.get(page + query);
          assertThat(reply.status()).as(page + query).isLessThan(500);
          shown += reply.status() == 200 ? 1 : 0;
        }
      }
    }
    assertThat(shown).as("pages were really rendered").isGreaterThan(pages.size());
    assertThat(state.get()).isEqualTo(before);
  }

  private String assessmentsOf(Team.Member member) {
    return member.api().get("api/v1/assessments").text().replaceAll("\\s", "");
  }
}
