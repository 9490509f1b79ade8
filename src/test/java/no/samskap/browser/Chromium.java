package no.samskap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one headless Chromium of the test JVM: Debian's {@code chromium} (or {@code SAMSKAP_CHROMIUM}) driven by
 * Playwright for Java, which never downloads browsers of its own. Created on first use by {@link BrowserExtension}
 * and closed when the JUnit run ends.
 */
public final class Chromium implements AutoCloseable {

    static final String EXECUTABLE_ENV = "SAMSKAP_CHROMIUM";
    static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";
    static final List<String> ARGS = List.of(
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-gpu");

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        Path executable = executable();
        this.playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    Browser browser() {
        return browser;
    }

    static Path executable() {
        String configured = System.getenv(EXECUTABLE_ENV);
        Path path = Path.of(configured != null && !configured.isBlank() ? configured : DEFAULT_EXECUTABLE);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The browser tests need Chromium at " + path
                    + ": install Debian's chromium (apt-get install chromium) or set " + EXECUTABLE_ENV
                    + " to a Chromium binary.");
        }
        return path;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
