package com.healthoptions.mtm.enrollment;

import java.util.Objects;

/**
 * Who asks for an enrollment change: the member themself, or staff (any member, every reason code). The
 * subject is the member id for a member and the token subject for staff; it is what the audit trail names.
 */
public record EnrollmentActor(Role role, String subject) {

    public enum Role { MEMBER, STAFF }

    public EnrollmentActor {
        Objects.requireNonNull(role);
        Objects.requireNonNull(subject);
    }

    public static EnrollmentActor member(String memberId) {
        return new EnrollmentActor(Role.MEMBER, memberId);
    }

    public static EnrollmentActor staff(String subject) {
        return new EnrollmentActor(Role.STAFF, subject);
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    /** The audit_event actor, e.g. {@code member:M1001} or {@code staff:3f2a...}. */
    public String auditName() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + ":" + subject;
    }
}
