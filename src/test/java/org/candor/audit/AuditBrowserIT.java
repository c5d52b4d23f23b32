package org.candor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.candor.testing.Browser;
import org.candor.testing.CandorDeployment;
import org.candor.testing.Team;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An administrator browses, pages and filters the audit log in a real browser (axe-audited). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT {

  @ArquillianResource URL base;

  private static List<String> column(Browser b, String cssClass) {
    return b.driver().findElements(By.cssSelector("#log\\:entries ." + cssClass)).stream().map(WebElement::getText).toList();
  }

  @Test
  void anAdministratorPagesAndFiltersTheAuditLog() {
    // Two teams make more than a page of entries: accounts, tokens, departments, teams, enrolments.
    Team first = new Team(base);
    new Team(base);
    try (Browser b = new Browser(base)) {
      b.open("login.xhtml");
      b.signIn("admin", CandorDeployment.ADMIN_PASSWORD);
      b.waitForUrl("app/home.xhtml");
      b.click(By.id("nav:audit"));
      b.waitForUrl("admin/audit.xhtml");
      b.waitForText(By.id("log:entries"), "account.login");
      assertThat(column(b, "audit-action")).hasSize(25);
      String newest = column(b, "audit-time").get(0);
      b.screenshot("audit-log");

      b.click(By.cssSelector("#log\\:entries .ui-paginator-next"));
      new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20))
          .until(ExpectedConditions.textToBe(By.cssSelector("#log\\:entries .ui-paginator-page.ui-state-active"), "2"));
      assertThat(column(b, "audit-time").get(0)).as("older entries on page 2").isLessThanOrEqualTo(newest);

      b.type(By.id("action"), "team.enrol");
      b.type(By.id("objectId"), String.valueOf(first.id));
      b.click(By.id("filter"));
      b.waitForUrl("action=team.enrol");
      b.waitForText(By.id("log:entries"), "team.enrol");
      assertThat(column(b, "audit-action")).containsExactly("team.enrol", "team.enrol", "team.enrol");
      assertThat(column(b, "audit-actor")).containsOnly("admin");
      assertThat(column(b, "audit-detail")).anyMatch(d -> d.equals("account " + first.alice.id() + " as MEMBER"));

      b.type(By.id("from"), "yesterday");
      b.click(By.id("filter"));
      b.waitForText(By.id("from-error"), "is not a date");
      assertThat(b.driver().findElements(By.id("log:entries"))).as("nothing listed for a filter not understood").isEmpty();
    }
  }
}
