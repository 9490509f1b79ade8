package no.samskap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test a fresh {@link BrowserContext} and {@link Page} (no cookies from other tests) in the JVM's one
 * {@link Chromium}, with the base URL of the running application, so tests write {@code page.navigate("/login")}.
 * Declare a {@link Page} parameter on the test method. On failure a full-page screenshot goes to
 * {@code target/browser-screenshots/}.
 */
public class BrowserExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(BrowserExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final double TIMEOUT_MS = 15_000;

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser browser = chromium(context).browser();
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("nb-NO")
                .setTimezoneId("Europe/Oslo")
                .setViewportSize(1280, 900));
        browserContext.setDefaultTimeout(TIMEOUT_MS);
        browserContext.setDefaultNavigationTimeout(TIMEOUT_MS);
        Page page = browserContext.newPage();
        store(context).put(BrowserContext.class, browserContext);
        store(context).put(Page.class, page);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserContext browserContext = store(context).remove(BrowserContext.class, BrowserContext.class);
        Page page = store(context).remove(Page.class, Page.class);
        if (browserContext == null) {
            return;
        }
        try {
            if (page != null && context.getExecutionException().isPresent()) {
                Path file = Path.of("target", "browser-screenshots", context.getUniqueId().replaceAll("[^A-Za-z0-9._-]+", "_") + ".png");
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                log.warn("browser test failed on {}; screenshot in {}", page.url(), file.toAbsolutePath());
            }
        } catch (RuntimeException e) {
            log.warn("could not take a screenshot of the failed browser test", e);
        } finally {
            browserContext.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Object value = store(context).get(type);
        if (value == null) {
            throw new IllegalStateException("no browser " + type.getSimpleName() + " for " + context.getDisplayName());
        }
        return value;
    }

    private static Chromium chromium(ExtensionContext context) {
        // The root store lives as long as the JUnit run and closes (AutoCloseable) the browser at its end.
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, k -> new Chromium(), Chromium.class);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE.append(context.getUniqueId()));
    }
}
