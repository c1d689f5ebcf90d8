package com.healthoptions.mtm.enrollment.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.healthoptions.mtm.enrollment.EnrollmentActor;
import com.healthoptions.mtm.enrollment.EnrollmentChange;
import com.healthoptions.mtm.enrollment.OptOutReason;
import com.healthoptions.mtm.enrollment.OptOutService;
import com.healthoptions.mtm.http.InvalidRequestException;
import com.healthoptions.mtm.http.RequestChecks;
import com.healthoptions.mtm.http.openapi.HttpContractFilter;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The member portal's opt-out: read the enrollment, opt out with a CMS reason, opt back in. Order of checks:
 * verified claims (401), member id shape (400), who may act on whom (403), body (400/403), member (404).
 */
@Path("/members/{memberId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MTM enrollment", description = "A member's MTM enrollment, opt-out and opt-back-in")
@SecurityScheme(securitySchemeName = "portalJwt", type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Portal token, verified by the API Gateway JWT authorizer. Members "
                + "carry their member id in a claim (default member_id); staff carry the scope mtm/staff.")
@SecurityRequirement(name = "portalJwt")
@APIResponse(responseCode = "400", description = "Malformed member id, body or Idempotency-Key")
@APIResponse(responseCode = "401", description = "No verified token claims (the function), or no valid token "
        + "(API Gateway's authorizer)",
        extensions = @Extension(name = HttpContractFilter.ANSWERED_BY, value = HttpContractFilter.FUNCTION_AND_API_GATEWAY))
@APIResponse(responseCode = "403", description = "A member acting on another member id (nothing is said about "
        + "whether it exists), or a member choosing a staff-only reason")
@APIResponse(responseCode = "404", description = "No such member")
@APIResponse(responseCode = "503", description = "The database cannot be reached for now; nothing was changed; "
        + "retry after Retry-After seconds")
public class OptOutResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7e]{1,255}$");

    private final OptOutService optOuts;
    private final PortalIdentity identity;
    private final ObjectMapper json;

    public OptOutResource(OptOutService optOuts, PortalIdentity identity, ObjectMapper json) {
        this.optOuts = optOuts;
        this.identity = identity;
        this.json = json;
    }

    @GET
    @Path("enrollment")
    @Operation(operationId = "getEnrollment", summary = "The member's MTM enrollment for the current plan year")
    @APIResponse(responseCode = "200", description = "Current state", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    public Uni<EnrollmentView> enrollment(@RestPath String memberId, @Context APIGatewayV2HTTPEvent event) {
        EnrollmentActor actor = authorize(event, memberId);
        return optOuts.status(memberId, actor, PortalIdentity.requestId(event)).map(EnrollmentView::of);
    }

    @POST
    @Path("opt-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "optOut", summary = "Opt the member out of MTM for the current plan year",
            description = "Recorded even when the member is not (yet) enrolled, so intake does not enroll them this "
                    + "plan year. Opting out again changes nothing and keeps the first date and reason.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OptOutRequest.class)))
    @APIResponse(responseCode = "200", description = "The enrollment after the opt-out", headers = @Header(
            name = REPLAYED, description = "true when this is the stored answer to an earlier request with the same key",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used for a different request")
    public Uni<Response> optOut(@RestPath String memberId,
            @Parameter(description = "Makes a retry safe: the same key returns the same answer and changes nothing")
            @RestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context APIGatewayV2HTTPEvent event, String body) {
        EnrollmentActor actor = authorize(event, memberId);
        Optional<String> key = idempotencyKey(idempotencyKey);
        OptOutRequest request = request(body);
        OptOutReason reason = reason(request);
        LocalDate effective = effectiveDate(request);
        return optOuts.optOut(memberId, reason, effective, actor, PortalIdentity.requestId(event), key)
                .map(OptOutResource::answer);
    }

    @DELETE
    @Path("opt-out")
    @Operation(operationId = "optBackIn", summary = "Opt the member back in",
            description = "Enrolled again at once when eligible today; otherwise NOT_ENROLLED until an eligibility "
                    + "run finds them eligible. Without an opt-out nothing changes.")
    @APIResponse(responseCode = "200", description = "The enrollment after opting back in", headers = @Header(
            name = REPLAYED, description = "true when this is the stored answer to an earlier request with the same key",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.BOOLEAN)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EnrollmentView.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used for a different request")
    public Uni<Response> optBackIn(@RestPath String memberId,
            @Parameter(description = "Makes a retry safe: the same key returns the same answer and changes nothing")
            @RestHeader(IDEMPOTENCY_KEY) String idempotencyKey,
            @Context APIGatewayV2HTTPEvent event) {
        EnrollmentActor actor = authorize(event, memberId);
        Optional<String> key = idempotencyKey(idempotencyKey);
        return optOuts.optBackIn(memberId, actor, PortalIdentity.requestId(event), key).map(OptOutResource::answer);
    }

    private EnrollmentActor authorize(APIGatewayV2HTTPEvent event, String memberId) {
        // Claims first: without them nothing else about the request is answered.
        PortalCaller caller = identity.caller(event);
        List<String> errors = new ArrayList<>();
        RequestChecks.memberId(memberId, errors);
        RequestChecks.throwIfAny(errors);
        return caller.actingOn(memberId);
    }

    private static Optional<String> idempotencyKey(String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!KEY.matcher(value).matches()) {
            throw new InvalidRequestException(IDEMPOTENCY_KEY + " must be 1-255 visible ASCII characters");
        }
        return Optional.of(value);
    }

    private OptOutRequest request(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, OptOutRequest.class);
        } catch (JsonProcessingException e) {
            throw new MalformedBody(e);
        }
    }

    /** Null (today) when absent; staff only, checked by the service; a day it may take effect on. */
    private LocalDate effectiveDate(OptOutRequest request) {
        if (request == null || request.effectiveDate() == null) {
            return null;
        }
        List<String> errors = new ArrayList<>();
        LocalDate day = RequestChecks.optionalDate("effectiveDate", request.effectiveDate(), errors);
        if (day != null) {
            OptOutService.effectiveDateProblem(day, optOuts.today()).ifPresent(errors::add);
        }
        RequestChecks.throwIfAny(errors);
        return day;
    }

    private OptOutReason reason(OptOutRequest request) {
        if (request == null || request.reason() == null) {
            return OptOutReason.BENEFICIARY_REQUEST;
        }
        return OptOutReason.ofCode(request.reason()).orElseThrow(() -> new InvalidRequestException(
                "reason must be one of 01 (death), 02 (disenrollment), 03 (beneficiary request), 99 (other)"));
    }

    private static Response answer(EnrollmentChange change) {
        Response.ResponseBuilder response = Response.ok(EnrollmentView.of(change.state()));
        if (change.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    /** Carries Jackson's error to the shared problem mapper, which names where the JSON broke. */
    static final class MalformedBody extends RuntimeException {
        MalformedBody(JsonProcessingException cause) {
            super(cause);
        }
    }
}
