package com.healthoptions.mtm.verification.connect;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * What Amazon Connect invokes: a {@code ContactFlowEvent} in, a flat map of strings out. Bytes rather than
 * a bound type, so that no payload can fail before the function has had its say (see
 * {@link ContactFlowEventReader}).
 */
public class PinVerificationHandler implements RequestStreamHandler {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The alias staff invoke for staff operations (PinVerificationStack grants invoke on it, and only it). */
    static final String STAFF_ALIAS = "staff";

    private final PinContactFlow flow;

    public PinVerificationHandler(PinContactFlow flow) {
        this.flow = flow;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] body = input.readNBytes(ContactFlowEventReader.MAX_EVENT_BYTES + 1);
        Map<String, String> answer = flow.handle(ContactFlowEventReader.read(body), viaStaffAlias(context));
        output.write(JSON.writeValueAsBytes(answer));
    }

    /** Lambda names the qualified ARN it was invoked through; a caller cannot choose it without the permission. */
    static boolean viaStaffAlias(Context context) {
        String arn = context == null ? null : context.getInvokedFunctionArn();
        return arn != null && arn.endsWith(":" + STAFF_ALIAS);
    }
}
