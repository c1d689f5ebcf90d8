package com.healthoptions.mtm.enrollment;

import com.healthoptions.mtm.eligibility.Coverage;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A member leaving the plan ends their MTM enrollment: CMS opt-out reason 01 (death) or 02 (disenrollment),
 * dated on the effective day (the date of death, or the last covered day, so an end on 31 December stays in
 * its reporting year), never the day the news arrived. Recorded on the row of the plan year it falls in,
 * created when the member was never enrolled (so nothing enrolls them afterwards); a row already opted out
 * keeps its first opt-out.
 */
public record PlanExit(LocalDate effectiveDate, OptOutReason reason) {

    /** Who records exits found in roster data. */
    public static final String ACTOR = "claims-intake";

    /**
     * Parameters: $1 member ids, $2 plan years, $3 effective dates, $4 reason codes, $5 actor,
     * $6 correlation id. One audit row per row changed; returns how many changed.
     */
    public static final String RECORD = """
            with exit as (
                select * from unnest($1::text[], $2::int[], $3::date[], $4::text[])
                    as t(member_id, plan_year, effective_date, reason)
            ), changed as (
                insert into mtm_enrollment as e (member_id, plan_year, opt_out_date, opt_out_reason, updated_at)
                select member_id, plan_year, effective_date, reason, now() from exit
                on conflict (member_id, plan_year) do update set opt_out_date = excluded.opt_out_date,
                    opt_out_reason = excluded.opt_out_reason, updated_at = now()
                where e.opt_out_date is null
                returning e.member_id, e.plan_year, e.enrollment_date, e.opt_out_date, e.opt_out_reason
            ), audited as (
                insert into audit_event (actor, action, member_id, outcome, details, correlation_id)
                select $5::text, 'MTM_OPTED_OUT', member_id, 'SUCCESS',
                       jsonb_build_object('planYear', plan_year::text, 'reason', opt_out_reason,
                           'effectiveDate', opt_out_date::text, 'newState', 'OPTED_OUT',
                           'oldState', case when enrollment_date is null then 'NOT_ENROLLED' else 'ENROLLED' end,
                           'actorRole', 'SYSTEM',
                           'cause', case opt_out_reason when '01' then 'DATE_OF_DEATH' else 'END_OF_COVERAGE' end),
                       $6::text
                from changed
            )
            select count(*) from changed""";

    /** The exit the coverage records, once its effective day has come. */
    public static Optional<PlanExit> of(Coverage coverage, LocalDate today) {
        LocalDate last = coverage.lastDay();
        if (last == null || last.isAfter(today)) {
            return Optional.empty();
        }
        return Optional.of(new PlanExit(last, coverage.endsByDeath() ? OptOutReason.DEATH : OptOutReason.DISENROLLMENT));
    }

    public int planYear() {
        return effectiveDate.getYear();
    }
}
