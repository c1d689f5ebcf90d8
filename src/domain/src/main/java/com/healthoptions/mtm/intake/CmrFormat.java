package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.program.Indicator;
import com.healthoptions.mtm.program.cmr.CmrDeliveryMethod;
import com.healthoptions.mtm.program.cmr.CmrRecipient;
import com.healthoptions.mtm.program.cmr.QualifiedProvider;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code cmrs/}: comprehensive medication reviews delivered; upserts on {@code cmr_id}, so the row sent
 * again with its {@code summary_sent_date} records the written summary.
 */
final class CmrFormat implements IntakeFormat {

    @Override
    public List<String> requiredColumns() {
        return List.of("cmr_id", "member_id", "cmr_date", "delivery_method", "provider_type", "recipient");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("cognitively_impaired", "ltc_resident", "summary_sent_date");
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("cmr_id"), StageColumn.text("member_id"), StageColumn.date("cmr_date"),
                StageColumn.text("delivery_method"), StageColumn.text("provider_type"), StageColumn.text("recipient"),
                StageColumn.text("cognitively_impaired"), StageColumn.text("ltc_resident"),
                StageColumn.date("summary_sent_date"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String cmrId = ProgramRecordRows.recordId(row, "cmr_id");
        String memberId = ProgramRecordRows.memberId(row);
        LocalDate cmrDate = row.date("cmr_date");
        String method = ProgramRecordRows.code(row, "delivery_method", CmrDeliveryMethod.class);
        String provider = ProgramRecordRows.code(row, "provider_type", QualifiedProvider.class);
        String recipient = ProgramRecordRows.code(row, "recipient", CmrRecipient.class);
        String impaired = indicator(row, "cognitively_impaired");
        String ltc = indicator(row, "ltc_resident");
        LocalDate summary = row.optionalDate("summary_sent_date");
        if (summary != null && summary.isBefore(cmrDate)) {
            throw new RowProblem("summary_sent_date", "before cmr_date");
        }
        return new Object[] {cmrId, memberId, cmrDate, method, provider, recipient, impaired, ltc, summary};
    }

    private static String indicator(CsvRow row, String column) throws RowProblem {
        String v = row.optional(column);
        if (v == null) {
            return Indicator.UNKNOWN.name();
        }
        return Indicator.parse(v).orElseThrow(() -> new RowProblem(column, "unknown code: must be Y, N or U")).name();
    }

    @Override
    public List<String> checks() {
        return ProgramRecordRows.enrolledOn("cmr_date");
    }

    @Override
    public List<String> apply() {
        return List.of("""
                insert into cmr as c (cmr_id, member_id, plan_year, cmr_date, delivery_method, provider_type, recipient,
                                      cognitively_impaired, ltc_resident, summary_sent_date, source_file_id, updated_at)
                select distinct on (s.cmr_id) s.cmr_id, s.member_id, extract(year from s.cmr_date)::int, s.cmr_date,
                       s.delivery_method, s.provider_type, s.recipient, s.cognitively_impaired, s.ltc_resident,
                       s.summary_sent_date, {file}, now()
                from {stage} s order by s.cmr_id, s.line desc
                on conflict (cmr_id) do update set member_id = excluded.member_id, plan_year = excluded.plan_year,
                    cmr_date = excluded.cmr_date, delivery_method = excluded.delivery_method,
                    provider_type = excluded.provider_type, recipient = excluded.recipient,
                    cognitively_impaired = excluded.cognitively_impaired, ltc_resident = excluded.ltc_resident,
                    -- a later file without the date never erases a summary already recorded as sent
                    summary_sent_date = coalesce(excluded.summary_sent_date, c.summary_sent_date),
                    source_file_id = excluded.source_file_id, updated_at = now()""");
    }
}
