package org.candor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Runs axe-core on every page a browser test looks at: before the test's first call on a newly
 * loaded document, and on the last page when the browser closes. Serious and critical violations
 * of WCAG 2.1 A and AA are collected and fail the test when the browser closes.
 */
final class AccessibilityAudit implements WebDriverListener {

  /** Marks a document as audited; a navigation replaces the document and so drops the mark. */
  private static final String MARK = "__candorAudited";

  private static final String RUN =
      "const done = arguments[arguments.length - 1];"
          + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
          + ".then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
          + ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
          + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' → ' + (n.failureSummary || '').replace(/\\s+/g, ' '))}))))"
          + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));";

  private final WebDriver unobserved;
  private final String axeSource;
  private final Set<String> violations = new LinkedHashSet<>();
  private int pagesAudited;

  AccessibilityAudit(WebDriver unobserved) {
    this.unobserved = unobserved;
    this.axeSource = readAxe();
  }

  @Override
  public void beforeAnyCall(Object target, Method method, Object[] args) {
    auditIfNew();
  }

  int pagesAudited() {
    return pagesAudited;
  }

  /** The violations found so far, one line each, naming the page. */
  List<String> violations() {
    return new ArrayList<>(violations);
  }

  @SuppressWarnings("unchecked")
  private void auditIfNew() {
    JavascriptExecutor js = (JavascriptExecutor) unobserved;
    try {
      Object state = js.executeScript("return window." + MARK + " ? 'audited' : document.readyState;");
      if (!"complete".equals(state)) {
        return;
      }
      js.executeScript("window." + MARK + " = true;");
      if (!Boolean.TRUE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
        js.executeScript(axeSource);
      }
      List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
      pagesAudited++;
      String page = unobserved.getCurrentUrl();
      for (Map<String, Object> violation : found) {
        violations.add(
            page + ": [" + violation.get("impact") + "] " + violation.get("id") + " — " + violation.get("help")
                + " " + violation.get("nodes"));
      }
    } catch (WebDriverException unavailable) {
      // An alert is open or the window is gone: that page is audited on the next call, or never existed.
    }
  }

  private static String readAxe() {
    String location = System.getProperty("axe.script");
    if (location == null) {
      throw new IllegalStateException("axe.script is not set: run browser tests with 'mvn verify -Pbrowser'.");
    }
    try {
      return Files.readString(Path.of(location));
    } catch (IOException e) {
      throw new UncheckedIOException("axe-core is missing at " + location, e);
    }
  }
}
