package com.healthoptions.mtm.program.cms;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL behind the CMS file: who is reported (members of the contract with an MTM enrollment date in
 * the plan year) and their program events inside the enrollment window, read in member-id pages.
 */
@ApplicationScoped
public class CmsFileQueries {

    /** Members of the contract enrolled in MTM in the year, with their first/counted events in the window. */
    static final String FACTS = """
            select m.member_id, m.contract_id, m.mbi, m.first_name, m.last_name, m.date_of_birth,
                   e.reason_targeted, e.enrollment_date, e.date_met_criteria, e.opt_out_date, e.opt_out_reason,
                   o.offer_date, o.recipient,
                   c.cmr_date, c.delivery_method, c.provider_type, c.recipient, c.cognitively_impaired, c.ltc_resident,
                   c.summary_sent_date,
                   t.n, t.first_date, coalesce(t.sent, 0), coalesce(t.resolved, 0),
                   d.provided_date, d.method
            from mtm_enrollment e
            join member m on m.member_id = e.member_id
            cross join lateral (select least(coalesce(e.opt_out_date, make_date($1, 12, 31)), make_date($1, 12, 31)) as last_day) w
            left join lateral (select o.offer_date, o.recipient from cmr_offer o
                               where o.member_id = e.member_id and o.offer_date between e.enrollment_date and w.last_day
                               order by o.offer_date, o.offer_id limit 1) o on true
            left join lateral (select c.* from cmr c
                               where c.member_id = e.member_id and c.cmr_date between e.enrollment_date and w.last_day
                               order by c.cmr_date, c.cmr_id limit 1) c on true
            left join lateral (select count(*)::int as n, min(t.tmr_date) as first_date,
                                      sum(t.recommendations_sent)::int as sent, sum(t.recommendations_resolved)::int as resolved
                               from tmr t
                               where t.member_id = e.member_id and t.tmr_date between e.enrollment_date and w.last_day) t on true
            left join lateral (select d.provided_date, d.method from safe_disposal_notice d
                               where d.member_id = e.member_id and d.provided_date between e.enrollment_date and w.last_day
                               order by d.provided_date, d.notice_id limit 1) d on true
            where e.plan_year = $1 and m.contract_id = $2 and e.enrollment_date is not null and e.member_id > $3
            order by e.member_id
            limit $4""";

    private final Pool pool;

    public CmsFileQueries(Pool pool) {
        this.pool = pool;
    }

    /** Contracts with at least one member enrolled in MTM in the plan year. */
    public List<String> contracts(int planYear) {
        List<String> out = new ArrayList<>();
        pool.preparedQuery("""
                select distinct m.contract_id from mtm_enrollment e join member m on m.member_id = e.member_id
                where e.plan_year = $1 and e.enrollment_date is not null order by 1""")
                .execute(Tuple.of(planYear)).await().indefinitely().forEach(r -> out.add(r.getString(0)));
        return out;
    }

    /** MBIs on more than one reported record of the contract (CMS: one record per MBI). */
    public Set<String> repeatedMbis(String contract, int planYear) {
        Set<String> out = new HashSet<>();
        pool.preparedQuery("""
                select m.mbi from mtm_enrollment e join member m on m.member_id = e.member_id
                where e.plan_year = $1 and m.contract_id = $2 and e.enrollment_date is not null and m.mbi is not null
                group by m.mbi having count(*) > 1""")
                .execute(Tuple.of(planYear, contract)).await().indefinitely().forEach(r -> out.add(r.getString(0)));
        return out;
    }

    /** Members who met the criteria but opted out before they were enrolled: not reported, but counted. */
    public long optedOutBeforeEnrollment(String contract, int planYear) {
        return pool.preparedQuery("""
                select count(*) from mtm_enrollment e join member m on m.member_id = e.member_id
                where e.plan_year = $1 and m.contract_id = $2 and e.enrollment_date is null and e.opt_out_date is not null""")
                .execute(Tuple.of(planYear, contract)).await().indefinitely().iterator().next().getLong(0);
    }

    public List<CmsMemberFacts> page(String contract, int planYear, String afterMemberId, int limit) {
        List<CmsMemberFacts> out = new ArrayList<>(limit);
        pool.preparedQuery(FACTS).execute(Tuple.of(planYear, contract, afterMemberId, limit)).await().indefinitely()
                .forEach(r -> out.add(facts(r)));
        return out;
    }

    private static CmsMemberFacts facts(Row r) {
        return new CmsMemberFacts(r.getString(0), r.getString(1), trimmed(r.getString(2)), r.getString(3), r.getString(4),
                r.getLocalDate(5), r.getString(6), r.getLocalDate(7), r.getLocalDate(8), r.getLocalDate(9), r.getString(10),
                r.getLocalDate(11), r.getString(12),
                r.getLocalDate(13), r.getString(14), r.getString(15), r.getString(16), r.getString(17), r.getString(18),
                r.getLocalDate(19),
                r.getInteger(20), r.getLocalDate(21), r.getInteger(22), r.getInteger(23),
                r.getLocalDate(24), r.getString(25));
    }

    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }
}
