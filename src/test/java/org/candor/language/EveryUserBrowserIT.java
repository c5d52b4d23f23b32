package org.candor.language;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;
import org.candor.testing.Api;
import org.candor.testing.Browser;
import org.candor.testing.CandorDeployment;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Candor for people who use only a keyboard and for people who read French or Chinese: the
 * questionnaire answered without a mouse, and pages in the browser's language or the one chosen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryUserBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return CandorDeployment.war();
  }

  @ArquillianResource URL base;

  private static String text(String language, String key) {
    return ResourceBundle.getBundle("org.candor.messages", Locale.forLanguageTag(language)).getString(key);
  }

  @Test
  void aKeyboardAloneSignsInAnswersTheQuestionnaireAndSubmits() {
    Team.Member researcher = Team.outsider(base);
    Api.Reply created = researcher.api().post("api/v1/assessments", Json.createObjectBuilder()
        .add("title", Api.unique("Keyboard only")).add("questionnaireId", "institution-check").build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String overview = "app/assessment.xhtml?id=" + created.json().getJsonNumber("id");

    try (Browser b = new Browser(base)) {
      b.open("login.xhtml");
      b.tabTo(By.id("login:username"), 15);
      b.press(researcher.username(), Keys.TAB, Team.PASSWORD, Keys.ENTER);
      b.waitForUrl("app/home.xhtml");

      b.open(overview);
      b.tabTo(By.id("answer"), 40);
      b.press(Keys.ENTER);
      b.waitForUrl("app/answer.xhtml");

      // Tab reaches the first option of a group; arrow keys choose within it, as in any radio group.
      b.tabTo(By.cssSelector("[data-question='military_partner'] input[value='yes']"), 40);
      b.press(Keys.ARROW_RIGHT);
      b.waitForText(By.id("answer:questions:0:status"), "Saved");
      assertThat(b.present(By.cssSelector("[data-question='military_partner'] input[value='no']")).isSelected()).isTrue();

      b.tabTo(By.cssSelector("[data-question='partner_kind'] input[value='university']"), 10);
      b.press(Keys.ARROW_DOWN);
      b.waitForText(By.id("answer:questions:1:status"), "Saved");
      assertThat(b.present(By.cssSelector("[data-question='partner_kind'] input[value='company']")).isSelected()).isTrue();

      b.tabTo(By.cssSelector("[data-question='notes'] textarea"), 10);
      b.press("Reached with the keyboard alone.", Keys.TAB);
      b.waitForText(By.id("answer:questions:2:status"), "Saved");

      b.tabTo(By.id("answer:submit"), 10);
      b.press(Keys.ENTER);
      b.tabTo(By.id("answer:confirmYes"), 5);
      b.press(Keys.ENTER);
      b.waitForUrl("app/assessment.xhtml");
      b.waitForText(By.id("submittedNote"), "You have submitted your answers");
    }
    Api.Reply answers = researcher.api().get("api/v1/assessments/" + created.json().getJsonNumber("id") + "/answers");
    assertThat(answers.text()).contains("company").contains("Reached with the keyboard alone.");
  }

  @Test
  void pagesSpeakTheBrowsersLanguageUntilAnotherIsChosenAndTheChoiceFollowsTheAccount() {
    Team.Member researcher = Team.outsider(base);
    try (Browser b = new Browser(base, "fr-FR,fr")) {
      b.open("login.xhtml");
      assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
      assertThat(b.find(By.tagName("h1")).getText()).isEqualTo(text("fr", "login.title"));
      assertThat(b.text()).doesNotContain("???");

      b.signIn(researcher.username(), Team.PASSWORD);
      b.waitForUrl("app/home.xhtml");
      assertThat(b.text()).contains(text("fr", "home.assessmentsIntro"));

      // A refusal from the service reads in the page's language too.
      b.open("app/account.xhtml");
      b.type(By.id("password:currentPassword"), "not-my-password");
      b.type(By.id("password:newPassword"), "another-long-password");
      b.type(By.id("password:repeated"), "another-long-password");
      b.click(By.id("password:submit"));
      b.waitForText(By.id("password"), text("fr", "problem.notCurrentPassword"));

      b.click(By.id("language-zh"));
      b.waitForText(By.tagName("h1"), text("zh", "home.welcome").replace("{0}", researcher.displayName()));
      assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
      assertThat(b.driver().getCurrentUrl()).contains("app/home.xhtml");
      b.screenshot("language-home-zh");
    }
    try (Browser b = new Browser(base, "en-GB,en")) {
      b.open("login.xhtml");
      assertThat(b.find(By.tagName("h1")).getText()).isEqualTo("Sign in");
      b.signIn(researcher.username(), Team.PASSWORD);
      b.waitForUrl("app/home.xhtml");
      assertThat(b.text()).as("the choice was saved with the account").contains(text("zh", "home.assessmentsIntro"));
      assertThat(b.find(By.id("language-zh")).getAttribute("aria-current")).isEqualTo("true");
    }
  }
}
