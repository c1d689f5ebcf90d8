package com.healthoptions.mtm.intake;

/** Fired after each committed staging chunk: how far a file's checkpoint has moved. */
public record StagingProgress(long fileId, long rowsRead, long bytesDone) {
}
