package com.healthoptions.mtm.program.cms;

import java.util.List;

/**
 * One member's record: the fixed-width line when every edit passed, else no line and the failures (the
 * member is listed in the validation report, never silently left out). Warnings do not hold a record back.
 */
public record CmsRecord(String memberId, String line, List<CmsEdit> failures, List<CmsEdit> warnings) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
