package no.samskap.katalog.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import no.samskap.SamskapIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The fragments the catalog page includes (it is another package's page): the "Lagre filter" form and the list of
 * links to saved filters, rendered by the application's template engine through a test page.
 */
@SamskapIntegrationTest
class FilterFragmenterIT {

    @Autowired
    SpringTemplateEngine templates;

    @Test
    void rendersTheSaveFormWithALabelledNameFieldAndTheQueryStringHidden() {
        Document html = render(Map.of("sporring", "navEnhet=0315&q=jobb", "lagredeFiltre", List.of()));

        var form = html.selectFirst("form.lagre-filter");
        assertThat(form).isNotNull();
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/katalog/filtre");
        assertThat(form.selectFirst("input[type=hidden][name=sporring]").attr("value")).isEqualTo("navEnhet=0315&q=jobb");
        var navn = form.selectFirst("input[name=navn]");
        assertThat(html.selectFirst("label[for=" + navn.id() + "]").text()).isEqualTo("Navn på filteret");
        assertThat(form.selectFirst("button[type=submit]").text()).isEqualTo("Lagre filter");
    }

    @Test
    void listsTheSavedFiltersAsCatalogLinksAndMarksTheDefault() {
        var filtre = List.of(
                new LagretFilter(UUID.randomUUID(), "Unge i Oslo", "navEnhet=0315", true, 0, Instant.now()),
                new LagretFilter(UUID.randomUUID(), "Jobbklubber", "q=jobbklubb&sortering=NAVN", false, 0, Instant.now()));

        Document html = render(Map.of("sporring", "", "lagredeFiltre", filtre));

        var nav = html.selectFirst("nav.lagrede-filtre");
        assertThat(nav.attr("aria-label")).isEqualTo("Lagrede filtre");
        var lenker = nav.select("li a");
        assertThat(lenker.eachAttr("href")).containsExactly("/katalog?navEnhet=0315", "/katalog?q=jobbklubb&sortering=NAVN");
        assertThat(lenker.eachText()).containsExactly("Unge i Oslo", "Jobbklubber");
        assertThat(nav.select("li").get(0).text()).contains("(standard)");
        assertThat(nav.select("li").get(1).text()).doesNotContain("(standard)");
        assertThat(nav.select("a[href=/katalog/filtre]")).hasSize(1);
    }

    private Document render(Map<String, Object> model) {
        var servletContext = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(new MockHttpServletRequest(servletContext), new MockHttpServletResponse());
        var context = new WebContext(exchange, Locale.forLanguageTag("nb-NO"), model);
        return Jsoup.parse(templates.process("katalog/filter-fragmenter-prove", context));
    }
}
