package org.candor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.candor.testing.Browser;
import org.candor.testing.CandorDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Signing in and out in a real browser, and an administrator setting up a team. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

  @ArquillianResource URL base;

  private static Browser browser;

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  /** One Chromium for the class, started on first use because the URL is injected per test. */
  private Browser browser() {
    if (browser == null) {
      browser = new Browser(base);
    }
    browser.driver().manage().deleteAllCookies();
    return browser;
  }

  @Test
  void protectedPageSendsToLoginAndBackAfterSigningIn() {
    Browser b = browser().open("app/home.xhtml");
    b.waitForUrl("login.xhtml");
    b.find(By.id("login:username"));
    String sessionBefore = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
    b.signIn("admin", CandorDeployment.ADMIN_PASSWORD);
    b.waitForUrl("app/home.xhtml");
    assertThat(b.driver().manage().getCookieNamed("JSESSIONID").getValue())
        .as("the session id is renewed at login")
        .isNotEqualTo(sessionBefore);
    assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Welcome, Administrator");
    b.screenshot("home");

    b.click(By.id("nav:signOut"));
    b.waitForUrl("login.xhtml");
    assertThat(b.text()).contains("You have signed out.");
    b.open("app/home.xhtml").waitForUrl("login.xhtml");
  }

  @Test
  void wrongPasswordIsRefusedWithAMessageAndNoSession() {
    Browser b = browser().open("login.xhtml");
    b.signIn("admin", "not-the-password");
    b.waitForText(By.id("login:messages"), "Unknown username or wrong password.");
    b.open("app/home.xhtml").waitForUrl("login.xhtml");
  }

  @Test
  void administratorCreatesAnAccountADepartmentAndATeam() {
    Browser b = browser().open("login.xhtml");
    b.signIn("admin", CandorDeployment.ADMIN_PASSWORD);
    b.waitForUrl("app/home.xhtml");

    String username = org.candor.testing.Api.unique("lead");
    b.open("admin/accounts.xhtml");
    b.type(By.id("create:username"), username);
    b.type(By.id("create:displayName"), "Lena Lead");
    b.type(By.id("create:password"), "short");
    b.click(By.id("create:submit"));
    b.waitForText(By.id("create"), "Use at least 10 characters.");

    b.type(By.id("create:password"), "a-long-enough-password");
    b.click(By.id("create:submit"));
    b.waitForText(By.id("messages"), "Account " + username + " created.");
    b.waitForText(By.id("accounts"), username);
    b.screenshot("accounts");

    String department = org.candor.testing.Api.unique("Computer Science");
    b.open("admin/organisation.xhtml");
    b.type(By.id("department:name"), department);
    b.click(By.id("department:submit"));
    b.waitForText(By.id("structure"), department);
    b.screenshot("organisation");
  }

  @Test
  void administratorSeesWhichDefinitionFilesFailedToLoadAndWhichOnlyLackTranslations() {
    Browser b = browser().open("login.xhtml");
    b.signIn("admin", CandorDeployment.ADMIN_PASSWORD);
    b.waitForUrl("app/home.xhtml");
    b.waitForText(By.id("questionnaires"), "Institution partner check");

    b.open("admin/questionnaires.xhtml");
    String problems = b.find(By.id("problems")).getText();
    assertThat(problems)
        .contains("Error")
        .contains("broken.yaml:20:18")
        .contains("weight on dimension 'no_such_dimension', which the questionnaire does not declare")
        .contains("Warning")
        .contains("translated-check.yaml:25:16")
        .contains("'why' is missing its fr translation");
    assertThat(b.find(By.id("versions")).getText())
        .contains("institution-check")
        .doesNotContain("broken-institution-check")
        .as("a file with only warnings loads")
        .contains("translated-check");
    b.screenshot("questionnaires-admin");
  }

  @Test
  void aMemberChangesTheirOwnPasswordAndRevokesATokenOnMyAccount() {
    String username = org.candor.testing.Api.unique("member");
    org.candor.testing.Api admin = new org.candor.testing.Api(base).asAdmin();
    admin.post("api/v1/accounts", jakarta.json.Json.createObjectBuilder()
        .add("username", username).add("displayName", "Mina Member").add("password", "initial-password-1").build());
    new org.candor.testing.Api(base).login(username, "initial-password-1");

    Browser b = browser().open("login.xhtml");
    b.signIn(username, "initial-password-1");
    b.waitForUrl("app/home.xhtml");
    b.click(By.linkText("Mina Member"));
    b.waitForUrl("app/account.xhtml");

    b.type(By.id("password:currentPassword"), "wrong-password-1");
    b.type(By.id("password:newPassword"), "a-new-password-2");
    b.type(By.id("password:repeated"), "a-new-password-2");
    b.click(By.id("password:submit"));
    b.waitForText(By.id("password"), "This is not your current password.");

    b.type(By.id("password:currentPassword"), "initial-password-1");
    b.type(By.id("password:newPassword"), "a-new-password-2");
    b.type(By.id("password:repeated"), "a-new-password-2");
    b.click(By.id("password:submit"));
    b.waitForText(By.id("messages"), "Your password has been changed.");

    b.waitForText(By.id("tokens"), "API token");
    b.click(By.xpath("//form[@id='tokens']//button[.//span[text()='Revoke']]"));
    b.waitForText(By.id("messages"), "revoked");
    b.screenshot("my-account");

    b.click(By.id("nav:signOut"));
    b.waitForUrl("login.xhtml");
    b.signIn(username, "initial-password-1");
    b.waitForText(By.id("login:messages"), "Unknown username or wrong password.");
    b.signIn(username, "a-new-password-2");
    b.waitForUrl("app/home.xhtml");
  }
}
