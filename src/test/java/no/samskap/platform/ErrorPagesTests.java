package no.samskap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import jakarta.servlet.RequestDispatcher;
import no.samskap.tilgang.Innlogget;
import no.samskap.tilgang.TilgangService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ErrorPages.class)
@Import(Url.class)
@WithMockUser
class ErrorPagesTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TilgangService tilgang;

    @BeforeEach
    void anonymousLayout() {
        when(tilgang.innlogget()).thenReturn(Innlogget.system());
    }

    @Test
    void rendersTheServerErrorPageWithoutExceptionDetails() {
        var result = mvc.get().uri("/error")
                .accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/avtaler/123")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("hemmelig detalj"))
                .exchange();

        assertThat(result).hasStatus(500).hasViewName("error");
        assertThat(result).bodyText()
                .contains("<h1>Noe gikk galt</h1>", "Noe gikk galt hos oss. Prøv igjen senere.", "Feilkode: 500")
                .contains("href=\"#hovedinnhold\"")
                .doesNotContain("hemmelig detalj", "IllegalStateException", "Whitelabel");
    }

    @Test
    void rendersTheForbiddenPage() {
        var result = mvc.get().uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/avtaler/ny")
                .exchange();

        assertThat(result).hasStatus(403);
        assertThat(result).bodyText().contains("Du har ikke tilgang til denne siden.");
    }

    @Test
    void rendersOtherClientErrorsWithAGeneralText() {
        var result = mvc.get().uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/avtaler")
                .exchange();

        assertThat(result).hasStatus(400);
        assertThat(result).bodyText().contains("Forespørselen kunne ikke behandles.");
    }

    @Test
    void answersTheErrorPathItselfWithNotFound() {
        assertThat(mvc.get().uri("/error").exchange()).hasStatus(404);
    }

    @Test
    void answersApiErrorsWithProblemJson() {
        var result = mvc.get().uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/avtaler")
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("hemmelig detalj"))
                .exchange();

        assertThat(result).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("intern-feil");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:samskap:problem:intern-feil");
        assertThat(result).bodyText().doesNotContain("hemmelig detalj");
    }

    @Test
    void answersUnknownApiPathsWithProblemJson() {
        var result = mvc.get().uri("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/finnes-ikke")
                .exchange();

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("ikke-funnet");
        assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/finnes-ikke");
    }
}
