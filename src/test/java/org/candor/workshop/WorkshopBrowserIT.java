package org.candor.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.candor.engine.Case;
import org.candor.engine.QuestionnaireLoader;
import org.candor.questionnaire.AnswerJson;
import org.candor.testing.Api;
import org.candor.testing.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A workshop in real browsers: a facilitator projects the presenter view of a case workshop; five
 * participants, each in their own headless Chromium at phone size, join with the code, read the
 * scenario and answer. Counts and distributions arrive at the presenter without a reload, hidden
 * below five answers and until revealed; the phones follow the facilitator to the next question;
 * at the end each phone shows its own recommendation beside the room's and what actually happened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkshopBrowserIT {

  private static final String PASSWORD = "facilitator-password-1";
  private static final String CASE = "autonomous-greenhouse-challenge";
  private static final String FIRST = "qs_military";

  @ArquillianResource URL base;

  private static By tally(String question, String part) {
    return By.cssSelector("[data-tally='" + question + "'] " + part);
  }

  private static void waitFor(Browser b, By by, String text) {
    b.waitForText(by, text);
  }

  private static void markPage(Browser b) {
    ((JavascriptExecutor) b.driver()).executeScript("window.candorNotReloaded = true;");
  }

  private static boolean notReloaded(Browser b) {
    return Boolean.TRUE.equals(((JavascriptExecutor) b.driver()).executeScript("return window.candorNotReloaded === true;"));
  }

  @Test
  void aFacilitatorRunsACaseWorkshopWithFivePhones() throws Exception {
    String facilitator = Api.unique("facilitator");
    Api.Reply created = new Api(base).asAdmin().post("api/v1/accounts", Json.createObjectBuilder()
        .add("username", facilitator).add("displayName", "Fay Facilitator").add("password", PASSWORD)
        .add("roles", Json.createArrayBuilder().add("FACILITATOR")).build());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    Case theCase = new QuestionnaireLoader().loadDirectory(Path.of("surveys")).findCase(CASE).orElseThrow();

    List<Browser> phones = new ArrayList<>();
    try (Browser presenter = new Browser(base)) {
      presenter.open("login.xhtml");
      presenter.signIn(facilitator, PASSWORD);
      presenter.waitForUrl("app/home.xhtml");
      presenter.click(By.id("nav:workshops"));
      presenter.waitForUrl("app/workshops.xhtml");
      new Select(presenter.find(By.id("create:caseId"))).selectByValue(CASE);
      presenter.click(By.id("create:submit"));
      presenter.waitForUrl("app/presenter.xhtml");
      String code = presenter.find(By.id("joinCode")).getText();
      assertThat(code).matches("[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}");
      assertThat(presenter.find(By.cssSelector("img.qr")).getAttribute("src")).startsWith("data:image/svg+xml;base64,");
      waitFor(presenter, By.id("feedStatus"), "Live");
      markPage(presenter);
      presenter.screenshot("workshop-presenter-empty");

      for (int i = 1; i <= 5; i++) {
        Browser phone = new Browser(base);
        phones.add(phone);
        phone.driver().manage().window().setSize(new Dimension(390, 844));
        phone.open(i == 1 ? "join?code=" + code.replace("-", "") : "join.xhtml");
        if (i != 1) {
          phone.type(By.id("join:code"), code.toLowerCase());
        }
        phone.type(By.id("join:pseudonym"), "Phone " + i);
        phone.click(By.id("join:submit"));
        phone.waitForUrl("room.xhtml");
        assertThat(phone.find(By.id("scenario")).getText()).contains(theCase.title());
        waitFor(phone, By.id("questionNumber"), "Question 1 of 12");
        markPage(phone);
      }
      waitFor(presenter, By.id("participantCount"), "5");
      phones.get(0).screenshot("workshop-phone-question");

      for (int i = 0; i < 4; i++) {
        answerOnPhone(phones.get(i), i == 0 ? "Yes" : "No");
      }
      waitFor(presenter, tally(FIRST, ".answers"), "4");
      assertThat(presenter.find(tally(FIRST, ".note")).getText()).isEqualTo("hidden until at least 5 people have answered");
      presenter.click(tally(FIRST, ".reveal-button"));
      waitFor(presenter, tally(FIRST, ".note"), "hidden until at least 5 people have answered");
      assertThat(presenter.driver().findElements(tally(FIRST, ".bar-row"))).as("revealed but below five").isEmpty();
      assertThat(presenter.driver().findElement(tally(FIRST, ".tally-table")).isDisplayed()).isFalse();

      answerOnPhone(phones.get(4), "No");
      waitFor(presenter, tally(FIRST, ".answers"), "5");
      waitFor(presenter, tally(FIRST, ".note"), "revealed");
      WebElement table = presenter.find(tally(FIRST, ".tally-table"));
      assertThat(table.getText()).contains("Yes 1 20 %").contains("No 4 80 %").contains("Not sure 0 0 %");
      assertThat(presenter.driver().findElements(tally(FIRST, ".bar-row"))).hasSize(3);
      assertThat(notReloaded(presenter)).as("every update arrived without a reload").isTrue();
      presenter.screenshot("workshop-presenter-revealed");

      // The next question: hidden until revealed even with five answers; the phones follow without reloading.
      presenter.click(By.id("controls:next"));
      waitFor(presenter, By.cssSelector(".question-counter"), "Question 2 of 12");
      for (Browser phone : phones) {
        waitFor(phone, By.id("questionNumber"), "Question 2 of 12");
        assertThat(notReloaded(phone)).isTrue();
      }
      for (int q = 3; q <= 12; q++) {
        presenter.click(By.id("controls:next"));
        waitFor(presenter, By.cssSelector(".question-counter"), "Question " + q + " of 12");
      }
      // The rest of the case's answers, from each phone's own participant cookie.
      for (Browser phone : phones) {
        String token = phone.driver().manage().getCookieNamed(RoomCookie.NAME).getValue();
        for (Map.Entry<String, Object> answer : theCase.answers().entrySet()) {
          if (!answer.getKey().equals(FIRST)) {
            putAnswer(token, answer.getKey(), answer.getValue());
          }
        }
      }
      waitFor(presenter, tally("qs_benefit", ".answers"), "5");
      assertThat(presenter.find(tally("qs_benefit", ".note")).getText()).isEqualTo("hidden until the facilitator reveals it");

      presenter.click(By.id("controls:end"));
      new WebDriverWait(presenter.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
      presenter.waitForUrl("app/workshop-summary.xhtml");
      waitFor(presenter, By.id("roomVerdict"), "GO");
      assertThat(presenter.find(By.cssSelector("#roomVerdict .outcome")).getText()).isEqualTo("GO");
      assertThat(presenter.find(By.cssSelector("#whatHappened .outcome")).getText()).isEqualTo("GO");
      assertThat(presenter.find(By.id("whatHappened")).getText()).contains("lettuce").contains("VentureBeat");
      presenter.screenshot("workshop-summary");

      for (int i = 0; i < phones.size(); i++) {
        Browser phone = phones.get(i);
        waitFor(phone, By.id("roomVerdict"), "GO");
        assertThat(phone.find(By.cssSelector("#roomVerdict .outcome")).getText()).isEqualTo("GO");
        assertThat(phone.find(By.cssSelector("#myVerdict .outcome")).getText())
            .as("the first phone answered yes to a military partner").isEqualTo(i == 0 ? "NO-GO" : "GO");
        assertThat(phone.find(By.cssSelector("#whatHappened .outcome")).getText()).isEqualTo("GO");
        assertThat(phone.find(By.id("whatHappened")).getText()).contains("lettuce");
      }
      phones.get(0).screenshot("workshop-phone-comparison");

      // The code no longer joins.
      Browser late = phones.get(4);
      late.open("join.xhtml");
      late.type(By.id("join:code"), code);
      late.click(By.id("join:submit"));
      waitFor(late, By.id("join"), "No open workshop has this code");
    } finally {
      phones.forEach(Browser::close);
    }
  }

  private static void answerOnPhone(Browser phone, String label) {
    phone.click(By.xpath("//*[@data-question='" + FIRST + "']//label[normalize-space()='" + label + "']"));
    phone.click(By.id("room:save"));
    phone.waitForText(By.id("room:status"), "Saved");
  }

  private void putAnswer(String token, String question, Object value) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(base.toString().endsWith("/") ? base.toString() : base + "/").resolve("api/v1/workshops/room/answers/" + question))
        .header("Content-Type", "application/json")
        .header("Cookie", RoomCookie.NAME + "=" + token)
        .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("value", AnswerJson.toJson(value)).build().toString()))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(question + ": " + response.body()).isEqualTo(200);
  }
}
