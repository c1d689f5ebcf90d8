package com.healthoptions.mtm.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.healthoptions.mtm.db.DatabaseOutage;
import com.healthoptions.mtm.eligibility.NoCriteriaException;
import com.healthoptions.mtm.eligibility.UnknownMemberException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into {@code application/problem+json}. Bad input is a 4xx; only our own faults
 * are 5xx, and their detail says nothing about the request's data. A database outage (see
 * {@link DatabaseOutage}) is a 503 with {@code Retry-After}, so a client can tell a pause from a bug (500).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Seconds a client should wait after a 503 (config {@code mtm.http.retry-after-seconds}). */
    static final String RETRY_AFTER_KEY = "mtm.http.retry-after-seconds";
    static final int DEFAULT_RETRY_AFTER_SECONDS = 30;

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e) {
        return Problem.response(400, "Invalid request", "The request breaks the API contract.", e.errors());
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return Problem.response(400, "Malformed JSON", describe(e));
    }

    // Quarkus ships mappers for these two; ours are more specific, so every JSON error is a problem.
    @ServerExceptionMapper
    public Response unparsableJson(JsonParseException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return malformedJson(e);
    }

    @ServerExceptionMapper
    public Response unknownMember(UnknownMemberException e) {
        return Problem.response(404, "Unknown member", e.getMessage());
    }

    @ServerExceptionMapper
    public Response noCriteria(NoCriteriaException e) {
        return Problem.response(404, e.planKnown() ? "No criteria for that plan year" : "Unknown plan", e.getMessage());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Request not accepted";
        String detail = switch (status) {
            case 404 -> "No such resource.";
            case 405 -> "That method is not allowed on this resource.";
            case 413 -> "The request body is too large.";
            case 415 -> "Send application/json.";
            case 406 -> "This API answers in application/json.";
            default -> title;
        };
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json);
        }
        return Problem.response(status, title, detail);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e);
        }
        // Class name only: an exception message could echo request data.
        LOG.errorf("Unhandled %s", e.getClass().getName());
        LOG.debug("Unhandled failure", e);
        return Problem.response(500, "Internal error", "The request could not be completed; it has not been applied.");
    }

    /**
     * The database could not be reached, gave no connection in time, lost the connection or ran a statement
     * over its limit: nothing about the request is wrong, so say when to try again. Logged with class names
     * and SQLSTATE only.
     */
    Response databaseUnavailable(Throwable e) {
        LOG.warnf("Database unavailable: %s", DatabaseOutage.describe(e));
        return Response.fromResponse(Problem.response(503, "Service unavailable",
                        "The service's database is not answering. Try again after the number of seconds in Retry-After;"
                                + " repeating the request is safe."))
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds())).build();
    }

    static int retryAfterSeconds() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(RETRY_AFTER_KEY, Integer.class)
                    .filter(seconds -> seconds > 0).orElse(DEFAULT_RETRY_AFTER_SECONDS);
        } catch (IllegalStateException noConfig) {
            return DEFAULT_RETRY_AFTER_SECONDS;
        }
    }

    /** Where the JSON broke (field path and position), without echoing its values. */
    private static String describe(JsonProcessingException e) {
        StringBuilder sb = new StringBuilder("The body is not valid JSON for this request");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            sb.append(" at field '").append(mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[")).append('\'');
        }
        if (e.getLocation() != null) {
            sb.append(" (line ").append(e.getLocation().getLineNr()).append(", column ")
                    .append(e.getLocation().getColumnNr()).append(')');
        }
        return sb.append('.').toString();
    }
}
