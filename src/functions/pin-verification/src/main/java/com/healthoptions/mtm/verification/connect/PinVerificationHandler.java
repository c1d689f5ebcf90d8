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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PinContactFlow flow;

    public PinVerificationHandler(PinContactFlow flow) {
        this.flow = flow;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] body = input.readNBytes(ContactFlowEventReader.MAX_EVENT_BYTES + 1);
        Map<String, String> answer = flow.handle(ContactFlowEventReader.read(body));
        output.write(JSON.writeValueAsBytes(answer));
    }
}
