package com.healthoptions.mtm.screening;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the screening stored on a day, read back per prescriber for their letter: each of their patients with the
 * findings whose fills name them, every finding with its fills and diagnoses. One prescriber at a time, so a
 * quarter's letters are made with flat memory. Blocking: call from a worker thread (the Lambda handler's).
 */
@ApplicationScoped
public class PrescriberReports {

    /** The prescribers named on the day's findings; {@code listed} when the directory says where to send. */
    public record NamedPrescriber(String npi, boolean listed) {
    }

    /** One of the prescriber's patients and the findings that name the prescriber. */
    public record Patient(String memberId, String firstName, String lastName, LocalDate dateOfBirth,
            List<Finding> findings) {
    }

    /** One prescriber's letter content. */
    public record Report(Prescriber prescriber, List<Patient> patients) {
    }

    static final String RECOMMENDATIONS_SENT = """
            update tmr t set recommendations_sent = least(999, (
                    select count(*) from tmr_finding f
                    where f.tmr_id = t.id and exists (select 1 from tmr_finding_fill ff
                                                      join prescriber p on p.npi = ff.prescriber_npi
                                                      where ff.finding_id = f.id))),
                updated_at = now()
            where t.source = 'SCREENING' and t.tmr_date = $1""";

    static final String PRESCRIBERS_OF_DAY = """
            select distinct ff.prescriber_npi, p.npi is not null
            from tmr t
            join tmr_finding f on f.tmr_id = t.id
            join tmr_finding_fill ff on ff.finding_id = f.id
            left join prescriber p on p.npi = ff.prescriber_npi
            where t.source = 'SCREENING' and t.tmr_date = $1 and ff.prescriber_npi is not null
            order by 1""";

    static final String UNATTRIBUTED = """
            select count(*) from tmr t join tmr_finding f on f.tmr_id = t.id
            where t.source = 'SCREENING' and t.tmr_date = $1
              and not exists (select 1 from tmr_finding_fill ff where ff.finding_id = f.id and ff.prescriber_npi is not null)""";

    static final String PRESCRIBER = """
            select npi, name, address_line1, address_line2, city, state, zip, fax from prescriber where npi = $1""";

    static final String FINDINGS_OF_PRESCRIBER = """
            select f.id, t.member_id, m.first_name, m.last_name, m.date_of_birth, f.rule_id, f.rule_version, f.severity,
                   f.subject, f.start_date, f.end_date, f.value, f.recommendation
            from tmr t
            join tmr_finding f on f.tmr_id = t.id
            join member m on m.member_id = t.member_id
            where t.source = 'SCREENING' and t.tmr_date = $1
              and exists (select 1 from tmr_finding_fill ff where ff.finding_id = f.id and ff.prescriber_npi = $2)
            order by t.member_id, f.ordinal""";

    static final String FILLS = """
            select finding_id, claim_id, fill_date, days_supply, drug, prescriber_npi from tmr_finding_fill
            where finding_id = any($1) order by finding_id, fill_date, claim_id""";

    static final String DIAGNOSES = """
            select finding_id, icd10_code, service_date from tmr_finding_diagnosis
            where finding_id = any($1) order by finding_id, service_date, icd10_code""";

    private final Pool pool;

    public PrescriberReports(Pool pool) {
        this.pool = pool;
    }

    public List<NamedPrescriber> prescribersOf(LocalDate day) {
        List<NamedPrescriber> out = new ArrayList<>();
        pool.preparedQuery(PRESCRIBERS_OF_DAY).execute(Tuple.of(day)).await().indefinitely()
                .forEach(r -> out.add(new NamedPrescriber(r.getString(0), r.getBoolean(1))));
        return out;
    }

    /**
     * Sets each of the day's screening TMRs' recommendations sent to its findings that a letter carried: those
     * with a fill naming a prescriber the directory lists (at most 999, the CMS field's width). Call once the
     * day's letters are written; findings without such a prescriber reached no one and count as none.
     */
    public void recordRecommendationsSent(LocalDate day) {
        pool.preparedQuery(RECOMMENDATIONS_SENT).execute(Tuple.of(day)).await().indefinitely();
    }

    /** Findings of the day whose fills name no prescriber (claims without an NPI, or a missing therapy). */
    public long unattributedFindings(LocalDate day) {
        return pool.preparedQuery(UNATTRIBUTED).execute(Tuple.of(day)).await().indefinitely().iterator().next()
                .getLong(0);
    }

    /** The prescriber's letter content for the day, or empty when the directory does not list them. */
    public Optional<Report> report(LocalDate day, String npi) {
        var found = pool.preparedQuery(PRESCRIBER).execute(Tuple.of(npi)).await().indefinitely();
        if (found.size() == 0) {
            return Optional.empty();
        }
        Row p = found.iterator().next();
        Prescriber prescriber = new Prescriber(p.getString(0), p.getString(1), p.getString(2), p.getString(3),
                p.getString(4), p.getString(5), p.getString(6), p.getString(7));

        List<Row> rows = new ArrayList<>();
        pool.preparedQuery(FINDINGS_OF_PRESCRIBER).execute(Tuple.of(day, npi)).await().indefinitely().forEach(rows::add);
        Long[] ids = rows.stream().map(r -> r.getLong(0)).toArray(Long[]::new);
        Map<Long, List<Finding.FindingFill>> fills = new HashMap<>();
        pool.preparedQuery(FILLS).execute(Tuple.of((Object) ids)).await().indefinitely()
                .forEach(r -> fills.computeIfAbsent(r.getLong(0), k -> new ArrayList<>()).add(new Finding.FindingFill(
                        r.getString(1), r.getLocalDate(2), r.getInteger(3), r.getString(4), r.getString(5))));
        Map<Long, List<Finding.FindingDiagnosis>> diagnoses = new HashMap<>();
        pool.preparedQuery(DIAGNOSES).execute(Tuple.of((Object) ids)).await().indefinitely()
                .forEach(r -> diagnoses.computeIfAbsent(r.getLong(0), k -> new ArrayList<>())
                        .add(new Finding.FindingDiagnosis(r.getString(1), r.getLocalDate(2))));

        Map<String, Patient> patients = new LinkedHashMap<>();
        for (Row r : rows) {
            long id = r.getLong(0);
            Finding finding = new Finding(r.getString(5), r.getString(6), Severity.valueOf(r.getString(7)), r.getString(8),
                    fills.getOrDefault(id, List.of()), diagnoses.getOrDefault(id, List.of()), r.getLocalDate(9),
                    r.getLocalDate(10), r.getBigDecimal(11), r.getString(12));
            patients.computeIfAbsent(r.getString(1), m -> new Patient(m, r.getString(2), r.getString(3), r.getLocalDate(4),
                    new ArrayList<>())).findings().add(finding);
        }
        return Optional.of(new Report(prescriber, List.copyOf(patients.values())));
    }
}
