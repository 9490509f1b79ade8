package no.samskap.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Everything that ends in the servlet container's error dispatch ({@code /error}): unknown paths, errors from
 * filters, exceptions no advice handled. Requests under {@code /api/} get RFC 9457 problem JSON like the rest of the
 * API; pages get a bokmål error page in the layout (404, 403, 500, other 4xx). Never a stack trace, never whitelabel.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPages implements ErrorController {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping
    Object error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        if (isApi(request)) {
            return problem(status, originalPath(request));
        }
        response.setStatus(status.value());
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("tekstnokkel", textKey(status));
        return page;
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String path) {
        String code = switch (status) {
            case NOT_FOUND -> "ikke-funnet";
            case FORBIDDEN -> "ingen-tilgang";
            case UNAUTHORIZED -> "ikke-innlogget";
            case METHOD_NOT_ALLOWED -> "metode-ikke-tillatt";
            case UNSUPPORTED_MEDIA_TYPE -> "ugyldig-mediatype";
            default -> status.is5xxServerError() ? "intern-feil" : "ugyldig-foresporsel";
        };
        String detail = messages.getMessage("problem." + code, null, "problem." + code, NB);
        ResponseEntity<ProblemDetail> problem = ApiProblems.problem(status, code, detail, List.of());
        // The path asked for, not /error (the error dispatch's own path).
        Objects.requireNonNull(problem.getBody()).setInstance(URI.create(path));
        return problem;
    }

    private static String textKey(HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            return "feilside.404";
        }
        if (status == HttpStatus.FORBIDDEN || status == HttpStatus.UNAUTHORIZED) {
            return "feilside.403";
        }
        return status.is5xxServerError() ? "feilside.500" : "feilside.400";
    }

    private static HttpStatus status(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code) {
            HttpStatus status = HttpStatus.resolve(code);
            if (status != null && status.isError()) {
                return status;
            }
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // /error requested directly: there is no such page.
        return HttpStatus.NOT_FOUND;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String s ? s : request.getRequestURI();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = originalPath(request);
        String prefix = request.getContextPath() + "/api/";
        return path.startsWith(prefix) || path.equals(request.getContextPath() + "/api");
    }
}
