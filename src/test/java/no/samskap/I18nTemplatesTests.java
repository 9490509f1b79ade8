package no.samskap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.samskap.shared.ProblemCode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * All visible text comes from the message bundles: fails on literal text in templates that Thymeleaf does not
 * replace, on message keys used in templates or problem codes that no bundle defines, and on bundles Spring does not
 * load.
 */
class I18nTemplatesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");
    private static final Set<String> REPLACING = Set.of(
            "th:text", "th:utext", "th:replace", "th:insert", "th:errors", "th:remove");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document doc = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : doc.getAllElements()) {
                if (replacedByThymeleaf(element) || "script".equals(element.tagName()) || "style".equals(element.tagName())) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String t = text.text().strip();
                    if (t.codePoints().anyMatch(Character::isLetter) && !t.startsWith("<!")) {
                        problems.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + t + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("literal text in templates; use th:text with a message key").isEmpty();
    }

    @Test
    void everyLiteralMessageKeyExists() throws IOException {
        Properties all = allMessages();
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(template));
            while (m.find()) {
                if (!all.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing in i18n/*.properties").isEmpty();
    }

    @Test
    void everyProblemCodeHasAMessage() throws IOException {
        Properties all = allMessages();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(ProblemCode.class));
        Set<String> missing = new TreeSet<>();
        int enums = 0;
        for (BeanDefinition definition : scanner.findCandidateComponents("no.samskap")) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
            if (!type.isEnum()) {
                continue;
            }
            enums++;
            for (Object constant : type.getEnumConstants()) {
                String code = ((ProblemCode) constant).code();
                if (!all.containsKey(code)) {
                    missing.add(type.getSimpleName() + "." + constant + ": " + code);
                }
            }
        }
        assertThat(enums).as("ProblemCode enums found").isGreaterThan(3);
        assertThat(missing).as("problem codes without a message in i18n/*.properties").isEmpty();
    }

    @Test
    void everyBundleIsRegistered() throws IOException {
        String config = Files.readString(Path.of("src/main/resources/application.yml"));
        List<String> unregistered = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                String name = "i18n/" + bundle.getFileName().toString().replaceFirst("(_[a-z]{2})?\\.properties$", "");
                if (!Pattern.compile("[:,]\\s*" + Pattern.quote(name) + "\\s*(,|$)", Pattern.MULTILINE).matcher(config).find()) {
                    unregistered.add(name);
                }
            }
        }
        assertThat(unregistered).as("bundles missing from spring.messages.basename").isEmpty();
    }

    private static Properties allMessages() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                try (InputStream in = Files.newInputStream(bundle);
                        Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                    all.load(reader);
                }
            }
        }
        return all;
    }

    private static boolean replacedByThymeleaf(Element element) {
        // the page's <html th:replace="~{layout/layout :: page(...)}"> inserts its <main> into the layout, so the
        // root element does not count
        for (Element e = element; e != null && !"html".equals(e.tagName()); e = e.parent()) {
            for (String attr : REPLACING) {
                if (e.hasAttr(attr)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
