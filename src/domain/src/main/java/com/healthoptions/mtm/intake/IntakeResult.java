package com.healthoptions.mtm.intake;

/**
 * What one invocation did with one object. {@link Status#CONTINUE}: the file is checkpointed and needs
 * another invocation; {@link Status#IN_PROGRESS}: another live invocation holds it (or another version of
 * its key), so this delivery must be retried later; {@link Status#FAILED}: the file is a poison file,
 * stopped for good with a report; {@link Status#SUPERSEDED}: a newer version of the key was applied first,
 * this one was not; {@link Status#IGNORED}: nothing to do (the intake's own output, a folder, a key that
 * cannot be decoded).
 */
public record IntakeResult(String key, Status status, Long fileId, String reportKey) {

    public enum Status { APPLIED, REJECTED, DUPLICATE, CONTINUE, IN_PROGRESS, FAILED, SUPERSEDED, IGNORED }
}
