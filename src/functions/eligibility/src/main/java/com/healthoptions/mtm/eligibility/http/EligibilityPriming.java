package com.healthoptions.mtm.eligibility.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;

/**
 * SnapStart priming of this function's JSON, on the application's own ObjectMapper (the one Quarkus REST
 * uses): a made-up what-if profile read into an {@link EvaluationRequest} and the writers of the answers built,
 * so their (de)serializers are in the snapshot. No member, no database (the connection is primed by
 * {@code SnapStartDatabase} in src/rds-iam-auth, outside the pool); nothing to re-establish after a restore.
 */
@Startup
@Singleton
public class EligibilityPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(EligibilityPriming.class);

    private static final String MADE_UP_PROFILE = "{\"planId\":\"PRIMING\",\"planYear\":2026,\"asOf\":\"2026-06-30\","
            + "\"dmpAtRisk\":false,\"dmpPeriods\":[{\"status\":\"AT_RISK\",\"effectiveDate\":\"2026-01-01\",\"endDate\":null}],"
            + "\"coverageStart\":\"2026-01-01\",\"coverageEnd\":null,\"dateOfDeath\":null,\"costBasis\":\"ALL_COVERED\","
            + "\"drugCountBasis\":\"MAINTENANCE\",\"diagnoses\":[{\"code\":\"I10\",\"serviceDate\":\"2026-01-02\"}],"
            + "\"fills\":[{\"claimId\":\"priming-1\",\"ndc\":\"00000000000\",\"drugName\":\"PRIMING\",\"fillDate\":\"2026-01-02\","
            + "\"daysSupply\":30,\"quantity\":30,\"grossCost\":1.00,\"reversed\":false}]}";

    @Inject
    ObjectMapper json;

    int primed;

    @PostConstruct
    void register() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            json.readValue(MADE_UP_PROFILE, EvaluationRequest.class);
            json.writerFor(EligibilityView.class);
            json.writerFor(CriteriaView.class);
            primed++;
        } catch (Exception e) {
            LOG.warnf("Eligibility JSON priming before the snapshot failed: %s", e.getClass().getSimpleName());
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing held here depends on the environment.
    }
}
