package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.program.ProgramCode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the program-record formats (outreach attempts, CMR offers, CMRs, TMRs, safe-disposal notices)
 * share: their record ids, their codes, and the checks that the member exists and was enrolled in MTM
 * on the event's date, in the plan year of that date.
 */
final class ProgramRecordRows {

    private static final Pattern RECORD_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    private ProgramRecordRows() {
    }

    static String recordId(CsvRow row, String column) throws RowProblem {
        String id = row.required(column);
        if (!RECORD_ID.matcher(id).matches()) {
            throw new RowProblem(column, "must be 1-64 letters, digits, '.', ':', '-' or '_'");
        }
        return id;
    }

    static String memberId(CsvRow row) throws RowProblem {
        return row.memberId("member_id");
    }

    static <E extends Enum<E>> String code(CsvRow row, String column, Class<E> type) throws RowProblem {
        return ProgramCode.parse(type, row.required(column))
                .orElseThrow(() -> new RowProblem(column, "unknown code: " + ProgramCode.choices(type))).name();
    }

    static <E extends Enum<E>> String optionalCode(CsvRow row, String column, Class<E> type, E absent)
            throws RowProblem {
        return row.optional(column) == null ? absent.name() : code(row, column, type);
    }

    /**
     * Unknown member; member not enrolled in MTM in the plan year of {@code dateColumn}; event before
     * the enrollment date. Mutually exclusive, so each refused row gets exactly one reason.
     */
    static List<String> enrolledOn(String dateColumn) {
        return enrolledOn(dateColumn, dateColumn);
    }

    /** As above, when the staged date comes from a file column of another name (a timestamp's day). */
    static List<String> enrolledOn(String dateColumn, String fileColumn) {
        return List.of(
                IntakeFormat.UNKNOWN_MEMBER,
                """
                select s.line, 'member_id', 'member not enrolled in MTM in that plan year' from {stage} s
                where exists (select 1 from member m where m.member_id = s.member_id)
                  and not exists (select 1 from mtm_enrollment e where e.member_id = s.member_id
                                  and e.plan_year = extract(year from s.%1$s)::int and e.enrollment_date is not null)"""
                        .formatted(dateColumn),
                """
                select s.line, '%2$s', 'before the member''s MTM enrollment date' from {stage} s
                join mtm_enrollment e on e.member_id = s.member_id and e.plan_year = extract(year from s.%1$s)::int
                where s.%1$s < e.enrollment_date""".formatted(dateColumn, fileColumn));
    }
}
