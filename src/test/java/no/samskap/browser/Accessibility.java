package no.samskap.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import org.opentest4j.AssertionFailedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** axe-core checks of the current page against WCAG 2.1 A and AA. */
public final class Accessibility {

    private static final Logger log = LoggerFactory.getLogger(Accessibility.class);
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {}

    /**
     * Fails on any serious or critical violation, listing rule, help link, element and what to fix; minor and
     * moderate ones are logged as warnings.
     */
    public static void assertAccessible(Page page) {
        // after a form POST the response may still be loading; axe on a half-built document is flaky
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
        List<Rule> failing = results.getViolations().stream()
                .filter(r -> FAILING_IMPACTS.contains(r.getImpact()))
                .toList();
        List<Rule> other = results.getViolations().stream()
                .filter(r -> !FAILING_IMPACTS.contains(r.getImpact()))
                .toList();
        if (!other.isEmpty()) {
            log.warn("{}", describe(page.url(), other, "minor/moderate accessibility violation(s)"));
        }
        if (!failing.isEmpty()) {
            throw new AssertionFailedError(describe(page.url(), failing, "serious/critical accessibility violation(s)"));
        }
    }

    static String describe(String url, List<Rule> rules, String what) {
        var text = new StringBuilder();
        int nodes = rules.stream().mapToInt(r -> r.getNodes().size()).sum();
        text.append(nodes).append(' ').append(what).append(" on ").append(url).append(':');
        for (Rule rule : rules) {
            text.append("\n- [").append(rule.getImpact()).append("] ").append(rule.getId()).append(": ")
                    .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(')');
            for (CheckedNode node : rule.getNodes()) {
                text.append("\n    at ").append(node.getTarget()).append("\n       ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    text.append("\n       ").append(node.getFailureSummary().replace("\n", "\n       "));
                }
            }
        }
        return text.toString();
    }
}
