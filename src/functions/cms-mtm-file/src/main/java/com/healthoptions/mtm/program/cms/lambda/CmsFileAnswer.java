package com.healthoptions.mtm.program.cms.lambda;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The handler's answer. {@code status}: BUILT (every contract built or already built), INVALID_INPUT or
 * NO_LAYOUT (nothing built; {@code message} says why). Per contract: COMPLETE, INCOMPLETE (records held
 * back, see the validation report) or ALREADY_BUILT.
 */
@RegisterForReflection
public record CmsFileAnswer(String status, String message, Integer planYear, String buildDate, List<Contract> contracts) {

    @RegisterForReflection
    public record Contract(String contract, String status, String dataKey, String reportKey, long recordsWritten,
            long recordsHeldBack) {
    }

    static CmsFileAnswer refused(String status, String message) {
        return new CmsFileAnswer(status, message, null, null, List.of());
    }
}
