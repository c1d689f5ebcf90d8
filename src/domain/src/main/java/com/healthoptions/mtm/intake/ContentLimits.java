package com.healthoptions.mtm.intake;

/**
 * What the intake reads of one file at most, so that no file can take the instance's memory: bytes per
 * field, fields per row, bytes per line for the reference loaders, and decompressed bytes per compressed
 * byte (beyond a first allowance, so that small files with a large gzip header overhead pass).
 */
public record ContentLimits(int maxFieldBytes, int maxFields, int maxLineBytes, long maxExpansion,
        long expansionAllowanceBytes) {

    public ContentLimits {
        if (maxFieldBytes < 1 || maxFields < 1 || maxLineBytes < 1 || maxExpansion < 1 || expansionAllowanceBytes < 0) {
            throw new IllegalArgumentException("intake content limits must be positive");
        }
    }
}
