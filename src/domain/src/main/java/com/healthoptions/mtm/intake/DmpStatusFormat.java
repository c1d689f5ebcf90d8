package com.healthoptions.mtm.intake;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code dmp/}: Drug Management Program status periods; a row upserts on (member, effective date). */
final class DmpStatusFormat implements IntakeFormat {

    private static final Set<String> STATUSES = Set.of("AT_RISK", "POTENTIAL_AT_RISK", "NOT_AT_RISK");

    @Override
    public List<String> requiredColumns() {
        return List.of("member_id", "status", "effective_date");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("end_date");
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("member_id"), StageColumn.text("status"), StageColumn.date("effective_date"),
                StageColumn.date("end_date"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String memberId = row.memberId("member_id");
        String status = row.required("status").toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!STATUSES.contains(status)) {
            throw new RowProblem("status", "must be AT_RISK, POTENTIAL_AT_RISK or NOT_AT_RISK");
        }
        var effective = row.date("effective_date");
        // An end date may be planned ahead, so only its form and order are checked.
        var endDate = row.optionalAnyDate("end_date");
        if (endDate != null && endDate.isBefore(effective)) {
            throw new RowProblem("end_date", "before effective_date");
        }
        return new Object[] {memberId, status, effective, endDate};
    }

    @Override
    public List<String> checks() {
        return List.of(UNKNOWN_MEMBER);
    }

    @Override
    public List<String> apply() {
        return List.of(
                """
                insert into dmp_status as d (member_id, status, effective_date, end_date)
                select distinct on (s.member_id, s.effective_date) s.member_id, s.status, s.effective_date, s.end_date
                from {stage} s order by s.member_id, s.effective_date, s.line desc
                on conflict (member_id, effective_date) do update set status = excluded.status,
                    end_date = excluded.end_date""",
                // DMP status is read as of the decision date: re-evaluate for the current plan year.
                """
                insert into intake_touched (file_id, plan_year, member_id)
                select distinct {file}, {year}, s.member_id from {stage} s on conflict do nothing""");
    }
}
