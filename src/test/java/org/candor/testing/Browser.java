package org.candor.testing;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, configured so that Selenium Manager never
 * tries to download a browser. Every page it shows is checked with axe-core (see {@link
 * AccessibilityAudit}); closing the browser fails the test if any page had a serious violation, or
 * if the Content-Security-Policy refused anything on any page (Chromium says so in its console).
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final ChromeDriver chrome;
  private final List<String> console = new ArrayList<>();
  private final AccessibilityAudit audit;
  private final String base;
  private final Path profile;

  public Browser(URL base) {
    this(base, "en");
  }

  /** @param acceptLanguage the languages the browser asks for, as in Chromium's settings, e.g. "fr,en" */
  public Browser(URL base, String acceptLanguage) {
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
    try {
      this.profile = Files.createTempDirectory("candor-chromium");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile, "--lang=" + acceptLanguage.split(",")[0]);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    // The accessibility audit runs scripts before each command; an open confirm() must survive them.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
            .build();
    this.chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().implicitlyWait(Duration.ZERO);
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    this.audit = new AccessibilityAudit(chrome);
    this.driver = new EventFiringDecorator<WebDriver>(audit).decorate(chrome);
  }

  public WebDriver driver() {
    return driver;
  }

  public Browser open(String path) {
    driver.get(base + path);
    return this;
  }

  public WebElement find(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** An element that is in the page, seen or not, such as the native input behind a styled radio button. */
  public WebElement present(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  public void type(By by, String text) {
    WebElement field = find(by);
    field.clear();
    field.sendKeys(text);
  }

  public void click(By by) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by)).click();
  }

  public void waitForText(By by, String text) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  public void waitForUrl(String fragment) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(fragment));
  }

  /**
   * Presses Tab until the element has the focus, as a keyboard user would reach it.
   *
   * @param atMost fails when the element needs more presses than this (or is never reached)
   */
  public void tabTo(By by, int atMost) {
    WebElement target = present(by);
    for (int presses = 0; presses < atMost; presses++) {
      if (hasFocus(target)) {
        return;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    if (!hasFocus(target)) {
      throw new AssertionError(by + " was not reached with " + atMost + " presses of Tab");
    }
  }

  private boolean hasFocus(WebElement element) {
    return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return document.activeElement === arguments[0];", element));
  }

  /** Presses keys on whatever has the focus. */
  public void press(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
  }

  public String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void signIn(String username, String password) {
    type(By.id("login:username"), username);
    type(By.id("login:password"), password);
    click(By.id("login:submit"));
  }

  /** Saves a screenshot under target/screenshots, for a person to look at after the run. */
  public void screenshot(String name) {
    try {
      Path dir = Path.of("target", "screenshots");
      Files.createDirectories(dir);
      File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Every message Chromium wrote to the console since this browser started, each beginning with the
   * address of the page or script it came from.
   */
  public List<String> console() {
    for (LogEntry entry : chrome.manage().logs().get(LogType.BROWSER)) {
      console.add(entry.getMessage());
    }
    return List.copyOf(console);
  }

  /** The console messages in which Chromium reports that the Content-Security-Policy refused something. */
  public List<String> policyViolations() {
    return console().stream().filter(message -> message.contains("Content Security Policy")).toList();
  }

  /**
   * Fails when axe-core found a serious or critical violation on any page this browser showed, or
   * when the Content-Security-Policy refused a script, style, image or connection on any of them: a
   * refusal is either Candor breaking its own policy or injected markup.
   */
  @Override
  public void close() {
    List<String> refused;
    try {
      refused = policyViolations();
    } finally {
      driver.quit();
      deleteProfile();
    }
    List<String> violations = audit.violations();
    List<String> failures = new ArrayList<>();
    if (!violations.isEmpty()) {
      failures.add("Accessibility violations (axe-core, WCAG 2.1 AA, serious or critical):\n" + String.join("\n", violations));
    }
    if (!refused.isEmpty()) {
      failures.add("Content-Security-Policy violations:\n" + String.join("\n", refused));
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("\n", failures));
    }
  }

  private void deleteProfile() {
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary profile is harmless.
    }
  }
}
