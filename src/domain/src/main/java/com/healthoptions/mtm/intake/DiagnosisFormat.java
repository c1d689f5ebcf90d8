package com.healthoptions.mtm.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code diagnoses/}: ICD-10-CM codes from medical claims; a row upserts on (member, code, service date). */
final class DiagnosisFormat implements IntakeFormat {

    private static final Pattern ICD10 = Pattern.compile("^[A-Z][0-9][0-9A-Z]{1,5}$");

    @Override
    public List<String> requiredColumns() {
        return List.of("member_id", "icd10_code", "service_date");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("source");
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("member_id"), StageColumn.text("icd10_code"), StageColumn.date("service_date"),
                StageColumn.text("source"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String memberId = row.memberId("member_id");
        String code = row.required("icd10_code").replace(".", "").toUpperCase(Locale.ROOT);
        if (!ICD10.matcher(code).matches()) {
            throw new RowProblem("icd10_code", "malformed ICD-10-CM code");
        }
        var serviceDate = row.date("service_date");
        String source = row.optional("source");
        if (source != null && source.length() > 100) {
            throw new RowProblem("source", "longer than 100 characters");
        }
        return new Object[] {memberId, code, serviceDate, source};
    }

    @Override
    public List<String> checks() {
        return List.of(UNKNOWN_MEMBER);
    }

    @Override
    public List<String> apply() {
        return List.of(
                """
                insert into diagnosis as d (member_id, icd10_code, service_date, source)
                select distinct on (s.member_id, s.icd10_code, s.service_date) s.member_id, s.icd10_code, s.service_date,
                       s.source
                from {stage} s order by s.member_id, s.icd10_code, s.service_date, s.line desc
                on conflict (member_id, icd10_code, service_date) do update set source = excluded.source""",
                // Conditions persist: the rules look back to 1 January of the previous year, so a diagnosis
                // counts for its own year and the next one (when that has begun).
                """
                insert into intake_touched (file_id, plan_year, member_id)
                select distinct {file}, y.plan_year, s.member_id
                from {stage} s
                cross join lateral (values (extract(year from s.service_date)::int),
                                           (extract(year from s.service_date)::int + 1)) y(plan_year)
                where y.plan_year <= {year}
                on conflict do nothing""");
    }
}
