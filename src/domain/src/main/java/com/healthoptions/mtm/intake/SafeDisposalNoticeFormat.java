package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.program.ContactMethod;
import java.util.List;

/** {@code safe-disposal-notices/}: safe-disposal information given to enrollees; upserts on {@code notice_id}. */
final class SafeDisposalNoticeFormat implements IntakeFormat {

    @Override
    public List<String> requiredColumns() {
        return List.of("notice_id", "member_id", "provided_date", "method");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of();
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("notice_id"), StageColumn.text("member_id"), StageColumn.date("provided_date"),
                StageColumn.text("method"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        return new Object[] {ProgramRecordRows.recordId(row, "notice_id"), ProgramRecordRows.memberId(row),
                row.date("provided_date"), ProgramRecordRows.code(row, "method", ContactMethod.class)};
    }

    @Override
    public List<String> checks() {
        return ProgramRecordRows.enrolledOn("provided_date");
    }

    @Override
    public List<String> apply() {
        return List.of("""
                insert into safe_disposal_notice as n (notice_id, member_id, plan_year, provided_date, method,
                                                       source_file_id, updated_at)
                select distinct on (s.notice_id) s.notice_id, s.member_id, extract(year from s.provided_date)::int,
                       s.provided_date, s.method, {file}, now()
                from {stage} s order by s.notice_id, s.line desc
                on conflict (notice_id) do update set member_id = excluded.member_id, plan_year = excluded.plan_year,
                    provided_date = excluded.provided_date, method = excluded.method,
                    source_file_id = excluded.source_file_id, updated_at = now()""");
    }
}
