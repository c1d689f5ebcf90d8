package com.healthoptions.mtm.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over {@code mtm.http.max-body-bytes} (default 1 MB) with a 413 problem before they are
 * parsed: first by the declared {@code Content-Length}, then by the bytes actually received, since a chunked
 * body (API Gateway's events reach Vert.x as one) declares no length. Vert.x's own limit
 * ({@code quarkus.http.limits.max-body-size}) stays higher as the last guard: its bare 413 has no problem body.
 */
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "mtm.http.max-body-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversizedBody(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            return tooLarge();
        }
        return null;
    }

    /** Runs once the body has been received: counts it, and hands the resource the same bytes. */
    @ServerRequestFilter(readBody = true)
    public Response refuseOversizedReceivedBody(ContainerRequestContext request) throws IOException {
        if (!mayCarryBody(request)) {
            return null;
        }
        byte[] received = readAtMost(request.getEntityStream(), maxBytes + 1);
        if (received.length > maxBytes) {
            return tooLarge();
        }
        request.setEntityStream(new ByteArrayInputStream(received));
        return null;
    }

    /** Up to {@code limit} bytes of {@code in}: never more is held, whatever the body's real size. */
    static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }

    private static boolean mayCarryBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.hasEntity()
                || request.getHeaderString("Transfer-Encoding") != null;
    }

    private Response tooLarge() {
        return Problem.response(413, "Payload Too Large", "The request body is larger than " + maxBytes + " bytes.");
    }
}
