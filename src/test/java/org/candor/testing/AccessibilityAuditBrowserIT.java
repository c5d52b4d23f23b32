package org.candor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The audit every browser test relies on finds what it should, so a green suite means something. */
class AccessibilityAuditBrowserIT {

  @Test
  void aPageWithAnUnlabelledFieldAndAnImageWithoutTextFailsTheTest() throws Exception {
    Browser browser = new Browser(new URL("http://127.0.0.1/"));
    browser.driver().get(page("<main><img src='x.png'><input type='text'></main>"));

    assertThat(browser.text()).isEmpty();
    assertThatThrownBy(browser::close)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("image-alt")
        .hasMessageContaining("label");
  }

  @Test
  void aPageThatMeetsTheRulesPasses() throws Exception {
    Browser browser = new Browser(new URL("http://127.0.0.1/"));
    browser.driver().get(page("<main><h1>Fine</h1><label for='f'>Name</label><input id='f' type='text'></main>"));

    assertThat(browser.text()).contains("Fine");
    browser.close();
  }

  private static String page(String body) {
    String html = "<!DOCTYPE html><html lang='en'><head><title>Audit check</title></head><body>" + body + "</body></html>";
    return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
