package no.samskap.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.samskap.SamskapIntegrationTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser journey: the whole application (the shared integration-test context, demo users) plus a fresh Chromium
 * page per test, injected as a {@link com.microsoft.playwright.Page} parameter. Name the class
 * {@code <Journey>BrowserIT}; log in with {@link DemoLogin}, check each page with {@link Accessibility}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SamskapIntegrationTest
@ExtendWith(BrowserExtension.class)
public @interface BrowserJourney {}
