package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.program.ContactMethod;
import com.healthoptions.mtm.program.cmr.CmrRecipient;
import java.util.List;

/** {@code cmr-offers/}: offers of a comprehensive medication review; upserts on {@code offer_id}. */
final class CmrOfferFormat implements IntakeFormat {

    @Override
    public List<String> requiredColumns() {
        return List.of("offer_id", "member_id", "offer_date", "method");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("recipient");
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("offer_id"), StageColumn.text("member_id"), StageColumn.date("offer_date"),
                StageColumn.text("method"), StageColumn.text("recipient"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        return new Object[] {ProgramRecordRows.recordId(row, "offer_id"), ProgramRecordRows.memberId(row),
                row.date("offer_date"), ProgramRecordRows.code(row, "method", ContactMethod.class),
                ProgramRecordRows.optionalCode(row, "recipient", CmrRecipient.class, CmrRecipient.BENEFICIARY)};
    }

    @Override
    public List<String> checks() {
        return ProgramRecordRows.enrolledOn("offer_date");
    }

    @Override
    public List<String> apply() {
        return List.of("""
                insert into cmr_offer as o (offer_id, member_id, plan_year, offer_date, method, recipient, source_file_id,
                                            updated_at)
                select distinct on (s.offer_id) s.offer_id, s.member_id, extract(year from s.offer_date)::int,
                       s.offer_date, s.method, s.recipient, {file}, now()
                from {stage} s order by s.offer_id, s.line desc
                on conflict (offer_id) do update set member_id = excluded.member_id, plan_year = excluded.plan_year,
                    offer_date = excluded.offer_date, method = excluded.method, recipient = excluded.recipient,
                    source_file_id = excluded.source_file_id, updated_at = now()""");
    }
}
