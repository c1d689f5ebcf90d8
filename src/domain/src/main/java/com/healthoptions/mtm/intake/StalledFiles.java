package com.healthoptions.mtm.intake;

import java.util.List;

/**
 * Files that have stopped moving: not terminal, held by nobody, idle longer than the threshold. Up to
 * 100 are counted and named (ids only: keys can carry names); the oldest one's idle time in seconds.
 */
public record StalledFiles(long count, long oldestIdleSeconds, List<Long> fileIds) {

    public StalledFiles {
        fileIds = List.copyOf(fileIds);
    }
}
