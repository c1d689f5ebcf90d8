package com.healthoptions.mtm.files;

import java.util.List;

/**
 * The outcome of loading one reference file. {@code rejections} is capped by the loader (the counts
 * are not); a file whose bad rows exceed the threshold is {@link Status#REJECTED} and nothing of it is
 * applied.
 */
public record ReferenceFileResult(Status status, long rowsRead, long rowsApplied, long rowsRejected,
        List<RowRejection> rejections, String message) {

    public enum Status { APPLIED, REJECTED }

    public ReferenceFileResult {
        rejections = List.copyOf(rejections);
    }
}
