package com.healthoptions.mtm.enrollment;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the CMS beneficiary-level MTM file reports for one member's enrollment row: only MTM enrollees
 * (a row with an enrollment date), with the opt-out inside the enrollment period and a reason whenever
 * there is an opt-out date (CMS data integrity checks).
 *
 * <ul>
 *   <li>A row with an opt-out and no enrollment (the member declined, died or left before they were ever
 *       enrolled) is not an MTM enrollee: it exists only so nothing enrolls them, and is not reported.</li>
 *   <li>An exit learned late can be dated before an enrollment made meanwhile (a death on 10 March, known
 *       in July, for a member enrolled in June): the file reports the opt-out on the enrollment date; the
 *       row and its audit trail keep the effective date.</li>
 *   <li>The date met targeting criteria is never after the enrollment date (it may equal it).</li>
 * </ul>
 */
public record MtmFileEnrollment(LocalDate dateMetCriteria, LocalDate enrollmentDate, LocalDate optOutDate,
        String optOutReason, String reasonTargeted) {

    public static Optional<MtmFileEnrollment> of(EnrollmentState row) {
        if (row.enrollmentDate() == null) {
            return Optional.empty();
        }
        LocalDate enrolled = row.enrollmentDate();
        LocalDate met = row.dateMetCriteria() == null || row.dateMetCriteria().isAfter(enrolled)
                ? enrolled : row.dateMetCriteria();
        LocalDate optOut = row.optOutDate() == null ? null
                : row.optOutDate().isBefore(enrolled) ? enrolled : row.optOutDate();
        return Optional.of(new MtmFileEnrollment(met, enrolled, optOut, optOut == null ? null : row.optOutReason(),
                row.reasonTargeted()));
    }
}
