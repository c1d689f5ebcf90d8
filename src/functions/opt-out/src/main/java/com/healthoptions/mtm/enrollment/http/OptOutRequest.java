package com.healthoptions.mtm.enrollment.http;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /members/{memberId}/opt-out}; the body itself is optional. */
@RegisterForReflection
@Schema(name = "OptOutRequest")
public record OptOutRequest(
        @Schema(nullable = true, enumeration = {"01", "02", "03", "99"}, defaultValue = "03",
                description = "CMS opt-out reason (absent or null: 03). 03 (beneficiary request) is the member's own; 01 death, "
                        + "02 disenrollment and 99 other are for staff only.")
        String reason,
        @Schema(nullable = true, format = "date", description = "Staff only: the day the opt-out took effect (a death or "
                + "disenrollment learned late), YYYY-MM-DD, not in the future and in the current or previous plan "
                + "year; recorded on that day's plan year. A member sending it gets 403. Default: today.")
        String effectiveDate) {
}
