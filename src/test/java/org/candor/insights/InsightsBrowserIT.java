package org.candor.insights;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.net.URL;
import org.candor.testing.Api;
import org.candor.testing.Browser;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** A department head opens the insights page from the navigation, changes the period, downloads. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InsightsBrowserIT {

  @ArquillianResource URL base;

  @Test
  void aHeadReadsTheirDepartmentsInsights() {
    Api admin = new Api(base).asAdmin();
    Api.Reply generated = admin.post("api/v1/insights/synthetic-departments", Json.createObjectBuilder()
        .add("name", Api.unique("Informatics")).add("teams", 6).add("assessments", 240).add("seed", 3)
        .add("questionnaires", Json.createArrayBuilder().add("quick-screen")).build());
    assertThat(generated.status()).as(generated.text()).isEqualTo(201);
    long department = generated.json().getJsonNumber("departmentId").longValue();
    String username = Api.unique("head");
    Api.Reply head = admin.post("api/v1/accounts", Json.createObjectBuilder().add("username", username).add("displayName", "Hana Head")
        .add("password", "head-password-1").add("roles", Json.createArrayBuilder().add("DEPARTMENT_HEAD")).build());
    assertThat(admin.put("api/v1/organisation/departments/" + department + "/heads/" + head.json().getJsonNumber("id"),
        JsonValue.EMPTY_JSON_OBJECT).status()).isEqualTo(204);

    try (Browser b = new Browser(base)) {
      b.open("login.xhtml").signIn(username, "head-password-1");
      b.waitForUrl("app/home.xhtml");
      b.click(By.id("nav:insights"));
      b.waitForUrl("app/insights.xhtml");
      assertThat(b.find(By.id("threshold")).getText()).contains("Threshold k = 5");
      assertThat(b.find(By.id("outcomes")).getText()).isEqualTo("Outcomes per quarter");
      assertThat(b.find(By.id("exportXlsx")).getAttribute("href")).contains("/insights/export.xlsx?questionnaire=quick-screen");
      b.driver().manage().window().setSize(new Dimension(1280, 4200)); // the whole page in one picture
      b.screenshot("insights");

      b.type(By.id("from"), "2026-Q9");
      b.click(By.id("show"));
      b.waitForText(By.id("from-error"), "Write a quarter as 2026-Q1");
      b.screenshot("insights-bad-period");
    }
  }
}
