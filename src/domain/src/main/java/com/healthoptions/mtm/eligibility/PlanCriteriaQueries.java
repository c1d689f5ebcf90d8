package com.healthoptions.mtm.eligibility;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;

/** Reads a plan's targeting criteria for a plan year. */
@ApplicationScoped
public class PlanCriteriaQueries {

    private static final String SQL = """
            select c.plan_id, p.contract_id, c.plan_year, c.min_chronic_conditions, c.min_chronic_drugs,
                   c.annual_cost_threshold, c.dmp_at_risk_qualifies, c.source, c.cost_basis, c.drug_count_basis,
                   coalesce((select array_agg(pc.condition_code) from plan_criteria_condition pc
                             where pc.plan_id = c.plan_id and pc.plan_year = c.plan_year), '{}')
            from plan_criteria c join plan p on p.plan_id = c.plan_id
            where c.plan_id = $1 and c.plan_year = $2""";

    private final Pool pool;

    public PlanCriteriaQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<PlanCriteria>> find(String planId, int planYear) {
        return pool.preparedQuery(SQL).execute(Tuple.of(planId, planYear))
                .map(rs -> rs.size() == 0 ? Optional.empty() : Optional.of(toCriteria(rs.iterator().next())));
    }

    public Uni<Boolean> planExists(String planId) {
        return pool.preparedQuery("select 1 from plan where plan_id = $1").execute(Tuple.of(planId))
                .map(rs -> rs.size() > 0);
    }

    private static PlanCriteria toCriteria(Row r) {
        return new PlanCriteria(r.getString(0), r.getString(1), r.getInteger(2), r.getInteger(3),
                Set.of(r.getArrayOfStrings(10)), r.getInteger(4), r.getBigDecimal(5), r.getBoolean(6),
                PlanCriteria.CostBasis.valueOf(r.getString(8)), PlanCriteria.DrugCountBasis.valueOf(r.getString(9)),
                r.getString(7));
    }
}
