package no.samskap.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.samskap.shared.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Page controllers: something asked for does not exist → the 404 error page (rendered by {@link ErrorPages}), not a
 * 500. Access denied already becomes the 403 page through Spring Security. For API controllers {@link ApiProblems}
 * answers; should this advice come first, {@link ErrorPages} still answers {@code /api/} with problem JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
