package no.samskap.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.samskap.shared.BusinessRuleViolation;
import no.samskap.shared.FieldViolation;
import no.samskap.shared.InvalidInput;
import no.samskap.shared.NotFound;
import no.samskap.shared.StaleVersion;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a JSON API request into an RFC 9457 problem detail with a stable {@code code} and a bokmål
 * {@code detail}. Never a stack trace or personal data in the body.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        var errors = e.violations().stream().map(this::error).toList();
        return problem(HttpStatus.BAD_REQUEST, "ugyldig-input", text("problem.ugyldig-input"), errors);
    }

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleViolation e) {
        String detail = text(e.problem().code(), e.args().toArray());
        List<Map<String, @Nullable Object>> errors = e.field() == null
                ? List.of()
                : List.of(error(new FieldViolation(e.field(), e.problem(), e.args())));
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, e.problem().code(), detail, errors);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "ikke-funnet", text("problem.ikke-funnet"), List.of());
    }

    @ExceptionHandler({StaleVersion.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> stale(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "endret-av-andre", text("problem.endret-av-andre"), List.of());
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        log.info("unique key clash: {}", e.getClass().getSimpleName());
        return problem(HttpStatus.CONFLICT, "finnes-allerede", text("problem.finnes-allerede"), List.of());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "ingen-tilgang", text("problem.ingen-tilgang"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        var error = Map.<String, @Nullable Object>of(
                "field", e.getName(), "code", "ugyldig-format", "message", text("problem.ugyldig-format"));
        return problem(HttpStatus.BAD_REQUEST, "ugyldig-input", text("problem.ugyldig-input"), List.of(error));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return fromBinding(e);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.BAD_REQUEST, "ugyldig-json", text("problem.ugyldig-json"), List.of()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var error = Map.<String, @Nullable Object>of(
                "field", e.getParameterName(), "code", "paakrevd", "message", text("problem.paakrevd"));
        return cast(problem(HttpStatus.BAD_REQUEST, "ugyldig-input", text("problem.ugyldig-input"), List.of(error)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.METHOD_NOT_ALLOWED, "metode-ikke-tillatt", text("problem.metode-ikke-tillatt"), List.of()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotSupported(
            HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "ugyldig-mediatype", text("problem.ugyldig-mediatype"), List.of()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return cast(problem(HttpStatus.NOT_FOUND, "ikke-funnet", text("problem.ikke-funnet"), List.of()));
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<Object> bind(BindException e) {
        return fromBinding(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected error in API request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "intern-feil", text("problem.intern-feil"), List.of());
    }

    private ResponseEntity<Object> fromBinding(BindException e) {
        List<Map<String, @Nullable Object>> errors = new ArrayList<>();
        e.getFieldErrors().forEach(fe -> {
            String code = fe.isBindingFailure() ? "ugyldig-format" : codeOf(fe.getCode());
            String message = fe.isBindingFailure()
                    ? text("problem.ugyldig-format")
                    : messages.getMessage(new DefaultMessageSourceResolvable(fe.getCodes(), fe.getArguments(), fe.getDefaultMessage()), NB);
            errors.add(Map.of("field", fe.getField(), "code", code, "message", message));
        });
        e.getGlobalErrors().forEach(ge -> errors.add(Map.of(
                "code", codeOf(ge.getCode()),
                "message", messages.getMessage(ge, NB))));
        return cast(problem(HttpStatus.BAD_REQUEST, "ugyldig-input", text("problem.ugyldig-input"), errors));
    }

    private static String codeOf(@Nullable String constraint) {
        if (constraint == null) {
            return "ugyldig";
        }
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "paakrevd";
            case "Size", "Min", "Max", "Positive", "PositiveOrZero" -> "utenfor-grense";
            case "Email" -> "ugyldig-epost";
            case "Pattern" -> "ugyldig-format";
            default -> constraint;
        };
    }

    private Map<String, @Nullable Object> error(FieldViolation v) {
        var map = new java.util.LinkedHashMap<String, @Nullable Object>();
        if (v.field() != null) {
            map.put("field", v.field());
        }
        map.put("code", v.problem().code());
        map.put("message", text(v.problem().code(), v.args().toArray()));
        return map;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, NB);
    }

    static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String code, String detail, List<? extends Map<String, ?>> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("urn:samskap:problem:" + code));
        body.setTitle(status.getReasonPhrase());
        body.setProperty("code", code);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
