package com.healthoptions.mtm.intake;

import java.util.List;

/**
 * {@code tmrs/}: targeted medication reviews the vendor performed, with the recommendations sent to
 * prescribers and how many were resolved; upserts on the vendor's {@code tmr_id} (source VENDOR_FILE).
 */
final class TmrFormat implements IntakeFormat {

    @Override
    public List<String> requiredColumns() {
        return List.of("tmr_id", "member_id", "tmr_date", "recommendations_sent", "recommendations_resolved");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of();
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("tmr_id"), StageColumn.text("member_id"), StageColumn.date("tmr_date"),
                StageColumn.integer("recommendations_sent"), StageColumn.integer("recommendations_resolved"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String tmrId = ProgramRecordRows.recordId(row, "tmr_id");
        String memberId = ProgramRecordRows.memberId(row);
        var date = row.date("tmr_date");
        int sent = row.integer("recommendations_sent", 0, 999);
        int resolved = row.integer("recommendations_resolved", 0, 999);
        if (resolved > sent) {
            throw new RowProblem("recommendations_resolved", "more than recommendations_sent");
        }
        return new Object[] {tmrId, memberId, date, sent, resolved};
    }

    @Override
    public List<String> checks() {
        return ProgramRecordRows.enrolledOn("tmr_date");
    }

    @Override
    public List<String> apply() {
        return List.of("""
                insert into tmr as t (vendor_tmr_id, source, member_id, plan_year, tmr_date, recommendations_sent,
                                      recommendations_resolved, source_file_id, updated_at)
                select distinct on (s.tmr_id) s.tmr_id, 'VENDOR_FILE', s.member_id, extract(year from s.tmr_date)::int,
                       s.tmr_date, s.recommendations_sent, s.recommendations_resolved, {file}, now()
                from {stage} s order by s.tmr_id, s.line desc
                on conflict (vendor_tmr_id) do update set member_id = excluded.member_id,
                    plan_year = excluded.plan_year, tmr_date = excluded.tmr_date,
                    recommendations_sent = excluded.recommendations_sent,
                    recommendations_resolved = excluded.recommendations_resolved,
                    source_file_id = excluded.source_file_id, updated_at = now()""");
    }
}
