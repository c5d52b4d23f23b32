package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.candor.testing.Api;
import org.candor.testing.CandorDeployment;
import org.candor.testing.PageSession;
import org.candor.testing.ServerLog;
import org.candor.testing.Team;
import org.candor.workshop.RoomCookie;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What Candor gives away when things go wrong: error pages show no stack trace, SQL or class name,
 * and the server log never holds a password, token, session id or participant token, however they
 * were used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisclosureIT {

  /** Signs of internals: exception and class names, stack frames, SQL, the server's own product names. */
  private static final Pattern INTERNALS = Pattern.compile(
      "Exception|Caused by|\\.java:\\d+|\\bat (org|java|jakarta|com|fish|sun)\\.|org\\.candor\\.|org\\.eclipse\\.|com\\.sun\\.|fish\\.payara\\."
          + "|SQLState|\\bSELECT\\b|\\bINSERT INTO\\b|Payara Server|Mojarra|Grizzly");

  private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>.*?</script>", Pattern.DOTALL);

  @ArquillianResource URL base;

  @Test
  void aPageThatIsNotThereIsAPlainNotFoundPage() {
    PageSession anonymous = new PageSession(base);
    assertPlainErrorPage(anonymous.get("no-such-page.xhtml"), 404, "Page not found");
    assertPlainErrorPage(anonymous.get("no/such/file.txt"), 404, "Page not found");

    PageSession signedIn = signedInMember();
    assertPlainErrorPage(signedIn.get("app/no-such-page.xhtml"), 404, "Page not found");
  }

  @Test
  void anAdministrationPageForAMemberIsAPlainForbiddenPage() {
    PageSession signedIn = signedInMember();
    assertPlainErrorPage(signedIn.get("admin/accounts.xhtml"), 403, "Not allowed");
  }

  @Test
  void aFormPostedWithAnExpiredOrForgedViewStateIsThePageExpiredPage() {
    PageSession browser = new PageSession(base);
    browser.get("login.xhtml");
    PageSession.Page expired = browser.post("login.xhtml", Map.of(
        "login", "login", "login:username", "admin", "login:password", "x", "login:submit", "",
        "jakarta.faces.ViewState", "-123456789:987654321"));
    assertThat(expired.text()).contains("The page expired");
    assertNoInternals(expired);
  }

  @Test
  void aFailureInsideAPageIsAPlainFailurePage() {
    PageSession signedIn = signedInMember();
    assertPlainErrorPage(signedIn.get(CandorDeployment.FAILING_PAGE), 500, "Something went wrong");
  }

  @Test
  void anAddressWithAnUnreadableIdIsAPlainNotFoundPage() {
    PageSession signedIn = signedInMember();
    for (String page : List.of("app/assessment.xhtml?id=abc", "app/answer.xhtml?id=1.5", "app/presenter.xhtml?id=x1",
        "app/insights.xhtml?department=x", "app/question.xhtml?id=abc&q=qs_military")) {
      assertPlainErrorPage(signedIn.get(page), 404, "Page not found");
    }
  }

  @Test
  void noSecretEverReachesTheServerLog() throws InterruptedException {
    int since = ServerLog.end();
    String password = "pw-" + Api.unique("secret");
    String wrongPassword = "pw-" + Api.unique("typo");
    String username = Api.unique("logged");
    Api admin = new Api(base).asAdmin();
    Api.Reply created = admin.post("api/v1/accounts",
        Json.createObjectBuilder().add("username", username).add("displayName", "Logged Person").add("password", password).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(new Api(base).post("api/v1/auth/token",
        Json.createObjectBuilder().add("username", username).add("password", wrongPassword).build()).status()).isEqualTo(401);
    Api.Reply issued = new Api(base).post("api/v1/auth/token",
        Json.createObjectBuilder().add("username", username).add("password", password).build());
    String token = issued.json().getString("token");
    assertThat(new Api(base).as(token).get("api/v1/accounts/me").status()).isEqualTo(200);
    assertThat(new Api(base).as(token + "x").get("api/v1/accounts/me").status()).isEqualTo(401);

    PageSession browser = new PageSession(base);
    browser.signIn(username, wrongPassword);
    browser.signIn(username, password);
    String sessionId = browser.cookie("JSESSIONID");
    assertThat(browser.get("app/home.xhtml").status()).isEqualTo(200);

    Api.Reply workshop = admin.post("api/v1/workshops", Json.createObjectBuilder().add("questionnaireId", "quick-screen").build());
    String code = workshop.json().getString("joinCode");
    Api phone = Api.withCookies(base);
    Api.Reply joined = phone.post("api/v1/workshops/room/join", Json.createObjectBuilder().add("code", code).add("pseudonym", "Pat").build());
    String roomToken = joined.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(RoomCookie.NAME + "=")).findFirst().orElseThrow().split("[=;]")[1];
    assertThat(Api.withCookies(base).post("api/v1/workshops/room/join",
        Json.createObjectBuilder().add("code", "ZZZ-ZZZ-ZZZ").build()).status()).isEqualTo(400);

    String log = ServerLog.awaitLine("Workshop join with a wrong code", since);
    assertThat(log.substring(since)).as("the log of this server was captured").contains("Workshop join with a wrong code");
    for (String secret : List.of(password, wrongPassword, CandorDeployment.ADMIN_PASSWORD, token, sessionId, roomToken)) {
      assertThat(log).as("a secret in the server log").doesNotContain(secret);
    }
  }

  /** The pages as seen by a member of no team, signed in through the login form. */
  private PageSession signedInMember() {
    Team.Member member = Team.outsider(base);
    PageSession signedIn = new PageSession(base);
    signedIn.signIn(member.username(), Team.PASSWORD);
    return signedIn;
  }

  private static void assertPlainErrorPage(PageSession.Page page, int status, String title) {
    assertThat(page.status()).as(page.text()).isEqualTo(status);
    assertThat(page.text()).contains(title);
    assertNoInternals(page);
  }

  /**
   * Scripts are left out: PrimeFaces' settings name the exception types of the error pages
   * (web.xml's mappings), the same on every page, not anything that went wrong.
   */
  private static void assertNoInternals(PageSession.Page page) {
    String shown = SCRIPT.matcher(page.text()).replaceAll("");
    assertThat(INTERNALS.matcher(shown).results().map(r -> r.group()).toList())
        .as("internals shown to the user in a %d page:%n%s", page.status(), page.text()).isEmpty();
  }
}
