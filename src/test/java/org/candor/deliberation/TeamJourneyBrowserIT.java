package org.candor.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.candor.testing.Api;
import org.candor.testing.Browser;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lab team journey in a real browser: a lead and two members answer the institution
 * questionnaire (the partner question disappears while the partner is military), the lead closes
 * round 1, the team sees its divergence, discusses, settles the consensus (a stale editor is told),
 * records dissent, reads the recommendation, ticks a condition, finishes, downloads the PDF report
 * and re-opens the assessment as a new version. One member's browser is closed mid-questionnaire.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamJourneyBrowserIT {

  @ArquillianResource URL base;

  private static By question(String id) {
    return By.cssSelector("[data-question='" + id + "']");
  }

  private static By option(String questionId, String label) {
    return By.xpath("//*[@data-question='" + questionId + "']//label[normalize-space()='" + label + "']");
  }

  private static By consensusOption(String label) {
    return By.xpath("//form[@id='consensusForm']//label[normalize-space()='" + label + "']");
  }

  private void signIn(Browser b, Team.Member who) {
    b.driver().manage().deleteAllCookies();
    b.open("login.xhtml");
    b.signIn(who.username(), Team.PASSWORD);
    b.waitForUrl("app/home.xhtml");
  }

  @Test
  void aTeamWalksTheWholeJourney() throws Exception {
    Team team = new Team(base);
    String title = Api.unique("Crowd counting with the city");
    String assessmentUrl;
    try (Browser b = new Browser(base)) {
      // The lead starts the assessment for the team.
      signIn(b, team.lead);
      b.click(By.id("myAssessments"));
      b.waitForUrl("app/assessments.xhtml");
      b.click(By.id("create:submit"));
      b.waitForText(By.id("create"), "Give the project a title");
      b.type(By.id("create:title"), title);
      b.type(By.id("create:description"), "Counting people in public squares from city cameras.");
      new Select(b.find(By.id("create:questionnaireId"))).selectByVisibleText("Institution partner check (1.0.0)");
      Select teams = new Select(b.find(By.id("create:teamId")));
      teams.selectByIndex(teams.getOptions().size() - 1);
      b.screenshot("journey-01-create");
      b.click(By.id("create:submit"));
      b.waitForUrl("app/assessment.xhtml");
      assessmentUrl = b.driver().getCurrentUrl().substring(b.driver().getCurrentUrl().indexOf("app/assessment.xhtml"));
      b.waitForText(By.id("participants"), "Alice Member");
      assertThat(b.find(By.id("actions:closeRound")).isEnabled()).as("nobody has submitted yet").isFalse();
      b.screenshot("journey-02-overview");

      // Alice answers; the partner question appears only once the partner is not military.
      signIn(b, team.alice);
      b.open(assessmentUrl);
      b.click(By.id("answer"));
      b.waitForUrl("app/answer.xhtml");
      b.find(question("partner_kind"));
      b.click(option("military_partner", "Yes"));
      b.waitForText(By.id("answer:questions:0:status"), "Saved");
      new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(question("partner_kind")));
      b.click(option("military_partner", "No"));
      b.find(question("partner_kind"));
      b.click(option("partner_kind", "A state-owned company"));
      b.waitForText(By.id("answer:questions:1:status"), "Saved");
      b.screenshot("journey-03-answering");
      b.click(By.id("answer:submit"));
      b.click(By.id("answer:confirmYes"));
      b.waitForUrl("app/assessment.xhtml");
      b.waitForText(By.id("submittedNote"), "You have submitted your answers");
    }

    // Bob's browser closes mid-questionnaire; his answer is there when he comes back.
    try (Browser b = new Browser(base)) {
      signIn(b, team.bob);
      b.open(assessmentUrl.replace("assessment.xhtml", "answer.xhtml"));
      b.click(option("military_partner", "No"));
      b.waitForText(By.id("answer:questions:0:status"), "Saved");
    }
    try (Browser b = new Browser(base)) {
      b.driver().manage().window().setSize(new Dimension(390, 844));
      signIn(b, team.bob);
      b.open(assessmentUrl);
      b.click(By.id("answer"));
      b.find(question("partner_kind"));
      assertThat(b.driver().findElement(By.cssSelector("[data-question='military_partner'] input[value='no']")).isSelected())
          .as("the answer given before the browser closed is kept").isTrue();
      b.click(option("partner_kind", "A private company"));
      b.waitForText(By.id("answer:questions:1:status"), "Saved");
      b.type(By.cssSelector("[data-question='notes'] textarea"), "They sell to police forces too.");
      b.waitForText(By.id("answer:questions:2:status"), "Saved");
      b.screenshot("journey-04-answering-phone");
      b.click(By.id("answer:submit"));
      b.click(By.id("answer:confirmYes"));
      b.waitForUrl("app/assessment.xhtml");
    }

    try (Browser b = new Browser(base)) {
      // The lead sees who submitted and closes round 1.
      signIn(b, team.lead);
      b.open(assessmentUrl);
      b.waitForText(By.id("participants"), "Bob Member");
      assertThat(b.find(By.id("participants")).getText()).doesNotContain("state-owned").doesNotContain("private company");
      b.click(By.id("actions:closeRound"));
      b.click(By.id("actions:confirmYes"));
      b.waitForText(By.id("status"), "Round 2");

      // The divergence puts the disputed partner question first.
      b.click(By.id("toDivergence"));
      b.waitForUrl("app/divergence.xhtml");
      String divergence = b.find(By.id("questions")).getText();
      assertThat(divergence.indexOf("What kind of organisation")).isLessThan(divergence.indexOf("Is the partner a military"));
      assertThat(divergence).contains("100% disagreement").contains("A state-owned company");
      assertThat(b.find(By.id("members")).getText()).contains("Alice Member").contains("GO WITH CONDITIONS").contains("Bob Member");
      b.screenshot("journey-05-divergence");

      // Alice writes in the partner question's thread and records dissent later.
      String questionUrl = assessmentUrl.replace("assessment.xhtml", "question.xhtml") + "&q=partner_kind";
      signIn(b, team.alice);
      b.open(questionUrl);
      b.type(By.id("thread:body"), "The city owns the partner outright.");
      b.click(By.id("thread:send"));
      b.waitForText(By.id("thread"), "owns the partner outright");

      // The lead settles both questions; a stale edit is refused and shows the current answer.
      signIn(b, team.lead);
      b.open(assessmentUrl.replace("assessment.xhtml", "question.xhtml") + "&q=military_partner");
      b.click(consensusOption("No"));
      b.type(By.id("consensusForm:rationale"), "Nobody found a military tie.");
      b.click(By.id("consensusForm:save"));
      b.waitForText(By.id("current"), "Nobody found a military tie.");

      b.open(questionUrl);
      b.click(consensusOption("A private company"));
      b.type(By.id("consensusForm:rationale"), "Privatised last year.");
      long assessmentId = Long.parseLong(assessmentUrl.replaceAll(".*id=(\\d+).*", "$1"));
      Api.Reply elsewhere = team.lead.api().put("api/v1/assessments/" + assessmentId + "/deliberation/consensus/partner_kind",
          Json.createObjectBuilder().add("value", "state_owned").add("rationale", "The city controls the board.").build());
      assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(200);
      b.click(By.id("consensusForm:save"));
      b.waitForText(By.id("consensusForm"), "Someone changed the team's answer while you were editing");
      assertThat(b.find(By.id("current")).getText()).contains("A state-owned company").contains("The city controls the board.");
      assertThat(b.find(By.id("consensusForm:rationale")).getAttribute("value")).isEqualTo("The city controls the board.");
      b.screenshot("journey-06-consensus-conflict");

      signIn(b, team.alice);
      b.open(questionUrl);
      b.type(By.id("dissentForm:statement"), "It was privatised last year; the city has no say.");
      b.click(By.id("dissentForm:record"));
      b.waitForText(By.id("dissents"), "the city has no say");
      b.screenshot("journey-07-question");

      // The recommendation follows the consensus; the lead ticks a condition and finishes.
      signIn(b, team.lead);
      b.open(assessmentUrl.replace("assessment.xhtml", "recommendation.xhtml"));
      b.waitForText(By.id("outcome"), "GO WITH CONDITIONS");
      assertThat(b.find(By.id("reason")).getText()).isEqualTo("The partner could steer the work.");
      b.find(By.cssSelector("#radar canvas"));
      b.click(By.cssSelector("#conditions [id$='done'] .ui-chkbox-box"));
      b.waitForText(By.id("messages"), "Saved: Agree in writing");
      b.type(By.cssSelector("#conditions input[id$='note']"), "Signed on 3 March");
      b.find(By.id("reason")).click();
      b.waitForText(By.id("messages"), "Saved: Agree in writing");
      ((JavascriptExecutor) b.driver()).executeScript("window.scrollTo(0, 0)");
      b.screenshot("journey-08-recommendation");
      b.click(By.id("finish:finishButton"));
      b.click(By.id("finish:confirmYes"));
      b.waitForText(By.id("messages"), "The assessment is finished.");

      // The report a review board files.
      String cookie = b.driver().manage().getCookieNamed("JSESSIONID").getValue();
      String pdfUrl = b.find(By.id("reportPdf")).getAttribute("href");
      HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(pdfUrl)).header("Cookie", "JSESSIONID=" + cookie).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).isEqualTo(200);
      String text;
      try (var document = Loader.loadPDF(pdf.body())) {
        text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      }
      assertThat(text)
          .contains(title)
          .contains("institution-check 1.0.0")
          .contains("GO WITH CONDITIONS")
          .contains("The city controls the board.")
          .contains("Alice Member: It was privatised last year; the city has no say.")
          .contains("[x] Agree in writing")
          .contains("Signed on 3 March");
      b.open(assessmentUrl);
      b.waitForText(By.id("status"), "Finished");
      b.screenshot("journey-09-finished");

      // Something changed: the lead re-opens it as version 2; version 1 and its outcome stay visible.
      b.click(By.id("actions:reopen"));
      b.waitForText(By.tagName("h1"), "version 2");
      assertThat(b.find(By.id("versions")).getText()).contains("Version 1").contains("GO WITH CONDITIONS").contains("Version 2");
      b.screenshot("journey-10-new-version");
    }
  }
}
