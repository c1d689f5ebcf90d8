package com.healthoptions.mtm.verification.connect;

import java.util.Map;
import java.util.Set;

/**
 * The parts of Amazon Connect's {@code ContactFlowEvent} this function reads. Values are as received,
 * unchecked; {@link PinContactFlow} validates them.
 *
 * @param customerAddress {@code Details.ContactData.CustomerEndpoint.Address}, null when the endpoint is
 *     missing or null (withheld caller id)
 * @param channel {@code Details.ContactData.Channel} (VOICE, CHAT, TASK, ...)
 * @param parameters the string-valued {@code Details.Parameters}
 * @param nonStringParameters names of parameters whose value was not a string
 * @param topLevel the string-valued top-level properties (a staff operation's fields; Connect sends none)
 */
public record ContactFlowEvent(String name, String contactId, String initiationMethod, String channel,
        String customerAddress, String customerEndpointType, Map<String, String> parameters,
        Set<String> nonStringParameters, Map<String, String> topLevel) {

    @Override
    public String toString() {
        return "ContactFlowEvent[contact=" + contactId + "]";
    }
}
