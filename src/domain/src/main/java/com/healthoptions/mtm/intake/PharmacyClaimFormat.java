package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.reference.NdcCode;
import com.healthoptions.mtm.screening.Npi;
import java.util.List;
import java.util.Locale;

/**
 * {@code pharmacy-claims/}: one row per paid claim ({@code P}) or reversal ({@code R}, carrying the
 * {@code claim_id} of the paid claim it reverses). Within a file the last row of a claim wins. The optional
 * {@code prescriber_npi} must be a valid NPI (a bad one breaks the row); a blank never erases a stored one.
 */
final class PharmacyClaimFormat implements IntakeFormat {

    @Override
    public List<String> requiredColumns() {
        return List.of("claim_id", "member_id", "fill_date", "ndc", "drug_name", "days_supply", "quantity",
                "gross_cost", "claim_status");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("prescriber_npi");
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("claim_id"), StageColumn.text("member_id"), StageColumn.date("fill_date"),
                StageColumn.text("ndc"), StageColumn.text("drug_name"), StageColumn.integer("days_supply"),
                StageColumn.text("quantity"), StageColumn.text("gross_cost"), StageColumn.bool("reversal"),
                StageColumn.text("prescriber_npi"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String claimId = row.requiredMax("claim_id", 64);
        String status = row.required("claim_status").toUpperCase(Locale.ROOT);
        if (!status.equals("P") && !status.equals("R")) {
            throw new RowProblem("claim_status", "must be P (paid) or R (reversed)");
        }
        String memberId = row.memberId("member_id");
        if (status.equals("R")) {
            // A reversal names the claim it cancels; the rest of the row is not needed.
            return new Object[] {claimId, memberId, null, null, null, null, null, null, Boolean.TRUE, null};
        }
        var fillDate = row.date("fill_date");
        String ndcInput = row.optional("ndc");
        String ndc = null;
        if (ndcInput != null && isElevenDigits(ndcInput)) {
            ndc = ndcInput; // the billing form claims usually carry
        } else if (ndcInput != null) {
            List<String> candidates = NdcCode.elevenDigitCandidates(ndcInput);
            if (candidates.isEmpty()) {
                throw new RowProblem("ndc", "malformed NDC");
            }
            if (candidates.size() > 1) {
                throw new RowProblem("ndc", "ambiguous 10-digit NDC (send 11 digits or the dashed form)");
            }
            ndc = candidates.getFirst();
        }
        String drugName = row.optional("drug_name");
        if (ndc == null && drugName == null) {
            throw new RowProblem("ndc", "either ndc or drug_name is required");
        }
        if (drugName != null && drugName.length() > 200) {
            throw new RowProblem("drug_name", "longer than 200 characters");
        }
        int daysSupply = row.integer("days_supply", 1, 365);
        String quantity = row.decimal("quantity", 9, true);
        String grossCost = row.decimal("gross_cost", 10, false);
        String npiInput = row.optional("prescriber_npi");
        String npi = null;
        if (npiInput != null) {
            npi = Npi.parse(npiInput).orElseThrow(() -> new RowProblem("prescriber_npi",
                    "not an NPI (10 digits with a valid check digit)"));
        }
        return new Object[] {claimId, memberId, fillDate, ndc, drugName, daysSupply, quantity, grossCost, Boolean.FALSE,
                npi};
    }

    private static boolean isElevenDigits(String s) {
        if (s.length() != 11) {
            return false;
        }
        for (int i = 0; i < 11; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<String> checks() {
        return List.of(
                UNKNOWN_MEMBER,
                """
                select s.line, 'claim_id', 'reversal of an unknown claim' from {stage} s
                where s.reversal
                  and not exists (select 1 from {stage} p where p.claim_id = s.claim_id and not p.reversal)
                  and not exists (select 1 from pharmacy_claim c where c.claim_id = s.claim_id)""",
                """
                select s.line, 'member_id', 'reversal names another member than the claim' from {stage} s
                where s.reversal
                  and not exists (select 1 from {stage} p where p.claim_id = s.claim_id and not p.reversal)
                  and exists (select 1 from pharmacy_claim c where c.claim_id = s.claim_id and c.member_id <> s.member_id)""");
    }

    @Override
    public List<String> apply() {
        return List.of(
                // Paid rows: the last paid row of each claim, reversed when a later reversal follows it.
                """
                insert into pharmacy_claim as c (claim_id, member_id, fill_date, ndc, drug_name, days_supply, quantity,
                                                 gross_cost, reversed, prescriber_npi, updated_at)
                select distinct on (s.claim_id) s.claim_id, s.member_id, s.fill_date, s.ndc, s.drug_name, s.days_supply,
                       s.quantity::numeric, s.gross_cost::numeric, coalesce(r.line > s.line, false), s.prescriber_npi, now()
                from {stage} s
                left join (select claim_id, max(line) as line from {stage} where reversal group by claim_id) r
                       on r.claim_id = s.claim_id
                where not s.reversal
                order by s.claim_id, s.line desc
                on conflict (claim_id) do update set member_id = excluded.member_id, fill_date = excluded.fill_date,
                    ndc = excluded.ndc, drug_name = excluded.drug_name, days_supply = excluded.days_supply,
                    quantity = excluded.quantity, gross_cost = excluded.gross_cost, reversed = excluded.reversed,
                    prescriber_npi = coalesce(excluded.prescriber_npi, c.prescriber_npi), updated_at = now()""",
                // Reversals of claims applied by earlier files.
                """
                update pharmacy_claim c set reversed = true, updated_at = now()
                from (select distinct s.claim_id from {stage} s where s.reversal
                      and not exists (select 1 from {stage} p where p.claim_id = s.claim_id and not p.reversal)) r
                where c.claim_id = r.claim_id and not c.reversed""",
                """
                insert into intake_touched (file_id, plan_year, member_id)
                select {file}, extract(year from s.fill_date)::int, s.member_id from {stage} s where not s.reversal
                group by 2, 3
                union all
                select {file}, extract(year from c.fill_date)::int, c.member_id
                from {stage} s join pharmacy_claim c on c.claim_id = s.claim_id where s.reversal
                on conflict do nothing""");
    }
}
