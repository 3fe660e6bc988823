package io.shopfloor.it.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, driven by its own chromedriver: nothing is downloaded),
 * with a fresh profile and HOME so runs never share state.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path home;

    public Browser() {
        try {
            home = Files.createTempDirectory("shopfloor-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString()))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000", "--user-data-dir=" + home.resolve("profile"));
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Runs a script in the page (a PrimeFaces widget's API, say), with {@code arguments[0]}… bound. */
    public Object javascript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits until PrimeFaces has no ajax request queued or running and the page is loaded. */
    public void waitForAjax() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty()"
                        + " && (!window.jQuery || jQuery.active === 0)));")));
    }

    /**
     * Waits until an element found before an ajax update has been replaced by it. Chromium reports a
     * replaced node either as stale or, at times, as a node that "does not belong to the document":
     * both mean it is gone (Selenium's own staleness check knows only the first).
     */
    public void waitUntilReplaced(WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /**
     * Picks an item of a PrimeFaces select one menu as a keyboard user does: open it, arrow to the
     * item, Enter; then waits until the menu shows it. (Clicks on items of the opening panel proved
     * unreliable while its animation runs.)
     */
    public void choose(String menuId, String itemLabel) {
        choose(menuId, itemLabel::equals, "'" + itemLabel + "'");
    }

    /** Chooses, as {@link #choose(String, String)}, the first item whose label passes {@code label}. */
    public void choose(String menuId, Predicate<String> label, String wanted) {
        driver.findElement(By.id(menuId)).click();
        By items = By.cssSelector("[id='" + menuId + "_panel'] li.ui-selectonemenu-item");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(items));
        List<String> labels = driver.findElements(items).stream().map(li -> li.getDomAttribute("data-label")).toList();
        int target = -1;
        for (int i = 0; i < labels.size() && target < 0; i++) {
            target = label.test(labels.get(i)) ? i : -1;
        }
        if (target < 0) {
            throw new IllegalArgumentException(menuId + " offers no " + wanted + ", only " + labels);
        }
        int current = 0;
        List<WebElement> shown = driver.findElements(items);
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getDomAttribute("class").contains("ui-state-highlight")) {
                current = i;
            }
        }
        // Keys sent while the panel still slides open may go unheard: wait until it stands.
        waiting().until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d).executeScript(
                "return !!(window.jQuery && jQuery(document.getElementById(arguments[0])).is(':animated'));", menuId + "_panel")));
        // A menu whose choice the server answers (and may refuse, showing the old choice again) is done when that answer
        // has come; any other when it shows the item.
        ((JavascriptExecutor) driver).executeScript("window.sfAnswered = false;"
                + " if (window.jQuery) { jQuery(document).one('pfAjaxComplete', function () { window.sfAnswered = true; }); }");
        Actions keys = new Actions(driver);
        for (int step = current; step != target; step += Integer.signum(target - current)) {
            keys.sendKeys(target > current ? Keys.ARROW_DOWN : Keys.ARROW_UP);
        }
        // The item already chosen: the menu is closed as it is (Enter straight after opening may go unheard).
        keys.sendKeys(target == current ? Keys.ESCAPE : Keys.ENTER).perform();
        String chosen = labels.get(target);
        By menuLabel = By.id(menuId + "_label");
        waiting().ignoring(StaleElementReferenceException.class).until(d -> chosen.equals(d.findElement(menuLabel).getText())
                || Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.sfAnswered === true;")));
        waitForAjax();
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Saves what the browser shows, for a failing test's report. */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
