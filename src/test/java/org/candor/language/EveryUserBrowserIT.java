package org.candor.language;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.util.List;
import java.net.URL;
import java.util.Locale;
import java.util.ResourceBundle;
import org.candor.engine.Case;
import org.candor.engine.Catalog;
import org.candor.engine.Engine;
import org.candor.engine.Question;
import org.candor.engine.Questionnaire;
import org.candor.engine.QuestionnaireLoader;
import org.candor.engine.Recommendation;
import org.candor.testing.Api;
import org.candor.testing.Browser;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * Candor for people who use only a keyboard and for people who read French or Chinese: the
 * questionnaire answered without a mouse, and pages in the browser's language or the one chosen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EveryUserBrowserIT {

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
  void aWorkshopParticipantJoinsAndAnswersWithTheKeyboardAlone() {
    String facilitator = Api.unique("facilitator");
    Api.Reply account = new Api(base).asAdmin().post("api/v1/accounts", Json.createObjectBuilder()
        .add("username", facilitator).add("password", Team.PASSWORD).add("roles", Json.createArrayBuilder().add("FACILITATOR")).build());
    assertThat(account.status()).as(account.text()).isEqualTo(201);
    Api.Reply workshop = new Api(base).login(facilitator, Team.PASSWORD)
        .post("api/v1/workshops", Json.createObjectBuilder().add("questionnaireId", "quick-screen").build());
    assertThat(workshop.status()).as(workshop.text()).isEqualTo(201);

    try (Browser phone = new Browser(base, "fr")) {
      phone.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      phone.open("join");
      phone.tabTo(By.id("join:code"), 20);
      phone.press(workshop.json().getString("joinCode"), Keys.TAB);
      phone.tabTo(By.id("join:pseudonym"), 3);
      phone.press("Héron", Keys.ENTER);
      phone.waitForText(By.id("pseudonym"), "Héron");

      phone.tabTo(By.cssSelector("[data-question='qs_military'] input[value='yes']"), 20);
      phone.press(Keys.ARROW_RIGHT);
      phone.tabTo(By.id("room:save"), 5);
      phone.press(Keys.ENTER);
      phone.waitForText(By.id("room:status"), text("fr", "answer.saved"));
      assertThat(phone.present(By.cssSelector("[data-question='qs_military'] input[value='no']")).isSelected()).isTrue();
      phone.screenshot("workshop-phone-fr");
    }
  }

  /**
   * The team journey on the bundled quick screen, read in one language from start to finish: the
   * lead answers in the browser, the members by API (their answers are a bundled case's), and every
   * page the lead passes shows that language's texts, the questionnaire's translation and no key.
   */
  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "zh"})
  void theTeamJourneyReadsInEachLanguage(String tag) throws Exception {
    Locale locale = Locale.forLanguageTag(tag);
    Catalog bundled = new QuestionnaireLoader().loadDirectory(Path.of("surveys"));
    Case greenhouse = bundled.findCase("autonomous-greenhouse-challenge").orElseThrow().in(locale);
    Questionnaire quickScreen = bundled.questionnaires().stream()
        .filter(q -> q.id().equals("quick-screen")).findFirst().orElseThrow().in(locale);
    Recommendation expected = new Engine().evaluate(quickScreen, greenhouse.answers());
    Team team = new Team(base);

    try (Browser b = new Browser(base, tag)) {
      b.open("login.xhtml");
      readsIn(b, tag);
      b.signIn(team.lead.username(), Team.PASSWORD);
      b.waitForUrl("app/home.xhtml");
      readsIn(b, tag);

      b.click(By.id("myAssessments"));
      b.waitForUrl("app/assessments.xhtml");
      b.type(By.id("create:title"), Api.unique("Greenhouse robots"));
      new Select(b.find(By.id("create:questionnaireId"))).selectByValue("quick-screen");
      assertThat(new Select(b.find(By.id("create:questionnaireId"))).getFirstSelectedOption().getText()).startsWith(quickScreen.title());
      Select teams = new Select(b.find(By.id("create:teamId")));
      teams.selectByIndex(teams.getOptions().size() - 1);
      b.click(By.id("create:submit"));
      b.waitForUrl("app/assessment.xhtml");
      readsIn(b, tag);
      String id = b.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1");
      String path = "api/v1/assessments/" + id;

      // The lead answers the first question in the page, in the page's language.
      b.click(By.id("answer"));
      b.waitForUrl("app/answer.xhtml");
      Question first = quickScreen.questions().get(0);
      assertThat(spaced(b.find(By.cssSelector("[data-question='" + first.id() + "'] legend")).getText())).startsWith(spaced(first.prompt()));
      b.click(By.xpath("//*[@data-question='" + first.id() + "']//label[normalize-space()='" + text(tag, "answer.no") + "']"));
      b.waitForText(By.id("answer:questions:0:status"), text(tag, "answer.saved"));
      readsIn(b, tag);
      for (Team.Member member : List.of(team.lead, team.alice, team.bob)) {
        greenhouse.answers().forEach((question, value) ->
            assertThat(member.api().put(path + "/answers/" + question, body(value)).status()).isEqualTo(200));
        assertThat(member.api().post(path + "/submission", JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(200);
      }

      b.open("app/assessment.xhtml?id=" + id);
      b.click(By.id("actions:closeRound"));
      b.click(By.id("actions:confirmYes"));
      b.waitForText(By.id("status"), text(tag, "status.DELIBERATING"));
      readsIn(b, tag);
      b.click(By.id("toDivergence"));
      b.waitForUrl("app/divergence.xhtml");
      readsIn(b, tag);

      greenhouse.answers().forEach((question, value) -> assertThat(team.lead.api().put(
          path + "/deliberation/consensus/" + question,
          Json.createObjectBuilder().add("value", body(value).get("value")).add("rationale", "—").build()).status()).isEqualTo(200));
      b.open("app/recommendation.xhtml?id=" + id);
      b.waitForText(By.id("outcome"), text(tag, "outcome." + expected.outcome()));
      assertThat(spaced(b.find(By.id("reason")).getText())).isEqualTo(spaced(expected.firedRule().reason()));
      readsIn(b, tag);
      b.screenshot("language-recommendation-" + tag);
      b.click(By.id("finish:finishButton"));
      b.click(By.id("finish:confirmYes"));
      b.waitForText(By.id("messages"), text(tag, "recommendation.finishedMessage"));
      readsIn(b, tag);
    }
  }

  /** The page is in the language, and no text is missing from its bundle. */
  private static void readsIn(Browser b, String tag) {
    assertThat(b.find(By.tagName("html")).getAttribute("lang")).isEqualTo(tag);
    String page = b.text();
    assertThat(page).doesNotContain("???").doesNotContain("{0");
    if (!tag.equals("en")) {
      // Texts that appear on every page of a signed-in person, or on the sign-in page, in English.
      for (String english : List.of("Sign out", "My assessments", "Sign in", "Home")) {
        assertThat(page.lines().filter(line -> line.strip().equals(english)).toList()).as(english).isEmpty();
      }
    }
  }

  /** French puts a no-break space before "?" and ":"; the browser's text may give a plain one. */
  private static String spaced(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
  }

  private static JsonObject body(Object value) {
    JsonValue json;
    if (value instanceof List<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(item -> array.add(String.valueOf(item)));
      json = array.build();
    } else if (value instanceof Number number) {
      json = Json.createValue(number.doubleValue());
    } else {
      json = Json.createValue(String.valueOf(value));
    }
    return Json.createObjectBuilder().add("value", json).build();
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

      b.open("app/home.xhtml");
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
