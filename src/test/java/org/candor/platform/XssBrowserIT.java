package org.candor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.candor.testing.Api;
import org.candor.testing.Browser;
import org.candor.testing.CandorDeployment;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Script payloads in every free-text field a person fills — titles, descriptions, answers, thread
 * posts, consensus rationales, dissent, condition notes, names of departments, teams, accounts and
 * tokens, workshop pseudonyms — and in every text of a questionnaire and a case
 * (src/test/resources/institution-surveys/xss-check.yaml and xss-case.yaml), then every page that
 * shows them opened in headless Chromium. No payload may run, the Content-Security-Policy may
 * refuse nothing (a refusal means the markup got into the page), no template syntax may be
 * evaluated, and some of the payloads must be seen as the text they are.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssBrowserIT {

  /** Each payload, if it ever ran, sets window.xssRan to its own name. */
  static final List<String> CORPUS = List.of(
      "<script>window.xssRan='u1'</script>",
      "<img src=x onerror=\"window.xssRan='u2'\">",
      "<svg onload=window.xssRan='u3'>",
      "<svg><script>window.xssRan='u4'</script></svg>",
      "\"><img src=x onerror=window.xssRan='u5'>",
      "'><svg/onload=window.xssRan='u6'>",
      "javascript:window.xssRan='u7'",
      "<a href=\"javascript:window.xssRan='u8'\">u8</a>",
      "</script><script>window.xssRan='u9'</script>",
      "</textarea><img src=x onerror=window.xssRan='u10'>",
      "</title><script>window.xssRan='u11'</script>",
      "';window.xssRan='u12';'",
      "\";window.xssRan=\"u13\";\"",
      "\\\";window.xssRan='u14';//",
      "{\"a\":\"</script><script>window.xssRan='u15'</script>\"}",
      "<details open ontoggle=window.xssRan='u16'>",
      "<input autofocus onfocus=window.xssRan='u17'>",
      "<iframe srcdoc=\"<script>parent.xssRan='u18'</script>\">",
      "<math><mtext><table><mglyph><style><img src=x onerror=window.xssRan='u19'>",
      "<object data=\"javascript:window.xssRan='u20'\">",
      "<base href=\"https://evil.example/\"><link rel=stylesheet href=\"https://evil.example/u21.css\">",
      "#{1373*1999} ${1373*1999} {{1373*1999}} <%= 1373*1999 %>",
      "#{facesContext.externalContext.redirect('https://evil.example/')}",
      "\uFF1Cscript\uFF1Ewindow.xssRan='u24'\uFF1C/script\uFF1E",
      "&lt;script&gt;window.xssRan='u25'&lt;/script&gt;",
      "\\u003cscript\\u003ewindow.xssRan='u26'\\u003c/script\\u003e",
      "%3Cscript%3Ewindow.xssRan='u27'%3C/script%3E",
      "line\u2028separator\u2029';window.xssRan='u28';'",
      "{{constructor.constructor('window.xssRan=\"u29\"')()}}",
      "<noscript><p title=\"</noscript><img src=x onerror=window.xssRan='u30'>\">");

  /** What the template syntax in the corpus and the questionnaire would show if it were evaluated. */
  private static final String EVALUATED = String.valueOf(1373 * 1999);

  private static final String JOINED = String.join("\n", CORPUS);
  private static final String QUESTIONNAIRE = "xss-check";
  private static final String CASE = "xss-case";
  private static final String QUESTIONNAIRE_TITLE = "XSS check <script>window.xssRan=\"questionnaire title\"</script>";
  private static final String RISKY_LABEL =
      "Risky \";window.xssRan=\"option risky\";\" </script><script>window.xssRan='option risky 2'</script>";
  private static final String DIMENSION_LABEL = "Exposure </script><script>window.xssRan='dimension label'</script>";

  @ArquillianResource URL base;

  /**
   * Looks at the page a browser shows: no payload ran (window.xssRan is unset), Chromium's console
   * has no Content-Security-Policy refusal and no uncaught script error since the last look, no
   * template was evaluated, and the texts expected literally are there.
   */
  private static final class Guard {
    private final Browser browser;
    private int consoleSeen;

    Guard(Browser browser) {
      this.browser = browser;
    }

    void check(String page, String... shownLiterally) {
      try {
        // autofocus, ontoggle and failed images fire just after the load event
        Thread.sleep(400);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      Object ran = ((JavascriptExecutor) browser.driver())
          .executeScript("return window.xssRan === undefined ? null : String(window.xssRan);");
      List<String> console = browser.console();
      List<String> fresh = console.subList(consoleSeen, console.size());
      consoleSeen = console.size();
      String text = browser.text();
      assertThat(ran).as(page + ": a payload ran").isNull();
      assertThat(fresh.stream().filter(m -> m.contains("Content Security Policy") || m.contains("Uncaught")).toList())
          .as(page + ": refused or failing scripts in the console").isEmpty();
      assertThat(text).as(page + ": template syntax was evaluated").doesNotContain(EVALUATED);
      for (String literal : shownLiterally) {
        assertThat(text).as(page + ": shown as text").contains(literal);
      }
    }
  }

  private static JsonObject json(Object... keysAndValues) {
    var builder = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object value = keysAndValues[i + 1];
      if (value instanceof Number n) {
        builder.add((String) keysAndValues[i], n.longValue());
      } else if (value instanceof Boolean b) {
        builder.add((String) keysAndValues[i], b);
      } else if (value instanceof jakarta.json.JsonValue v) {
        builder.add((String) keysAndValues[i], v);
      } else {
        builder.add((String) keysAndValues[i], (String) value);
      }
    }
    return builder.build();
  }

  private static void accepted(Api.Reply reply) {
    assertThat(reply.status()).as(reply.text()).isBetween(200, 299);
  }

  private static void signIn(Browser b, String username, String password) {
    b.driver().manage().deleteAllCookies();
    b.open("login.xhtml");
    b.signIn(username, password);
    b.waitForUrl("app/home.xhtml");
  }

  @Test
  void theGuardSeesARefusedPayloadOneThatRanAndAnEvaluatedTemplate() {
    Browser b = new Browser(base);
    Guard guard = new Guard(b);
    JavascriptExecutor js = (JavascriptExecutor) b.driver();
    b.open("login.xhtml");
    guard.check("the login page");

    // Markup that got into a page unescaped: the policy refuses its handler, and the guard notices.
    js.executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0]);", CORPUS.get(1));
    new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> !b.policyViolations().isEmpty());
    assertThat(js.executeScript("return window.xssRan === undefined;")).as("the policy stopped it").isEqualTo(true);
    assertThatThrownBy(() -> guard.check("a page with injected markup"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("refused or failing scripts");

    // A payload that got past the policy (written into a script that carries the nonce) runs: the guard notices.
    js.executeScript("window.xssRan = 'probe';");
    assertThatThrownBy(() -> guard.check("a page where a payload ran"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("a payload ran");

    js.executeScript("delete window.xssRan; document.body.append(arguments[0]);", EVALUATED);
    assertThatThrownBy(() -> guard.check("a page with an evaluated template"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("template syntax was evaluated");

    // And every browser test fails on a refusal when its browser closes.
    assertThatThrownBy(b::close).isInstanceOf(AssertionError.class).hasMessageContaining("Content-Security-Policy violations");
  }

  @Test
  void aTeamsHostileTextsAreShownAsTextOnEveryAssessmentPage() {
    Team team = new Team(base, Api.unique("Dept") + " " + CORPUS.get(0), "Team " + CORPUS.get(4),
        "Lena " + CORPUS.get(1), "Alice " + CORPUS.get(15), "Bob " + CORPUS.get(9));
    Api lead = team.lead.api();
    accepted(new Api(base).post("api/v1/auth/token",
        json("username", team.lead.username(), "password", Team.PASSWORD, "name", CORPUS.get(8))));
    for (String payload : CORPUS) {
      accepted(lead.post("api/v1/assessments", json("title", payload, "questionnaireId", QUESTIONNAIRE)));
    }
    String title = Api.unique("Hostile") + " " + CORPUS.get(3);
    String bobsText = String.join(" ", CORPUS.get(9), CORPUS.get(11), CORPUS.get(14));

    try (Browser b = new Browser(base)) {
      Guard guard = new Guard(b);
      // The lead starts the assessment through the form.
      signIn(b, team.lead.username(), Team.PASSWORD);
      guard.check("home, signed in with a hostile name", "Lena " + CORPUS.get(1));
      b.open("app/assessments.xhtml");
      b.type(By.id("create:title"), title);
      b.type(By.id("create:description"), JOINED);
      new Select(b.find(By.id("create:questionnaireId"))).selectByValue(QUESTIONNAIRE);
      new Select(b.find(By.id("create:teamId"))).selectByValue(String.valueOf(team.id));
      b.click(By.id("create:submit"));
      b.waitForUrl("app/assessment.xhtml");
      String assessmentUrl = b.driver().getCurrentUrl().substring(b.driver().getCurrentUrl().indexOf("app/assessment.xhtml"));
      long id = Long.parseLong(assessmentUrl.replaceAll(".*id=(\\d+).*", "$1"));
      guard.check("the new assessment", title, CORPUS.get(0), CORPUS.get(20), "Alice " + CORPUS.get(15));

      // Alice answers through the API, Bob through the answer page.
      Api alice = team.alice.api();
      accepted(alice.put("api/v1/assessments/" + id + "/answers/hostile_choice", json("value", "risky")));
      accepted(alice.put("api/v1/assessments/" + id + "/answers/hostile_text", json("value", JOINED)));
      accepted(alice.post("api/v1/assessments/" + id + "/submission", json()));

      signIn(b, team.bob.username(), Team.PASSWORD);
      b.open(assessmentUrl.replace("assessment.xhtml", "answer.xhtml"));
      guard.check("the answer page", "Prompt <img src=x onerror=\"window.xssRan='question prompt'\">",
          "Calm <b>bold</b> ';window.xssRan='option calm';'", RISKY_LABEL);
      b.click(By.xpath("//*[@data-question='hostile_choice']//label[starts-with(normalize-space(),'Calm')]"));
      b.waitForText(By.id("answer:questions:0:status"), "Saved");
      b.type(By.cssSelector("[data-question='hostile_text'] textarea"), bobsText);
      b.waitForText(By.id("answer:questions:1:status"), "Saved");
      guard.check("the answer page after saving");
      b.open(assessmentUrl.replace("assessment.xhtml", "answer.xhtml"));
      assertThat(b.find(By.cssSelector("[data-question='hostile_text'] textarea")).getAttribute("value"))
          .as("the saved text comes back as it was typed").isEqualTo(bobsText);
      guard.check("the answer page, reloaded");
      b.click(By.id("answer:submit"));
      b.click(By.id("answer:confirmYes"));
      b.waitForUrl("app/assessment.xhtml");

      // Round 2: posts, consensus, dissent and a condition note, through the API and the question page.
      accepted(lead.post("api/v1/assessments/" + id + "/round-one/close", json()));
      for (String payload : CORPUS) {
        accepted(alice.post("api/v1/assessments/" + id + "/deliberation/questions/hostile_choice/posts", json("body", payload)));
      }
      accepted(lead.put("api/v1/assessments/" + id + "/deliberation/consensus/hostile_choice",
          json("value", "risky", "rationale", JOINED)));
      accepted(lead.put("api/v1/assessments/" + id + "/deliberation/consensus/hostile_text",
          json("value", CORPUS.get(13), "rationale", CORPUS.get(12))));
      accepted(alice.post("api/v1/assessments/" + id + "/deliberation/questions/hostile_choice/dissent",
          json("statement", JOINED)));
      accepted(lead.put("api/v1/assessments/" + id + "/deliberation/conditions/hostile_condition",
          json("done", true, "note", JOINED)));

      String questionUrl = assessmentUrl.replace("assessment.xhtml", "question.xhtml") + "&q=hostile_text";
      b.open(questionUrl);
      guard.check("the text question, as Bob");
      b.type(By.id("thread:body"), CORPUS.get(17));
      b.click(By.id("thread:send"));
      b.waitForText(By.id("thread"), CORPUS.get(17));
      b.type(By.id("dissentForm:statement"), CORPUS.get(18));
      b.click(By.id("dissentForm:record"));
      b.waitForText(By.id("dissents"), CORPUS.get(18));
      guard.check("the text question after Bob's post and dissent", CORPUS.get(17), CORPUS.get(18));

      signIn(b, team.lead.username(), Team.PASSWORD);
      guard.check("the lead's home");
      b.open("app/assessments.xhtml");
      guard.check("the list of assessments", CORPUS.get(0), CORPUS.get(8), CORPUS.get(23), title);
      b.open(assessmentUrl);
      guard.check("the assessment in round 2", title, "Bob " + CORPUS.get(9));
      b.open(assessmentUrl.replace("assessment.xhtml", "question.xhtml") + "&q=hostile_choice");
      guard.check("the choice question's thread, consensus and dissent", CORPUS.get(0), CORPUS.get(9), CORPUS.get(16), RISKY_LABEL);
      b.open(questionUrl);
      guard.check("the text question", CORPUS.get(13), CORPUS.get(12), CORPUS.get(17));
      b.open(assessmentUrl.replace("assessment.xhtml", "divergence.xhtml"));
      guard.check("the divergence", CORPUS.get(9), "Alice " + CORPUS.get(15));
      b.open(assessmentUrl.replace("assessment.xhtml", "recommendation.xhtml"));
      b.find(By.cssSelector("#radar canvas"));
      guard.check("the recommendation",
          "Reason <math><mtext><table><mglyph><style><img src=x onerror=window.xssRan='rule reason'>",
          "Condition <a href=\"javascript:window.xssRan='condition text'\">link</a>", DIMENSION_LABEL);
      assertThat(b.find(By.cssSelector("#conditions input[id$='note']")).getAttribute("value"))
          .as("the condition's note, in its field").contains(CORPUS.get(21), CORPUS.get(29));
      b.open("app/account.xhtml");
      guard.check("my account, with a hostile token name", CORPUS.get(8));
    }
  }

  @Test
  void aHostileWorkshopIsShownAsTextOnThePresenterPhonesAndSummary() {
    Api admin = new Api(base).asAdmin();
    List<String> pseudonyms = CORPUS.stream().filter(p -> p.length() <= 40).toList();
    try (Browser presenter = new Browser(base); Browser phone = new Browser(base)) {
      Guard onScreen = new Guard(presenter);
      Guard onPhone = new Guard(phone);
      signIn(presenter, "admin", CandorDeployment.ADMIN_PASSWORD);
      presenter.open("app/workshops.xhtml");
      onScreen.check("the workshops page");
      new Select(presenter.find(By.id("create:caseId"))).selectByValue(CASE);
      presenter.click(By.id("create:submit"));
      presenter.waitForUrl("app/presenter.xhtml");
      long workshopId = Long.parseLong(presenter.driver().getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
      presenter.waitForText(By.id("feedStatus"), "Live");
      String code = presenter.find(By.id("joinCode")).getText();
      onScreen.check("the presenter view", "Case <script>window.xssRan='case title'</script>");

      // One phone joins through the form with a hostile pseudonym and answers there.
      phone.open("join.xhtml");
      onPhone.check("the join page");
      phone.type(By.id("join:code"), code);
      phone.type(By.id("join:pseudonym"), pseudonyms.get(0));
      phone.click(By.id("join:submit"));
      phone.waitForUrl("room.xhtml");
      onPhone.check("the room", pseudonyms.get(0), "Prompt <img src=x onerror=\"window.xssRan='question prompt'\">", RISKY_LABEL);
      phone.click(By.xpath("//*[@data-question='hostile_choice']//label[starts-with(normalize-space(),'Risky')]"));
      phone.click(By.id("room:save"));
      phone.waitForText(By.id("room:status"), "Saved");

      // Four more join with hostile pseudonyms through the API, so that the distribution can be shown.
      for (int i = 1; i <= 4; i++) {
        Api room = Api.withCookies(base);
        accepted(room.post("api/v1/workshops/room/join", json("code", code, "pseudonym", pseudonyms.get(i))));
        accepted(room.put("api/v1/workshops/room/answers/hostile_choice", json("value", i % 2 == 0 ? "calm" : "risky")));
      }
      Api.Reply revealed = admin.post("api/v1/workshops/" + workshopId + "/questions/hostile_choice/reveal", json());
      accepted(revealed);
      By bars = By.cssSelector("[data-tally='hostile_choice'] .bar-label");
      new WebDriverWait(presenter.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBeMoreThan(bars, 1));
      onScreen.check("the presenter with the pushed distribution", RISKY_LABEL, "5");

      Api.Reply ended = admin.post("api/v1/workshops/" + workshopId + "/end", json());
      accepted(ended);
      phone.find(By.id("room:ended"));
      onPhone.check("the room after the end, with the case's outcome",
          "What happened <details open ontoggle=window.xssRan='what happened'>x</details>");
      presenter.open("app/workshop-summary.xhtml?id=" + workshopId);
      onScreen.check("the workshop summary", "Case <script>window.xssRan='case title'</script>",
          "What happened <details open ontoggle=window.xssRan='what happened'>x</details>");
    }
  }

  @Test
  void insightsAndAdministrationShowHostileNamesAsText() {
    Api admin = new Api(base).asAdmin();
    String departmentName = Api.unique("Synthetic") + " " + CORPUS.get(10);
    Api.Reply synthetic = admin.post("api/v1/insights/synthetic-departments", json(
        "name", departmentName, "teams", 2, "assessments", 40, "seed", 9, "membersPerTeam", 5,
        "questionnaires", Json.createArrayBuilder().add(QUESTIONNAIRE).build()));
    accepted(synthetic);
    long departmentId = synthetic.json().getJsonNumber("departmentId").longValue();
    Team team = new Team(base, Api.unique("Dept") + " " + CORPUS.get(5), "Team " + CORPUS.get(6),
        "Lena " + CORPUS.get(2), "Alice " + CORPUS.get(19), "Bob " + CORPUS.get(26));

    try (Browser b = new Browser(base)) {
      Guard guard = new Guard(b);
      signIn(b, "admin", CandorDeployment.ADMIN_PASSWORD);
      b.open("app/insights.xhtml?department=" + departmentId + "&questionnaire=" + QUESTIONNAIRE);
      b.find(By.cssSelector("#scoresChart canvas"));
      guard.check("insights on the hostile questionnaire", DIMENSION_LABEL);
      b.open("admin/accounts.xhtml");
      guard.check("the accounts", team.lead.displayName(), team.bob.displayName());
      b.open("admin/organisation.xhtml");
      guard.check("departments and teams", departmentName, "Team " + CORPUS.get(6));
      b.open("admin/questionnaires.xhtml");
      guard.check("the questionnaires", QUESTIONNAIRE_TITLE);
      b.open("api.html");
      b.find(By.cssSelector(".swagger-ui .info"));
      guard.check("the API browser");
    }
  }
}
