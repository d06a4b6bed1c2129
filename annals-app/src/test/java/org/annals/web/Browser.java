package org.annals.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, pointed at one Annals server. Finds
 * the browser at {@code -Dannals.chromium} (else {@code /usr/bin/chromium}) and the driver at
 * {@code -Dannals.chromedriver} (else {@code /usr/bin/chromedriver}); skips the calling tests with
 * the fix when either is missing. Screenshots go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final ChromeDriver driver;
  private final String base;

  private Browser(ChromeDriver driver, String base) {
    this.driver = driver;
    this.base = base;
  }

  /**
   * The browser and driver found on this machine, or the tests skipped with how to install them.
   */
  static void requireChromium() {
    Assumptions.assumeTrue(
        chromium().isPresent() && chromedriver().isPresent(),
        "no Chromium for the browser tests: install it with `apt-get install chromium"
            + " chromium-driver` (.ci/run does), or name them with -Dannals.chromium=PATH"
            + " -Dannals.chromedriver=PATH");
  }

  /** A headless browser at 1400×1000 for the server at base (http://host:port/). */
  static Browser open(String base) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium().orElseThrow().toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--lang=en-GB");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver().orElseThrow().toFile())
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options), base);
  }

  private static Optional<Path> chromium() {
    return found(
        System.getProperty("annals.chromium"),
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome");
  }

  private static Optional<Path> chromedriver() {
    return found(System.getProperty("annals.chromedriver"), "/usr/bin/chromedriver");
  }

  private static Optional<Path> found(String... candidates) {
    return Stream.of(candidates)
        .filter(c -> c != null && !c.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** Loads the page afresh at a route (for example {@code #/events?dyad=PRT-MAR}); waits for it. */
  Browser go(String route) {
    driver.get("about:blank");
    driver.get(base + route);
    return waitFor(viewOf(route));
  }

  /** Clicks something that changes the route, then waits until the new view has rendered. */
  Browser follow(WebElement link, String view) {
    Object before = generation();
    link.click();
    waiting().until(d -> !before.equals(generation()));
    return waitFor(view);
  }

  /** Submits a form that changes the route, then waits until the new view has rendered. */
  Browser submit(WebElement form, String view) {
    Object before = generation();
    form.findElement(By.cssSelector("button[type='submit']")).click();
    waiting().until(d -> !before.equals(generation()));
    return waitFor(view);
  }

  private Object generation() {
    return js("return document.getElementById('view').dataset.generation || ''");
  }

  /** Waits until the view has rendered (the shell marks #view data-ready). */
  Browser waitFor(String view) {
    wait(WAIT)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#view[data-view='" + view + "'][data-ready]")));
    return this;
  }

  private static String viewOf(String route) {
    String path = route.replaceFirst("^#/?", "");
    String view = path.split("[/?]", 2)[0];
    return view.isEmpty() ? "search" : view;
  }

  WebDriverWait wait(Duration d) {
    return new WebDriverWait(driver, d);
  }

  WebDriverWait waiting() {
    return wait(WAIT);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Saves a screenshot as target/screenshots/NAME.png. */
  Path screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path to = SCREENSHOTS.resolve(name + ".png");
    Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
    return to;
  }

  /** The console's errors since the last call (CSP violations, failed loads, uncaught errors). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Asserts the console holds no error since the last call. */
  void assertQuietConsole() {
    assertThat(consoleErrors()).as("browser console errors").isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }
}
