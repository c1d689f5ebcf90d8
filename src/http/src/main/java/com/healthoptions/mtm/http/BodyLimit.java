package com.healthoptions.mtm.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over {@code mtm.http.max-body-bytes} (default 1 MB) with a 413 problem before they are
 * parsed. Vert.x's own limit ({@code quarkus.http.limits.max-body-size}) stays higher as the last guard:
 * its bare 413 has no problem body.
 */
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "mtm.http.max-body-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBody(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            return Problem.response(413, "Payload Too Large",
                    "The request body is larger than " + maxBytes + " bytes.");
        }
        return null;
    }
}
