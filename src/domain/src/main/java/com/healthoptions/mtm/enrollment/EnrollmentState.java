package com.healthoptions.mtm.enrollment;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;

/**
 * A member's MTM enrollment for one plan year as the portal and the CMS file see it. A member without
 * an enrollment row is {@link EnrollmentStatus#NOT_ENROLLED}.
 */
public record EnrollmentState(String memberId, int planYear, EnrollmentStatus status, LocalDate enrollmentDate,
        LocalDate dateMetCriteria, LocalDate optOutDate, String optOutReason, String reasonTargeted) {

    public static EnrollmentState notEnrolled(String memberId, int planYear) {
        return new EnrollmentState(memberId, planYear, EnrollmentStatus.NOT_ENROLLED, null, null, null, null, null);
    }

    /** The state a row with these columns stands for: an opt-out date wins over an enrollment date. */
    public static EnrollmentState of(String memberId, int planYear, LocalDate enrollmentDate,
            LocalDate dateMetCriteria, LocalDate optOutDate, String optOutReason, String reasonTargeted) {
        EnrollmentStatus status = optOutDate != null ? EnrollmentStatus.OPTED_OUT
                : enrollmentDate != null ? EnrollmentStatus.ENROLLED : EnrollmentStatus.NOT_ENROLLED;
        return new EnrollmentState(memberId, planYear, status, enrollmentDate, dateMetCriteria, optOutDate,
                optOutReason, reasonTargeted);
    }

    /** Stored as the answer to an idempotent request. */
    JsonObject toJson() {
        return new JsonObject()
                .put("memberId", memberId)
                .put("planYear", planYear)
                .put("status", status.name())
                .put("enrollmentDate", text(enrollmentDate))
                .put("dateMetCriteria", text(dateMetCriteria))
                .put("optOutDate", text(optOutDate))
                .put("optOutReason", optOutReason)
                .put("reasonTargeted", reasonTargeted);
    }

    static EnrollmentState fromJson(JsonObject json) {
        return new EnrollmentState(json.getString("memberId"), json.getInteger("planYear"),
                EnrollmentStatus.valueOf(json.getString("status")), date(json.getString("enrollmentDate")),
                date(json.getString("dateMetCriteria")), date(json.getString("optOutDate")),
                json.getString("optOutReason"), json.getString("reasonTargeted"));
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
