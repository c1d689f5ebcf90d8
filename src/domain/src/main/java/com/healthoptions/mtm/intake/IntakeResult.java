package com.healthoptions.mtm.intake;

/**
 * What one invocation did with one object. {@link Status#CONTINUE}: the file is checkpointed and needs
 * another invocation; {@link Status#IN_PROGRESS}: another invocation holds it; {@link Status#IGNORED}:
 * the intake's own output (reports/, outreach/).
 */
public record IntakeResult(String key, Status status, Long fileId, String reportKey) {

    public enum Status { APPLIED, REJECTED, DUPLICATE, CONTINUE, IN_PROGRESS, IGNORED }
}
